/**
 * Storage rows, in real Chromium:
 * - `bulk insert 10k`: our batch save (hashing, folding, identity look-ups, one
 *   transaction) beside a bare IndexedDB put loop of the same stored records into a
 *   store with the same indexes.
 * - `save latency`: the built extension (.output/chrome-mv3) saving fixture article pages
 *   served at their real URLs; see saveLatency().
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { BenchRow } from './row';
import { bundleForBrowser, openBenchPage } from './lib/chromium-page';
import { extensionBuild, launchExtension } from './chromium/extension';
import { median } from './extraction/timing';
import { DB_NAME } from '../../src/storage/db';
import { isArticlePage, loadFixtures } from '../../tests/e2e/fixtures';
import { startFixtureServer } from '../../tests/e2e/server';
import { pollUntil } from '../../tests/e2e/browsers/session';

const here = dirname(fileURLToPath(import.meta.url));

/** Page visits for `save latency` (cycling through the fixture article pages). */
const VISITS = 20;
/** Chromium runs document_idle scripts at the load event, or this long after DOMContentLoaded when load is later. */
const IDLE_TIMEOUT_MS = 200;

async function bulkInsert(): Promise<BenchRow> {
  const bench = await openBenchPage(join(here, 'browser/storage-page.ts'));
  try {
    const r = await bench.page.evaluate(
      (n) => (globalThis as unknown as { benchBulk(n: number): Promise<{ ours: number; peer: number; stored: number }> }).benchBulk(n),
      10_000,
    );
    if (r.stored !== 10_000) throw new Error(`bulk insert stored ${r.stored} records, expected 10000`);
    return { metric: 'bulk insert 10k', ours: r.ours, peer: r.peer, peerName: 'bare IndexedDB put loop, same records and indexes', unit: 'ms' };
  } finally {
    await bench.close();
  }
}

interface SaveProbe {
  clear(dbName: string): Promise<number>;
  arm(timeoutMs: number): void;
  found(): Promise<{ at: number; savedAt: number; url: string; maxGap: number }>;
}
/** Page functions are sent as source: they name the probe through this type only. */
type WithProbe = { saveProbe: SaveProbe };

/**
 * `save latency`: for each visit the library is emptied, a fixture article page is opened
 * in a new tab, and the time is taken from the page's document-idle point (when Chromium
 * starts the content script: min(loadEventEnd, domContentLoadedEventEnd + 200 ms)) to the
 * first read that finds the record committed in IndexedDB (another extension page reads
 * every ~5 ms). That is: content script start-up, extraction, the page-status and
 * save-article messages, the background's validation, hashing, folding and the write.
 * Peer: the content script's readPage (URL check + extraction) alone on the same live
 * page, run once right after, so the difference is what messaging and storage add.
 */
async function saveLatency(): Promise<BenchRow> {
  const fixtures = loadFixtures();
  const articles = fixtures.pages.filter(isArticlePage);
  if (articles.length === 0) throw new Error(`no fixture article pages in ${fixtures.dir}`);
  const readPageJs = await bundleForBrowser(join(here, 'browser/read-page.ts'));
  const probeJs = await bundleForBrowser(join(here, 'browser/save-probe.ts'));
  const extensionDir = extensionBuild('normal');
  const server = await startFixtureServer(fixtures);
  try {
    const ext = await launchExtension(extensionDir, server);
    try {
      // A page of the extension's origin that runs none of the extension's code.
      const probe = await ext.context.newPage();
      await probe.goto(`${ext.extensionOrigin}/manifest.json`);
      await probe.evaluate(probeJs);
      // The background creates the database when it starts; wait for it.
      await pollUntil(async () => probe.evaluate((db) => (globalThis as unknown as WithProbe).saveProbe.clear(db), DB_NAME), {
        timeoutMs: 15_000,
        describe: () => `the extension's database "${DB_NAME}" did not appear`,
      });
      const ours: number[] = [];
      const peer: number[] = [];
      const split: number[] = [];
      const gaps: number[] = [];
      for (let i = 0; i < VISITS; i++) {
        const fixture = articles[i % articles.length]!;
        const left = await probe.evaluate((db) => (globalThis as unknown as WithProbe).saveProbe.clear(db), DB_NAME);
        if (left !== 0) throw new Error(`the library still holds ${left} articles after clearing`);
        await probe.evaluate(() => (globalThis as unknown as WithProbe).saveProbe.arm(15_000));
        let page: Page | null = null;
        try {
          page = await ext.context.newPage();
          await page.goto(fixture.url, { waitUntil: 'load', timeout: 15_000 });
          const found = await probe.evaluate(() => (globalThis as unknown as WithProbe).saveProbe.found());
          const timing = await page.evaluate(() => ({ dcl: performance.timing.domContentLoadedEventEnd, load: performance.timing.loadEventEnd }));
          if (found.url !== fixture.url && found.url !== fixture.expected.canonicalUrl) {
            throw new Error(`visiting ${fixture.url} stored ${found.url}`);
          }
          const idle = Math.min(timing.load, timing.dcl + IDLE_TIMEOUT_MS);
          ours.push(found.at - idle);
          split.push(found.savedAt - idle);
          gaps.push(found.maxGap);
          await page.evaluate(readPageJs);
          const alone = await page.evaluate(() => (globalThis as unknown as { benchReadPage(): { ms: number; isArticle: boolean } }).benchReadPage());
          if (!alone.isArticle) throw new Error(`readPage did not read ${fixture.url} as an article`);
          peer.push(alone.ms);
        } catch (e) {
          throw new Error(`save latency, visit ${i + 1} (${fixture.name}): ${e instanceof Error ? e.message : String(e)}`);
        } finally {
          await page?.close();
        }
      }
      console.error(
        `bench storage: save latency over ${VISITS} visits: ${Math.min(...ours)}–${Math.max(...ours)} ms (median ${median(ours)}), ` +
          `of which idle→save started (background's savedAt) median ${median(split)} ms; readPage alone ${Math.min(...peer).toFixed(1)}–${Math.max(...peer).toFixed(1)} ms; ` +
          `the database was read every ${median(gaps)} ms (median of each visit's longest gap; under load)`,
      );
      return {
        metric: 'save latency',
        ours: median(ours),
        peer: median(peer),
        peerName: 'readPage alone (URL check + extraction), same live pages',
        unit: `ms, median of ${VISITS} visits: document idle → record in IndexedDB`,
      };
    } finally {
      await ext.close();
    }
  } finally {
    await server.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  return [await bulkInsert(), await saveLatency()];
}
