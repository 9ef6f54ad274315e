/**
 * `extract median`: time of the extension's extract() on every fixture article page that the
 * site rules read, next to Readability 0.6 on the same linkedom parse, in the same run.
 * Pages are parsed before the clock starts; only extraction is timed. Readability changes the
 * document it reads, so it gets one fresh parse of the page per run, all made beforehand (on
 * linkedom a parse is kinder to Readability than a cloneNode copy, which it reads ~2x slower).
 */
import { Readability } from '@mozilla/readability';
import { extract } from '../../../src/extraction/extract';
import { fixtureNames, loadPage, parseWithLinkedom } from '../../../tests/fixtures/load';

export interface TimingResult {
  /** Median over pages of each page's median time, ms. */
  ours: number;
  readability: number;
  pages: string[];
}

export interface TimingOptions {
  warmup: number;
  oursRuns: number;
  readabilityRuns: number;
}

export const DEFAULT_TIMING: TimingOptions = { warmup: 20, oursRuns: 200, readabilityRuns: 40 };

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The fixture article pages read by site rules (not by the generic fallback). */
export function sitePathPages(): { name: string; url: string; html: string; doc: Document }[] {
  return fixtureNames()
    .map((name) => {
      const page = loadPage(name);
      return { name, url: page.url, html: page.html, doc: parseWithLinkedom(page.html) };
    })
    .filter(({ url, doc }) => {
      const r = extract(doc, url);
      return r.isArticle && !r.adapter.endsWith('@generic');
    });
}

/**
 * Per page: warm both up, then alternate one timed run of ours and one of Readability so that
 * both see the same machine load; ours runs more often because it is quicker.
 */
export function timeExtraction(opts: TimingOptions = DEFAULT_TIMING): TimingResult {
  const pages = sitePathPages();
  const ours: number[] = [];
  const theirs: number[] = [];
  const clock = (fn: () => unknown): number => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  for (const { url, html, doc } of pages) {
    const fresh = Array.from({ length: opts.warmup + opts.readabilityRuns }, () => parseWithLinkedom(html));
    for (let i = 0; i < opts.warmup; i++) {
      extract(doc, url);
      new Readability(fresh.pop()!).parse();
    }
    const a: number[] = [];
    const b: number[] = [];
    const every = Math.max(1, Math.floor(opts.oursRuns / opts.readabilityRuns));
    for (let i = 0; i < opts.oursRuns; i++) {
      a.push(clock(() => extract(doc, url)));
      if (i % every === 0 && fresh.length > 0) b.push(clock(() => new Readability(fresh.pop()!).parse()));
    }
    ours.push(median(a));
    theirs.push(median(b));
  }
  return { ours: median(ours), readability: median(theirs), pages: pages.map((p) => p.name) };
}
