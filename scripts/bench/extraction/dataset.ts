/**
 * The article-extraction benchmark data (181 public pages with human-checked bodies): found at
 * `--extraction-data=<dir>`, else $DALA_BENCH_DIR, else ../shared/bench/article-extraction beside
 * the repository. Absent data is reported, never faked.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  html: string;
  truth: string;
}

export function benchDataDir(repoRoot: string, argv: readonly string[] = process.argv, env = process.env): string {
  const arg = argv.find((a) => a.startsWith('--extraction-data='));
  if (arg) return resolve(arg.slice('--extraction-data='.length));
  if (env['DALA_BENCH_DIR']) return resolve(env['DALA_BENCH_DIR']);
  return resolve(repoRoot, '../shared/bench/article-extraction');
}

type GroundTruth = Record<string, { articleBody?: string }>;

/** The pages with their reference bodies, or null when the data is not at `dir`. */
export function loadBenchPages(dir: string): BenchPage[] | null {
  const truthFile = join(dir, 'ground-truth.json');
  const htmlDir = join(dir, 'html');
  if (!existsSync(truthFile) || !existsSync(htmlDir)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as GroundTruth;
  const files = new Set(readdirSync(htmlDir));
  const pages: BenchPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const gz = `${id}.html.gz`;
    const plain = `${id}.html`;
    let html: string;
    if (files.has(gz)) html = gunzipSync(readFileSync(join(htmlDir, gz))).toString('utf8');
    else if (files.has(plain)) html = readFileSync(join(htmlDir, plain), 'utf8');
    else continue;
    pages.push({ id, html, truth: truth[id]?.articleBody ?? '' });
  }
  return pages;
}

/** A published tool's outputs (`reference-outputs/<tool>.json`) as id -> body, or null when absent. */
export function loadReferenceOutput(dir: string, tool: string): { version: string | null; bodies: Map<string, string> } | null {
  const file = join(dir, 'reference-outputs', `${tool}.json`);
  if (!existsSync(file)) return null;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; output?: Record<string, { articleBody?: string }> } & Record<string, unknown>;
  const map = (raw.output ?? raw) as Record<string, { articleBody?: string } | string | undefined>;
  const bodies = new Map<string, string>();
  for (const [id, v] of Object.entries(map)) {
    if (v && typeof v === 'object' && typeof v.articleBody === 'string') bodies.set(id, v.articleBody);
  }
  return { version: typeof raw.version === 'string' ? raw.version : null, bodies };
}
