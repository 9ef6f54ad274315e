/**
 * Bench area "extraction" (collected by scripts/bench.ts):
 *   extract median          our site path vs @mozilla/readability on the same fixture pages (ms)
 *   fallback F1             our generic path vs Readability alone on the public article-extraction
 *                           benchmark (../shared/bench/article-extraction, $DALA_BENCH_DIR or
 *                           --extraction-data=<dir>), scored as that benchmark's README defines
 *   fallback F1 vs trafilatura   the same F1 of ours next to trafilatura's published output, same scorer
 * Without the benchmark data the F1 rows are left out and the reason is printed.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './row';
import { benchDataDir, loadBenchPages, loadReferenceOutput } from './extraction/dataset';
import { extractBenchTexts } from './extraction/fallback';
import { metricsOf, type Metrics } from './extraction/score';
import { timeExtraction } from './extraction/timing';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const READABILITY = '@mozilla/readability 0.6.0';

const fmt = (m: Metrics): string => `F1 ${m.f1.toFixed(4)} (P ${m.precision.toFixed(4)} / R ${m.recall.toFixed(4)}, exact ${(m.accuracy * 100).toFixed(1)}%)`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const t = timeExtraction();
  console.error(`extraction: extract median over ${t.pages.length} fixture pages read by site rules: ours ${t.ours.toFixed(3)} ms, Readability ${t.readability.toFixed(3)} ms`);
  rows.push({ metric: 'extract median', ours: t.ours, peer: t.readability, peerName: READABILITY, unit: 'ms' });

  const dir = benchDataDir(REPO_ROOT);
  const pages = loadBenchPages(dir);
  if (!pages) {
    console.error(`extraction: fallback F1 not measured: the article-extraction benchmark data is absent (looked in ${dir}; set DALA_BENCH_DIR or pass --extraction-data=<dir>)`);
    return rows;
  }
  const texts = extractBenchTexts(pages);
  const ours = metricsOf(texts.map((x) => ({ truth: x.truth, predicted: x.ours })));
  const readability = metricsOf(texts.map((x) => ({ truth: x.truth, predicted: x.readability })));
  console.error(`extraction: fallback on ${pages.length} benchmark pages: ours ${fmt(ours)}; Readability ${fmt(readability)}`);
  rows.push({ metric: 'fallback F1', ours: ours.f1, peer: readability.f1, peerName: READABILITY, unit: 'F1' });

  const traf = loadReferenceOutput(dir, 'trafilatura');
  if (!traf) {
    console.error(`extraction: trafilatura row not measured: ${join(dir, 'reference-outputs/trafilatura.json')} is absent`);
    return rows;
  }
  const trafMetrics = metricsOf(pages.map((p) => ({ truth: p.truth, predicted: traf.bodies.get(p.id) ?? '' })));
  const trafName = `trafilatura ${traf.version ?? ''} (published output)`.replace('  ', ' ');
  console.error(`extraction: ${trafName}: ${fmt(trafMetrics)}`);
  rows.push({ metric: 'fallback F1 vs trafilatura', ours: ours.f1, peer: trafMetrics.f1, peerName: trafName, unit: 'F1' });
  return rows;
}
