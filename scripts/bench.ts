/**
 * `npm run bench`: every bench area in scripts/bench/<area>.ts exports `run()` (shared
 * helpers live in scripts/bench/lib/ and the subfolders),
 * returning rows of our number beside a peer's measured in the same run. Prints a
 * table and writes bench-results.json at the repo root.
 *   npm run bench               all areas
 *   npm run bench -- names      only the named areas
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench/row';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'scripts/bench');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const ORDER = ['extraction', 'bundle', 'storage', 'names', 'popup'];

const areas = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'row.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((a) => wanted.length === 0 || wanted.includes(a))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));

function fmt(n: number | null): string {
  if (n === null) return '—';
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(3);
}

const rows: BenchRow[] = [];
let failed = false;
for (const area of areas) {
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, `${area}.ts`)).href)) as { run?: () => Promise<BenchRow[]> };
    if (typeof mod.run !== 'function') throw new Error('exports no run()');
    const got = await mod.run();
    rows.push(...got);
    console.error(`bench ${area}: ${got.length} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    failed = true;
    console.error(`bench ${area} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

const table = [['metric', 'ours', 'peer', 'peer name', 'unit'], ...rows.map((r) => [r.metric, fmt(r.ours), fmt(r.peer), r.peerName ?? '—', r.unit])];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const [i, r] of table.entries()) {
  console.log(r.map((c, j) => (j === 1 || j === 2 ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
writeFileSync(join(root, 'bench-results.json'), JSON.stringify(rows, null, 2) + '\n');
console.log(`\nwrote bench-results.json (${rows.length} rows)`);
if (failed) process.exitCode = 1;
