/**
 * Scoring of the article-extraction benchmark, as its README defines it (the Zyte/Scrapinghub
 * article-extraction-benchmark evaluation): tokens are Unicode `\w+` runs; each text becomes a
 * multiset of 4-token shingles; per page tp/fp/fn are counted and normalised to sum to 1;
 * precision and recall are means over pages; F1 is the harmonic mean of the two means.
 */

/** Python's `\w` on str: letters, numbers (Nd, Nl, No) and the underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** Multiset of n-token shingles; a text shorter than n tokens is one shorter shingle (as upstream). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised (tp, fp, fn) of a prediction against the reference text. */
export function scorePage(truth: string, predicted: string, n = 4): PageScore {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose token lists match exactly. */
  accuracy: number;
  pages: number;
}

/**
 * Metrics over pages. As upstream (this reproduces the README's published figures exactly): a
 * page where both texts are empty counts 1 for both means; otherwise precision is averaged over
 * pages where something was predicted and recall over pages where something was expected, and a
 * page with nothing predicted scores 0 recall.
 */
export function metricsOf(pages: readonly { truth: string; predicted: string }[]): Metrics {
  const scores = pages.map((p) => scorePage(p.truth, p.predicted));
  const bothEmpty = (s: PageScore): boolean => s.tp === 0 && s.fp === 0 && s.fn === 0;
  const precision = mean(scores.filter((s) => bothEmpty(s) || s.tp + s.fp > 0).map(precisionOf));
  const recall = mean(scores.filter((s) => bothEmpty(s) || s.tp + s.fn > 0).map(recallOf));
  const exact = pages.filter((p) => tokenize(p.truth).join(' ') === tokenize(p.predicted).join(' ')).length;
  return {
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    accuracy: pages.length === 0 ? 0 : exact / pages.length,
    pages: pages.length,
  };
}
