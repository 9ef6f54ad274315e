/**
 * Popup rows, in real Chromium with 10,000 generated articles in the extension's database
 * (seeded by the benchmark-only bench-floor page of the .output-bench build, which is the
 * shipping extension plus that page; ours and the peer read the same database):
 * - `popup first paint 10k`: popup.html opened in a tab, from its navigation start to the
 *   first list rows painted (a MutationObserver from the document's start sees the first
 *   loaded [data-testid="article-item"], then two animation frames); peer: bench-floor.html
 *   rendering the same newest rows with bare IndexedDB and DOM calls, timed the same way
 *   from its own navigation start.
 * - `search 10k`: in the popup showing the search results for "Tokaye", the keystroke "v"
 *   (a real key press; from the keydown event's timeStamp) to the results for "Tokayev"
 *   shown and painted; peer: bench-floor's search("Tokayev"), one look-up of the same word
 *   index and the first rows painted.
 * Ours and the peer alternate; each is the median of REPS openings after one warm-up each.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchRow } from './row';
import { bundleForBrowser } from './lib/chromium-page';
import { extensionBuild, launchExtension } from './chromium/extension';
import { median } from './extraction/timing';

const here = dirname(fileURLToPath(import.meta.url));

const ARTICLES = 10_000;
const REPS = 7;
/** Typed before the measured keystroke; the keystroke completes a name most generated articles hold (in one of its spellings). */
const TYPED = 'Tokaye';
const KEY = 'v';
const WAIT_MS = 60_000;

interface Probe {
  firstRows: number | null;
  error: string | null;
  armSearch(): void;
  search: { ms: number; query: string; rows: number; countText: string } | null;
}
/** Page functions are sent as source: they name the in-page objects through these types only. */
type WithProbe = { benchPopup: Probe };
type WithFloor = { benchFloor: { seed(n: number): Promise<number>; search(q: string): Promise<{ ms: number; count: number }> } };

async function open(ctx: BrowserContext, url: string, probeJs: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.addInitScript({ content: probeJs });
  await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  return page;
}

/** Opens the page and returns its first-rows time (ms since its navigation start); the page stays open. */
async function firstRows(ctx: BrowserContext, url: string, probeJs: string): Promise<{ page: Page; ms: number }> {
  const page = await open(ctx, url, probeJs);
  try {
    await page.waitForFunction(() => {
      const p = (globalThis as unknown as WithProbe).benchPopup;
      return p.firstRows !== null || p.error !== null;
    }, null, { timeout: WAIT_MS, polling: 100 });
    const r = await page.evaluate(() => {
      const p = (globalThis as unknown as WithProbe).benchPopup;
      return { ms: p.firstRows, error: p.error };
    });
    if (r.ms === null) throw new Error(`${url}: ${r.error ?? 'no first rows'}`);
    return { page, ms: r.ms };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** What the last popup search showed (its count line), for the log. */
let shown = '';

async function oursSearch(ctx: BrowserContext, origin: string, probeJs: string): Promise<number> {
  const { page } = await firstRows(ctx, `${origin}/popup.html`, probeJs);
  try {
    await page.click('[data-testid="search-input"]');
    await page.keyboard.type(TYPED);
    // The results for what was typed so far: a settled count and highlighted matches in the rows.
    await page.waitForFunction(
      (typed) =>
        document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.value === typed &&
        (document.querySelector('[data-testid="article-count"]')?.textContent?.trim() ?? '') !== '' &&
        document.querySelector('[data-testid="article-item"] mark') !== null,
      TYPED,
      { timeout: WAIT_MS, polling: 100 },
    );
    // Let the page finish what opening it started (name data, counts) before the keystroke.
    await page.waitForTimeout(500);
    await page.evaluate(() => (globalThis as unknown as WithProbe).benchPopup.armSearch());
    await page.keyboard.press(KEY);
    await page.waitForFunction(() => (globalThis as unknown as WithProbe).benchPopup.search !== null, null, { timeout: WAIT_MS, polling: 100 });
    const r = await page.evaluate(() => (globalThis as unknown as WithProbe).benchPopup.search);
    if (!r || r.query !== TYPED + KEY || r.rows === 0) throw new Error(`popup search for ${TYPED + KEY}: ${JSON.stringify(r)}`);
    shown = `${r.countText}, ${r.rows} rows in view`;
    return r.ms;
  } finally {
    await page.close();
  }
}

async function peerSearch(ctx: BrowserContext, origin: string, probeJs: string): Promise<number> {
  const { page } = await firstRows(ctx, `${origin}/bench-floor.html#first-paint`, probeJs);
  try {
    // As in the popup: the results for what was typed so far are shown first.
    await page.evaluate((q) => (globalThis as unknown as WithFloor).benchFloor.search(q), TYPED);
    const r = await page.evaluate((q) => (globalThis as unknown as WithFloor).benchFloor.search(q), TYPED + KEY);
    if (r.count === 0) throw new Error(`bench-floor search for ${TYPED + KEY} found nothing`);
    return r.ms;
  } finally {
    await page.close();
  }
}

/** One warm-up of each, then REPS of each, alternating. */
async function alternate(ours: () => Promise<number>, peer: () => Promise<number>): Promise<{ ours: number[]; peer: number[] }> {
  await ours();
  await peer();
  const out = { ours: [] as number[], peer: [] as number[] };
  for (let i = 0; i < REPS; i++) {
    out.ours.push(await ours());
    out.peer.push(await peer());
  }
  return out;
}

const range = (xs: readonly number[]): string => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

export async function run(): Promise<BenchRow[]> {
  const extensionDir = extensionBuild('bench');
  const probeJs = await bundleForBrowser(join(here, 'browser/popup-probe.ts'));
  const ext = await launchExtension(extensionDir);
  const { context: ctx, extensionOrigin: origin } = ext;
  try {
    const seeder = await ctx.newPage();
    await seeder.goto(`${origin}/bench-floor.html`, { waitUntil: 'load' });
    const seeded = await seeder.evaluate((n) => (globalThis as unknown as WithFloor).benchFloor.seed(n), ARTICLES);
    await seeder.close();
    if (seeded !== ARTICLES) throw new Error(`seeding stored ${seeded} articles, expected ${ARTICLES}`);

    const paint = await alternate(
      async () => {
        const r = await firstRows(ctx, `${origin}/popup.html`, probeJs);
        await r.page.close();
        return r.ms;
      },
      async () => {
        const r = await firstRows(ctx, `${origin}/bench-floor.html#first-paint`, probeJs);
        await r.page.close();
        return r.ms;
      },
    );
    const search = await alternate(
      () => oursSearch(ctx, origin, probeJs),
      () => peerSearch(ctx, origin, probeJs),
    );
    console.error(
      `bench popup: first paint ${range(paint.ours)} ms (floor ${range(paint.peer)}); search ${range(search.ours)} ms (floor ${range(search.peer)}; the popup showed "${shown}"); ${REPS} runs each`,
    );
    return [
      {
        metric: 'popup first paint 10k',
        ours: median(paint.ours),
        peer: median(paint.peer),
        peerName: 'bench-floor page: same newest rows, bare IndexedDB + DOM',
        unit: `ms, median of ${REPS}: navigation start → first rows painted`,
      },
      {
        metric: 'search 10k',
        ours: median(search.ours),
        peer: median(search.peer),
        peerName: 'bench-floor search: every match from the word index, newest first, rows painted',
        unit: `ms, median of ${REPS}: keystroke → results painted ("${TYPED}" + "${KEY}")`,
      },
    ];
  } finally {
    await ext.close();
  }
}
