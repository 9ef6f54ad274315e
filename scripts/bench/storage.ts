/**
 * Storage rows, in real Chromium:
 * - `bulk insert 10k`: our batch save (hashing, folding, identity look-ups, one
 *   transaction) beside a bare IndexedDB put loop of the same stored records into a
 *   store with the same indexes.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './row';
import { openBenchPage } from './chromium-page';

const here = dirname(fileURLToPath(import.meta.url));

export async function run(): Promise<BenchRow[]> {
  const bench = await openBenchPage(join(here, 'browser/storage-page.ts'));
  try {
    const r = await bench.page.evaluate(
      (n) => (globalThis as unknown as { benchBulk(n: number): Promise<{ ours: number; peer: number; stored: number }> }).benchBulk(n),
      10_000,
    );
    if (r.stored !== 10_000) throw new Error(`bulk insert stored ${r.stored} records, expected 10000`);
    return [{ metric: 'bulk insert 10k', ours: r.ours, peer: r.peer, peerName: 'bare IndexedDB put loop, same records and indexes', unit: 'ms' }];
  } finally {
    await bench.close();
  }
}
