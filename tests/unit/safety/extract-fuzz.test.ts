/**
 * The extractor against 1,000 mutated versions of the fixture pages (page-mutations.ts),
 * parsed with linkedom (as the maintainer CLI does) and, for every sixth whose page kept
 * its size, also with happy-dom (standing in for a live DOM). Seeded: case i always gets the same page and
 * mutations; FUZZ_CASE=i runs that one case alone.
 *
 * For every case: readPage (the content script's entry) returns, never throws; within
 * the time bound; its result is plain data (no DOM node anywhere); an article passes
 * validateArticle (so the background would take it), has a real calendar date or none,
 * keeps markup-looking text literal, and holds no attribute value or script text of the page.
 *
 * Defects it found and that were fixed (b848476): output over the message LIMITS, a stack
 * overflow on deeply nested JSON-LD, Readability throwing on content outside <body>, and
 * Readability's quadratic time on deep or crowded pages (11 s in linkedom, 71 s in happy-dom).
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readPage } from '../../../src/content/page-reader';
import { validateArticle } from '../../../src/messaging/validate';
import type { ExtractionResult } from '../../../src/extraction/types';
import { prng } from '../../../scripts/bench/lib/generate';
import { fixtureNames, loadPage, parseWithLinkedom, type FixturePage } from '../../fixtures/load';
import { drawMutation, ELEMENT_MARK, MARKUP_TEXT, TEXT_MUTATIONS } from './page-mutations';

const CASES = 1000;
const HAPPY_DOM_EVERY = 6;
const MAX_MS_PER_PAGE = 500;

const happyWindow = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
});
const parseWithHappyDom = (html: string) => new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

interface Case {
  page: FixturePage;
  mutations: string[];
  /** A mutation made the page much bigger or deeper. */
  grown: boolean;
  html: string;
}

function makeCase(index: number, pages: FixturePage[]): Case {
  const rnd = prng(0xda1a + index);
  const page = pages[index % pages.length] as FixturePage;
  const doc = parseWithLinkedom(page.html);
  const names: string[] = [];
  const count = 1 + Math.floor(rnd() * 3);
  let grown = false;
  for (let i = 0; i < count; i++) {
    const m = drawMutation(rnd, !grown);
    m.apply(doc, rnd);
    names.push(m.name);
    grown ||= m.grows === true;
  }
  let html = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  if (rnd() < 0.1) {
    const t = TEXT_MUTATIONS[Math.floor(rnd() * TEXT_MUTATIONS.length)]!;
    html = t.apply(html, rnd);
    names.push(t.name);
  }
  return { page, mutations: names, grown, html };
}

/** Every value is a string, number, boolean or null, in plain objects and arrays only. */
function plainDataProblem(v: unknown, path = 'result'): string | null {
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return null;
  if (typeof v !== 'object') return `${path} is a ${typeof v}`;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return `${path} is a ${(v as object).constructor?.name ?? 'non-plain object'}`;
  for (const [k, x] of Object.entries(v)) {
    const p = plainDataProblem(x, `${path}.${k}`);
    if (p) return p;
  }
  return null;
}

/** Bidi controls, zero-width characters and soft hyphens: the bidi mutation may put them inside a marker. */
const FORMAT_CHARS = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v.replace(FORMAT_CHARS, '')];
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** A publishedAt whose calendar fields exist (Date.parse takes 30 February and rolls it over). */
function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi;
}

/** What is wrong with one result, or [] when nothing is. */
function problems(r: ExtractionResult): string[] {
  const out: string[] = [];
  const plain = plainDataProblem(r);
  if (plain) out.push(`not plain data: ${plain}`);
  const all = strings(r);
  if (all.some((s) => s.includes(ELEMENT_MARK))) out.push('an attribute value or script text of the page came out as text');
  if (all.some((s) => s.includes('onerror=alert(1)') && !s.includes(MARKUP_TEXT))) out.push('markup-looking text was altered instead of kept literal');
  if (r.isArticle) {
    try {
      validateArticle(r);
    } catch (e) {
      out.push(`fails validateArticle: ${e instanceof Error ? e.message.slice(0, 160) : String(e)}`);
    }
    if (r.publishedAt !== null && !isRealDate(r.publishedAt)) out.push(`impossible publishedAt ${r.publishedAt}`);
  } else {
    if (!r.reason) out.push('not an article, without a reason');
    if (/extract(ion|or) failed/.test(r.reason)) out.push(`the extractor threw inside: ${r.reason.slice(0, 160)}`);
  }
  return out;
}

/**
 * readPage's cost on a fresh parse: the smaller of its wall time and this process's CPU
 * time over the call. Both bound the main thread's own CPU time from above: wall time also
 * counts the neighbours on a busy machine (this one runs several agents on 2 cores), process
 * CPU also counts GC and compiler threads. A cost just over the bound is measured up to twice
 * more and the best kept, so one GC pause is not a finding; one far over it is not worth the wait.
 */
function timedRead(parse: (html: string) => Document, c: Case): { result: ExtractionResult; ms: number; wallMs: number } {
  const once = () => {
    const doc = parse(c.html);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = readPage(doc, c.page.url);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { result, ms: Math.min(wallMs, (cpu.user + cpu.system) / 1000), wallMs };
  };
  let best = once();
  for (let retry = 0; retry < 2 && best.ms > MAX_MS_PER_PAGE && best.ms < 3 * MAX_MS_PER_PAGE; retry++) {
    const again = once();
    if (again.ms < best.ms) best = again;
  }
  return best;
}

describe('extractor fuzz', () => {
  const pages = fixtureNames().map(loadPage);
  const only = process.env.FUZZ_CASE === undefined ? null : Number(process.env.FUZZ_CASE);

  it(`survives ${CASES} mutated pages (linkedom; every ${HAPPY_DOM_EVERY}th also happy-dom)`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    // First reads compile and warm caches (the first page takes ~1 s once); not a page's cost.
    for (const p of pages) readPage(parseWithLinkedom(p.html), p.url);

    const failures: string[] = [];
    const times: number[] = [];
    const wallTimes: number[] = [];
    let articles = 0;
    let happyDomRuns = 0;
    const started = performance.now();
    for (let i = 0; i < CASES; i++) {
      if (only !== null && i !== only) continue;
      const c = makeCase(i, pages);
      const parsers: [string, (html: string) => Document][] = [['linkedom', parseWithLinkedom]];
      // happy-dom is far slower than a browser on big trees (7,000 paragraphs: about 1 s there), so
      // it reads the cases whose pages keep their size; linkedom reads every case.
      if (i % HAPPY_DOM_EVERY === 0 && !c.grown) parsers.push(['happy-dom', parseWithHappyDom]);
      for (const [parser, parse] of parsers) {
        if (parser === 'happy-dom') happyDomRuns++;
        const label = `case ${i} (${c.page.name}, ${parser}: ${c.mutations.join(' + ')})`;
        let run: ReturnType<typeof timedRead>;
        try {
          run = timedRead(parse, c);
        } catch (e) {
          failures.push(`${label}: readPage threw ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        times.push(run.ms);
        wallTimes.push(run.wallMs);
        if (run.result.isArticle) articles++;
        for (const p of problems(run.result)) failures.push(`${label}: ${p}`);
        if (run.ms > MAX_MS_PER_PAGE) failures.push(`${label}: took ${run.ms.toFixed(0)} ms (${run.wallMs.toFixed(0)} ms wall)`);
      }
    }
    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]?.toFixed(1);
      return `median ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`;
    };
    console.log(
      `extractor fuzz: ${times.length} reads (${happyDomRuns} with happy-dom), ${articles} articles; readPage cost ${stats(times)}; wall ${stats(wallTimes)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
    );
    expect(failures.slice(0, 15), `${failures.length} failures`).toEqual([]);
  }, 180_000);
});
