/**
 * Service-worker restarts (the issue's promise: "listeners register synchronously; state lives
 * in the database; a save cut by a restart is retried or reported, never lost silently"),
 * proven in a real browser by stopping the extension's MV3 service worker for real through the
 * DevTools protocol (session.backgroundWorker: ServiceWorker.stopWorker, the browser's own
 * report that it stopped, and the worker's new global after it woke: each run has its own
 * performance.timeOrigin).
 *
 * Chromium only. The Firefox build is MV2 with a persistent background page
 * (.output/firefox-mv2/manifest.json: "background": {"scripts": [...]}, no "persistent": false),
 * which Firefox never stops while the add-on runs: there is no restart to prove there, and
 * reloading the add-on would also orphan the content scripts, which is another matter.
 *
 * Nothing here waits for the worker's idle timeout (30 s): each stop is made when the case
 * needs it, and a case that needs to know the worker is awake waits for the browser to say so.
 * A save "in flight" is made so by holding a store the save writes (an open read-write
 * transaction from an extension page) until the worker is stopped.
 *
 * Listeners registered synchronously: a listener added late makes the first message of a run
 * fail ("Receiving end does not exist"). The page's retry covers that, so a visit cannot tell;
 * the popup sends its question once, so the last case, which asks it of a stopped worker, can
 * (checked: with the message listener added 200 ms late, that case fails and the others pass).
 *
 * Not proven here: a page whose sends all fail (about 4 s of tries, src/content/page-reader.ts
 * sendWithRetry) gives the page up with a console warning only; the cases stay within that
 * budget (at most three cuts of any one message).
 */
import { type Visit, visit, visitSaved } from '../browse.ts';
import { type BackgroundWorker, type Tab, pollUntil, sleep } from '../browsers/session.ts';
import { SAVED_BADGE, badgeText, setSaveMode, tabIdsOf, waitForBadge } from '../extension.ts';
import { type ArticlePage, articleFixture } from '../fixtures.ts';
import { POPUP_PAGE, expectExactListing, expectedListing, readPopupWhenShown } from '../popup.ts';
import { type CaseContext, test } from '../registry.ts';

const CHROMIUM_ONLY = { browsers: ['chromium'] } as const;

/** How long a save that should not happen is given to happen anyway before the case looks. */
const SETTLE_MS = 2_000;

/** What the content script logs when it gives a page up (entrypoints/content.ts). */
const LOST_SAVE_WORDS = ['this article was not saved', 'this page could not be reported'];

function workerOf(ctx: CaseContext): BackgroundWorker {
  const worker = ctx.session.backgroundWorker;
  if (!worker) throw new Error(`${ctx.browser} has no service worker control (session.backgroundWorker)`);
  return worker;
}

/** The identity of the worker's current run: its global scope's time origin (a restart makes a new global). */
async function runOf(worker: BackgroundWorker): Promise<number> {
  await pollUntil(async () => ((await worker.status()) === 'running' ? true : undefined), {
    timeoutMs: 10_000,
    intervalMs: 20,
    describe: () => 'the service worker never ran again',
  });
  return worker.evaluate(() => performance.timeOrigin, null);
}

/** Stops the worker and checks the browser says so; returns the run that was stopped. */
async function stopWorker(worker: BackgroundWorker): Promise<number> {
  const run = await runOf(worker);
  await worker.stop();
  return run;
}

/** Checks the worker runs again, in a new global (not the run `stopped`), and returns the new run. */
async function expectNewRun(worker: BackgroundWorker, stopped: number, what: string): Promise<number> {
  const run = await runOf(worker);
  if (run === stopped) throw new Error(`${what}: the service worker still has the global of the run that was stopped`);
  return run;
}

/** Fails when a page said in the console that it gave a save up. */
function expectNoLostSaveReports(ctx: CaseContext): void {
  const lost = ctx.session.consoleMessages().filter((m) => LOST_SAVE_WORDS.some((w) => m.includes(w)));
  if (lost.length > 0) throw new Error(`a page reported a lost save:\n    ${lost.join('\n    ')}`);
}

/** The popup opened as a page, with its list shown (so it is idle before the worker is stopped). */
async function openControl(ctx: CaseContext): Promise<Tab> {
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  await readPopupWhenShown(control);
  return control;
}

/** What the popup, speaking of one tab, settles on for it (anything but "loading"); its one question to the worker is not retried. */
async function popupTabState(ctx: CaseContext, tabId: number): Promise<string> {
  const popup = await ctx.session.openExtensionPage(`${POPUP_PAGE}?tab=${tabId}`);
  let shown = { state: 'loading', error: '' };
  await pollUntil(
    async () => {
      shown = await popup.evaluate(
        () => ({
          state: document.querySelector('[data-testid="tab-status"]')?.getAttribute('data-state') ?? 'loading',
          error: document.querySelector('[data-testid="tab-error"]')?.textContent ?? '',
        }),
        null,
      );
      return shown.state === 'loading' ? undefined : true;
    },
    { timeoutMs: 10_000, describe: () => `the popup for tab ${tabId} never said what the tab is${shown.error ? ` (it says: ${shown.error})` : ''}` },
  );
  const state = shown.state;
  await popup.close();
  return state;
}

test('worker restart: with the service worker stopped, visiting an article starts it again and the article is saved (badge ✓, popup lists it)', async (ctx) => {
  const worker = workerOf(ctx);
  const article = articleFixture(ctx.fixtures, 'kazinform-en-2023');
  const control = await openControl(ctx);
  const stopped = await stopWorker(worker);
  if ((await worker.status()) !== 'stopped') throw new Error(`after the stop the browser says the worker is "${await worker.status()}"`);
  const before = await worker.counts();

  // Nothing but the visit (its tab's events and the content script's messages) can wake it now.
  const v = await visitSaved(ctx, control, article);
  const after = await worker.counts();
  if (after.starts <= before.starts) throw new Error(`the article was saved but the browser reports no new start of the worker (${JSON.stringify(after)})`);
  await expectNewRun(worker, stopped, 'after the visit');
  await expectExactListing(control, expectedListing([article]));
  if ((await badgeText(control, v.tabId)) !== SAVED_BADGE) throw new Error('the badge lost its ✓ after the popup was read');
  ctx.log(`worker stopped, then started ${after.starts - before.starts} time(s) by the visit; saved and listed once`);
}, CHROMIUM_ONLY);

/**
 * Holds a read-write transaction on one store of the extension's database from an extension
 * page, so the worker's save (which writes that store) waits for it: a save in flight.
 * Kept alive by always having a request pending; releaseStore ends it.
 * (A page function: no named helpers inside, the bundler would wrap them in one the page lacks.)
 */
function holdStore({ dbName, store }: { dbName: string; store: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const g = globalThis as unknown as Record<string, unknown>;
    g[`__dalaE2eRelease_${store}`] = false;
    g[`__dalaE2eReleased_${store}`] = false;
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('the database did not open'));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        reject(new Error(`the database has no store "${store}" (it has ${Array.from(db.objectStoreNames).join(', ')})`));
        return;
      }
      const tx = db.transaction([store], 'readwrite');
      const os = tx.objectStore(store);
      const next: Array<() => void> = [];
      next.push(() => {
        if (g[`__dalaE2eRelease_${store}`] !== true) os.count().onsuccess = next[0] ?? null;
      });
      os.count().onsuccess = () => {
        resolve(`holding ${store} of ${dbName} v${db.version}`);
        next[0]?.();
      };
      tx.oncomplete = () => {
        g[`__dalaE2eReleased_${store}`] = true;
        db.close();
      };
      tx.onabort = () => reject(tx.error ?? new Error('the holding transaction was aborted'));
    };
  });
}

/** Ends a transaction holdStore began in `holder`, and waits until it has ended. */
async function releaseStore(holder: Tab, store: string): Promise<void> {
  await holder.evaluate((s) => {
    (globalThis as unknown as Record<string, unknown>)[`__dalaE2eRelease_${s}`] = true;
  }, store);
  await pollUntil(
    async () => ((await holder.evaluate((s) => (globalThis as unknown as Record<string, unknown>)[`__dalaE2eReleased_${s}`] === true, store)) ? true : undefined),
    { timeoutMs: 5_000, describe: () => `the transaction holding ${store} never ended` },
  );
}

/** How many articles the database holds, read from an extension page (a store no held transaction locks). */
function countArticles(dbName: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error ?? new Error('the database did not open'));
    open.onsuccess = () => {
      const db = open.result;
      const count = db.transaction(['articles'], 'readonly').objectStore('articles').count();
      count.onsuccess = () => {
        resolve(count.result);
        db.close();
      };
      count.onerror = () => reject(count.error ?? new Error('the articles could not be counted'));
    };
  });
}

/**
 * Instruments one run of the worker: a listener of its own that records the type of each
 * message the run receives (it answers none). The record dies with the run, which is the point.
 */
function recordMessages(): string {
  const g = globalThis as unknown as Record<string, unknown> & {
    chrome: { runtime: { onMessage: { addListener(fn: (message: unknown) => undefined): void } } };
  };
  if (Array.isArray(g.__dalaE2eMessages)) return 'already recording';
  const seen: string[] = [];
  g.__dalaE2eMessages = seen;
  g.chrome.runtime.onMessage.addListener((message) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    seen.push(typeof type === 'string' ? type : '(no type)');
    return undefined;
  });
  return 'recording';
}

/** The extension's database, as src/storage/db.ts names it (DB_NAME). */
const DB_NAME = 'dala-reader';

/** The store the held transaction locks: every article save writes it (names of the text), the page report does not read it. */
const HELD_STORE = 'nameLog';

interface HeldSave {
  worker: BackgroundWorker;
  /** The popup opened as a page, reading badges and the list. */
  control: Tab;
  first: ArticlePage;
  target: ArticlePage;
  /** The extension page holding HELD_STORE. */
  holder: Tab;
  visit: Visit;
  /** The worker's run that received the save. */
  run: number;
  /** The types of the messages that run received. */
  received: string[];
}

/**
 * Saves the fixture `firstName` (the worker opens its database on its first save, so after that
 * the next save waits on the held store only), then holds HELD_STORE and visits `targetName`:
 * returns once the worker has received the page's save, whose write then waits. A save in flight.
 */
async function holdSaveInFlight(ctx: CaseContext, firstName: string, targetName: string): Promise<HeldSave> {
  const worker = workerOf(ctx);
  const first = articleFixture(ctx.fixtures, firstName);
  const target = articleFixture(ctx.fixtures, targetName);
  const control = await openControl(ctx);
  await visitSaved(ctx, control, first);
  const holder = await ctx.session.openExtensionPage('library.html');
  await holder.evaluate(holdStore, { dbName: DB_NAME, store: HELD_STORE });
  const run = await runOf(worker);
  await worker.evaluate(recordMessages, null);
  const v = await visit(ctx, control, target);
  let received: string[] = [];
  await pollUntil(
    async () => {
      received = await worker.evaluate(() => (globalThis as unknown as { __dalaE2eMessages: string[] }).__dalaE2eMessages, null);
      return received.includes('save-article') ? true : undefined;
    },
    { timeoutMs: 10_000, describe: () => `the worker never received the page's save (it received: ${received.join(', ') || 'nothing'})` },
  );
  // Given time, the save still has not been written: its write waits on the held store.
  await sleep(300);
  if ((await badgeText(control, v.tabId)) === SAVED_BADGE) throw new Error(`the save was written although ${HELD_STORE} was held: nothing is in flight`);
  return { worker, control, first, target, holder, visit: v, run, received };
}

test('worker restart: a save cut in flight (its database write waiting when the worker is stopped) is sent again by the page and saved once', async (ctx) => {
  const held = await holdSaveInFlight(ctx, 'qazaqtv-en-2023', 'kazinform-en-2023');
  const { worker, control } = held;
  await worker.stop();
  await releaseStore(held.holder, HELD_STORE);

  // Only the page still has the article: it must send it again, to a new run of the worker.
  await waitForBadge(control, held.visit.tabId, SAVED_BADGE, 15_000).catch((err: unknown) => {
    throw new Error(`the save cut by the stop was not sent again: ${err instanceof Error ? err.message : String(err)}`);
  });
  await expectNewRun(worker, held.run, 'after the cut save');
  await expectExactListing(control, expectedListing([held.first, held.target]));
  expectNoLostSaveReports(ctx);
  ctx.log(`the stopped run had received ${held.received.join(', ')}; its write waited on ${HELD_STORE}; a new run saved the article once`);
}, CHROMIUM_ONLY);

test('worker restart: stopped after the save is written but before the badge shows it, the tab still gets its ✓ (the page is told "saved" only once the badge is set)', async (ctx) => {
  const held = await holdSaveInFlight(ctx, 'senate-en-2023', 'qazaqtv-en-2023');
  const { worker, control, target } = held;
  // The badge's words are in the interface language, which the worker reads from the settings
  // store before it sets the badge: holding that store keeps the badge from being shown.
  await held.holder.evaluate(holdStore, { dbName: DB_NAME, store: 'settings' });
  await releaseStore(held.holder, HELD_STORE);
  await pollUntil(async () => ((await held.holder.evaluate(countArticles, DB_NAME)) === 2 ? true : undefined), {
    timeoutMs: 10_000,
    describe: () => `${target.url} was never written once ${HELD_STORE} was released`,
  });
  await sleep(300);
  if ((await badgeText(control, held.visit.tabId)) === SAVED_BADGE) {
    throw new Error('the badge was set while the settings store was held: this case no longer stops anything between the write and the badge');
  }
  // Written, badge not yet shown: stop here.
  await worker.stop();
  await releaseStore(held.holder, 'settings');

  await waitForBadge(control, held.visit.tabId, SAVED_BADGE, 15_000).catch((err: unknown) => {
    throw new Error(`the article was saved but its tab never got its ✓ after the stop: ${err instanceof Error ? err.message : String(err)}`);
  });
  await expectNewRun(worker, held.run, 'after the badge was cut');
  await expectExactListing(control, expectedListing([held.first, target]));
  expectNoLostSaveReports(ctx);
}, CHROMIUM_ONLY);

/**
 * Stops the worker each time it runs again, once per entry of `delays` (ms to wait after the
 * browser reports it running): stops that land while the pages' messages are being handled.
 * Resolves with how many stops it made before `deadline`.
 */
async function stopOnEachStart(worker: BackgroundWorker, delays: readonly number[], deadline: number): Promise<number> {
  let made = 0;
  while (made < delays.length && Date.now() < deadline) {
    if ((await worker.status()) !== 'running') {
      await sleep(5);
      continue;
    }
    await sleep(delays[made] ?? 0);
    await worker.stop();
    made += 1;
  }
  return made;
}

test('worker restart: stopped as six articles load at once and each time it starts again, three times, every article is saved exactly once and no page reports a lost save', async (ctx) => {
  const worker = workerOf(ctx);
  const articles: ArticlePage[] = ['kazinform-ru-2026', 'qazaqtv-ru-2024', 'senate-ru-2024', 'kazinform-kk-2024', 'senate-kk-2022', 'kazinform-zh-2026'].map((n) =>
    articleFixture(ctx.fixtures, n),
  );
  const control = await openControl(ctx);
  await stopWorker(worker);
  const before = await worker.counts();
  // Three stops after the first: the content script sends each message up to four times
  // (sendWithRetry), so no message can be cut more often than it is tried.
  const stopper = stopOnEachStart(worker, [0, 30, 60], Date.now() + 20_000);
  // All at once, so that each stop finds several pages' messages being handled.
  const visits = await Promise.all(articles.map((page) => visit(ctx, control, page)));
  const stops = await stopper;
  for (const v of visits) {
    await waitForBadge(control, v.tabId, SAVED_BADGE, 20_000).catch((err: unknown) => {
      throw new Error(`${v.url} was not saved after the restarts: ${err instanceof Error ? err.message : String(err)}`);
    });
  }
  const after = await worker.counts();
  await expectExactListing(control, expectedListing(articles));
  expectNoLostSaveReports(ctx);
  ctx.log(`${articles.length} articles, ${stops + 1} stops while they loaded, ${after.starts - before.starts} starts; each saved and listed once`);
}, { ...CHROMIUM_ONLY, timeoutMs: 90_000 });

test('worker restart: settings and saved state come from the database: after a stop, a site set to "never" saves nothing, a saved article shows ✓ in a new tab, and the popup\'s one question to the stopped worker is answered "saved"', async (ctx) => {
  const worker = workerOf(ctx);
  const saved = articleFixture(ctx.fixtures, 'kazinform-en-2023');
  const unsaved = articleFixture(ctx.fixtures, 'kazinform-ru-2026');
  if (saved.site !== unsaved.site) throw new Error(`${saved.name} and ${unsaved.name} are on different sites`);
  const control = await openControl(ctx);
  const firstVisit = await visitSaved(ctx, control, saved);
  await setSaveMode(ctx.session, saved.site, 'never');

  // A new tab of the saved article after a stop: it has no badge of its own, and the new run
  // never saw the article saved, so its ✓ can only come from the database.
  let stopped = await stopWorker(worker);
  await ctx.session.visit(saved.url);
  const ids = (await tabIdsOf(control, saved.url)).ids.filter((id) => id !== firstVisit.tabId);
  const newTab = ids[0];
  if (newTab === undefined || ids.length !== 1) throw new Error(`expected one new tab on ${saved.url}, found ${ids.length}`);
  await waitForBadge(control, newTab, SAVED_BADGE, 15_000);
  await expectNewRun(worker, stopped, 'after the new tab');
  if ((await badgeText(control, firstVisit.tabId)) !== SAVED_BADGE) throw new Error('the first tab of the saved article lost its ✓ over the restart');

  // The popup asks the stopped worker once (no retry): its message listener must be there on the
  // new run's first event, and a run that has heard nothing of the tab answers from the database.
  stopped = await stopWorker(worker);
  const state = await popupTabState(ctx, newTab);
  if (state !== 'saved') throw new Error(`after a stop the popup says the saved article's tab is "${state}", not "saved"`);
  await expectNewRun(worker, stopped, 'after the popup');

  // "never" for the site, set before the stop, is read by the new run: the visit saves nothing.
  stopped = await stopWorker(worker);
  const other = await visit(ctx, control, unsaved);
  await sleep(SETTLE_MS);
  await expectNewRun(worker, stopped, 'after the visit with saving off');
  // "not-saved" (not "unknown"): the page was read and reported to this run, which did not save it.
  const otherState = await popupTabState(ctx, other.tabId);
  if (otherState !== 'not-saved') throw new Error(`the popup says ${unsaved.url} is "${otherState}", expected "not-saved" (read, not saved)`);
  const badge = await badgeText(control, other.tabId);
  if (badge !== '') throw new Error(`with saving set to "never" the badge of ${unsaved.url} reads ${JSON.stringify(badge)}`);
  await expectExactListing(control, expectedListing([saved]));
}, CHROMIUM_ONLY);
