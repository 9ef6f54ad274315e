/**
 * Saving (issue 4), beyond the automatic save the foundation cases prove: "ask" mode with its
 * in-page prompt, manual saving from the popup, the toolbar badge, one record across URL
 * variants, and delete with undo in the popup.
 *
 * Settings are changed through the settings page as a person would (clicks), the badge is
 * read through the browser's own action API from an extension page, and the popup is the
 * extension's popup page opened in a tab (popup.html?tab=<id> speaks of that tab).
 */
import { type Target, byTestId, click, waitFor } from '../actions.ts';
import { type Visit, visit, visitAllSaved, visitSaved } from '../browse.ts';
import type { Tab } from '../browsers/session.ts';
import { pollUntil, sleep } from '../browsers/session.ts';
import { SAVED_BADGE, badgeText, setInterfaceLanguage, setSaveMode, tabIdsOf, waitForBadge } from '../extension.ts';
import { articleFixture, nonArticleFixture } from '../fixtures.ts';
import { uiString } from '../locales.ts';
import { POPUP_PAGE, expectExactListing, expectedListing, normalizeSpace, readPopup, readPopupWhenShown } from '../popup.ts';
import { test } from '../registry.ts';

/** How long a save that should not happen is given to happen anyway before the case looks. */
const SETTLE_MS = 2_000;

const PROMPT_HOST = 'dala-save-prompt';

/**
 * What changes in the page's layout when the element `selector` is in the page, against the
 * same document without it: each other element's box, the body's height, the document's size.
 * `bodyMargin` (when not null) styles the body's margin while measuring, as sites' own
 * stylesheets do (fixture pages are served without them).
 * (A page function: no named helpers inside, the bundler would wrap them in one the page lacks.)
 */
function layoutChange({ selector, bodyMargin }: { selector: string; bodyMargin: string | null }): string[] {
  scrollTo(0, 0);
  const el = document.querySelector(selector);
  if (!el || !el.parentNode) return [`no ${selector} in the page`];
  const parent = el.parentNode;
  const next = el.nextSibling;
  const margin = document.body.style.margin;
  if (bodyMargin !== null) document.body.style.margin = bodyMargin;
  const layouts: { boxes: string[]; size: string; body: string }[] = [];
  for (const present of [true, false]) {
    if (!present) el.remove();
    const boxes = Array.from(document.body.querySelectorAll('*'))
      .filter((e) => e !== el && !el.contains(e))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${r.left.toFixed(1)},${r.top.toFixed(1)},${r.width.toFixed(1)},${r.height.toFixed(1)}`;
      });
    const doc = document.documentElement;
    layouts.push({ boxes, size: `${doc.scrollWidth}x${doc.scrollHeight}`, body: document.body.getBoundingClientRect().height.toFixed(1) });
  }
  parent.insertBefore(el, next);
  document.body.style.margin = margin;
  const [withIt, without] = layouts;
  if (!withIt || !without) return ['nothing measured'];
  const out: string[] = [];
  if (withIt.size !== without.size) out.push(`document size ${without.size} without it, ${withIt.size} with it`);
  if (withIt.body !== without.body) out.push(`body height ${without.body} without it, ${withIt.body} with it`);
  if (withIt.boxes.length < 20) out.push(`only ${withIt.boxes.length} page elements measured`);
  const changed = withIt.boxes.filter((b, i) => b !== without.boxes[i]).length;
  if (changed > 0) out.push(`${changed} of ${withIt.boxes.length} page elements moved or changed size`);
  return out;
}

/** The layout changes `selector` makes, with the page's body margin as served and with a site stylesheet's usual `margin: 0`. */
async function layoutChanges(tab: Tab, selector: string): Promise<string[]> {
  const out: string[] = [];
  for (const bodyMargin of [null, '0']) {
    const changes = await tab.evaluate(layoutChange, { selector, bodyMargin });
    out.push(...changes.map((c) => `${bodyMargin === null ? 'as served' : `body margin ${bodyMargin}`}: ${c}`));
  }
  return out;
}

/** The popup page speaking of one tab, as the toolbar popup speaks of the active one. */
async function popupFor(v: Visit, open: (path: string) => Promise<Tab>): Promise<Tab> {
  const popup = await open(`${POPUP_PAGE}?tab=${v.tabId}`);
  await popup.waitForSelector('[data-testid="tab-status"]');
  return popup;
}

/** The state the popup's current-tab panel settles on (anything but "loading"). */
async function tabState(popup: Tab): Promise<string> {
  return waitFor(
    popup,
    () => {
      const state = document.querySelector('[data-testid="tab-status"]')?.getAttribute('data-state');
      return state && state !== 'loading' ? state : null;
    },
    null,
    () => 'the popup never said what the tab is',
  );
}

test('ask mode: set on the settings page, the prompt (in a shadow root, in the interface language) moves nothing on the page, and its Save saves', async (ctx) => {
  const article = articleFixture(ctx.fixtures, 'kazinform-en-2023');
  // Russian, so "in the interface language" is not English by default.
  await setInterfaceLanguage(ctx.session, 'ru');
  await setSaveMode(ctx.session, article.site, 'ask');
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  const v = await visit(ctx, control, article);

  const question = uiString('ru', 'prompt.question');
  const saveLabel = uiString('ru', 'prompt.save');
  const shown = await waitFor(
    v.tab,
    ({ host, question: q }) => {
      const hosts = document.querySelectorAll(host);
      const root = hosts[0]?.shadowRoot;
      if (!root) return null;
      const box = root.querySelector('[role="dialog"]');
      if (!(box instanceof HTMLElement)) return null;
      const r = box.getBoundingClientRect();
      return {
        hosts: hosts.length,
        hostParent: hosts[0]?.parentElement?.tagName ?? '',
        text: box.textContent ?? '',
        buttons: Array.from(root.querySelectorAll('button'), (b) => b.textContent ?? ''),
        position: getComputedStyle(box).position,
        inViewport: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        // The prompt's words are in the shadow tree only, not in the page's own DOM.
        inLightDom: (document.body.textContent ?? '').includes(q),
      };
    },
    { host: PROMPT_HOST, question },
    () => `no <${PROMPT_HOST}> with a dialog in an open shadow root appeared on ${article.url}`,
  );
  const problems: string[] = [];
  if (shown.hosts !== 1) problems.push(`${shown.hosts} <${PROMPT_HOST}> elements`);
  if (shown.hostParent !== 'BODY') problems.push(`the prompt host sits in <${shown.hostParent.toLowerCase()}>, not <body>`);
  if (!shown.text.includes(question)) problems.push(`the prompt says "${shown.text}", not the Russian question "${question}"`);
  if (!shown.buttons.includes(saveLabel)) problems.push(`the prompt's buttons are ${JSON.stringify(shown.buttons)}, no "${saveLabel}"`);
  if (shown.position !== 'fixed') problems.push(`the prompt box is position: ${shown.position}, not fixed`);
  if (!shown.inViewport) problems.push('the prompt box is not inside the viewport');
  if (shown.inLightDom) problems.push("the prompt's words are in the page's own DOM");
  if (problems.length > 0) throw new Error(`the in-page prompt:\n    ${problems.join('\n    ')}`);

  // The layout with the prompt against the same document without it: every element of the
  // page and the document's size must be where they were. A control first: the same
  // measurement must notice a 40px block put at the top of the page, and one put at its end.
  for (const where of ['start', 'end'] as const) {
    const noticed = await v.tab.evaluate((at) => {
      const probe = document.createElement('div');
      probe.id = 'dala-e2e-layout-probe';
      probe.style.height = '40px';
      if (at === 'start') document.body.prepend(probe);
      else document.body.append(probe);
      return null;
    }, where).then(() => layoutChanges(v.tab, '#dala-e2e-layout-probe'));
    await v.tab.evaluate(() => document.getElementById('dala-e2e-layout-probe')?.remove(), null);
    if (noticed.length < 2) throw new Error(`the layout measurement missed a 40px block at the ${where} of the page: ${noticed.join('; ') || 'no change'}`);
  }
  // Reported at the end, after the rest of the case has been checked too.
  const moved = await layoutChanges(v.tab, PROMPT_HOST);

  // Asking saves nothing by itself.
  await sleep(SETTLE_MS);
  if ((await badgeText(control, v.tabId)) !== '') throw new Error('the badge shows a saved sign before Save was clicked');
  await control.reload();
  const before = await readPopupWhenShown(control);
  if (!before.hasEmptyState || before.items.length > 0) {
    throw new Error(`before Save was clicked the popup lists ${before.items.map((i) => i.url).join(', ') || '(no empty state)'}`);
  }

  const saveButton: Target = { shadowHost: PROMPT_HOST, selector: 'button', index: shown.buttons.indexOf(saveLabel) };
  await click(v.tab, saveButton);
  const saved = uiString('ru', 'prompt.saved');
  await waitFor(
    v.tab,
    ({ host, saved: s }) => ((document.querySelector(host)?.shadowRoot?.textContent ?? '').includes(s) ? true : null),
    { host: PROMPT_HOST, saved },
    () => `the prompt never said "${saved}" after Save`,
  );
  await waitForBadge(control, v.tabId, SAVED_BADGE);
  await expectExactListing(control, expectedListing([article]));
  await ctx.screenshot(v.tab, 'ask-prompt-saved');
  if (moved.length > 0) {
    throw new Error(`the prompt shifts the page's layout (the rest of the case passed):\n    ${moved.join('\n    ')}`);
  }
});

test('manual save: with a site set to "never" a visit saves nothing; the popup\'s Save button for that tab saves it and the badge shows it', async (ctx) => {
  const article = articleFixture(ctx.fixtures, 'senate-en-2023');
  await setSaveMode(ctx.session, article.site, 'never');
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  const v = await visit(ctx, control, article);
  const popup = await popupFor(v, (p) => ctx.session.openExtensionPage(p));
  // The content script has reported the page (so it was read) and nothing was saved.
  const state = await tabState(popup);
  if (state !== 'not-saved') throw new Error(`the popup says the tab is "${state}", expected "not-saved"`);
  await sleep(SETTLE_MS);
  const badgeBefore = await badgeText(control, v.tabId);
  if (badgeBefore !== '') throw new Error(`the badge reads ${JSON.stringify(badgeBefore)} before any save`);
  await expectExactListing(control, [], { timeoutMs: 5_000, settleMs: 0 });

  await click(popup, byTestId('save-tab'));
  await waitFor(
    popup,
    () => (document.querySelector('[data-testid="tab-status"]')?.getAttribute('data-state') === 'saved' && document.querySelector('[data-testid="tab-read"]') ? true : null),
    null,
    () => 'the popup never said the tab is saved after "Save this page"',
  );
  const error = await popup.evaluate(() => document.querySelector('[data-testid="tab-error"]')?.textContent ?? null, null);
  if (error !== null) throw new Error(`the popup shows an error after saving: ${error}`);
  await waitForBadge(control, v.tabId, SAVED_BADGE);
  await expectExactListing(popup, expectedListing([article]));
  await ctx.screenshot(popup, 'manual-save');
});

test('the badge: nothing on a page that is not an article, ✓ once an article is saved, and ✓ again on a later visit with saving off', async (ctx) => {
  const nonArticle = nonArticleFixture(ctx.fixtures, 'kazinform-ru-lenta');
  const article = articleFixture(ctx.fixtures, 'qazaqtv-en-2023');
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);

  const list = await visit(ctx, control, nonArticle);
  const listPopup = await popupFor(list, (p) => ctx.session.openExtensionPage(p));
  const listState = await tabState(listPopup);
  if (listState !== 'not-article') throw new Error(`the popup says ${nonArticle.url} is "${listState}", expected "not-article"`);
  await listPopup.close();

  await visitSaved(ctx, control, article);
  await sleep(SETTLE_MS);
  const onList = await badgeText(control, list.tabId);
  if (onList !== '') throw new Error(`the badge of the non-article tab reads ${JSON.stringify(onList)}`);

  // The saved sign follows the article, not the act of saving: a new visit with saving off shows it too.
  await setSaveMode(ctx.session, article.site, 'never');
  const again = await ctx.session.visit(article.url);
  const tabs = (await tabIdsOf(control, article.url)).ids;
  if (tabs.length !== 2) throw new Error(`expected two tabs on ${article.url}, found ${tabs.length}`);
  for (const id of tabs) await waitForBadge(control, id, SAVED_BADGE);
  await again.close();
});

test('one record across URL variants: the same article under a query string, a trailing slash and /amp is listed once', async (ctx) => {
  // A page without a canonical link: each variant's own URL is what the extension has to go by.
  const article = articleFixture(ctx.fixtures, 'kazinform-en-2023-share-line');
  const hasCanonical = article.html.toString('utf8').includes('rel="canonical"');
  if (hasCanonical) throw new Error(`${article.name} has a canonical link; pick a page without one`);
  const base = article.url.replace(/\/$/, '');
  const variants = [article.url, `${base}?utm_source=telegram&from=e2e`, `${base}/`, `${base}/amp`].filter((u, i, all) => all.indexOf(u) === i);
  if (variants.length !== 4) throw new Error(`the variants of ${article.url} are not four distinct URLs: ${variants.join(', ')}`);
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  const visits: Visit[] = [];
  // Each variant is saved (or found saved) under the one record: the badge says so on every tab.
  for (const url of variants) visits.push(await visitSaved(ctx, control, article, url));
  for (const v of visits) {
    const popup = await popupFor(v, (p) => ctx.session.openExtensionPage(p));
    const state = await tabState(popup);
    if (state !== 'saved') throw new Error(`the popup says ${v.url} is "${state}", expected "saved"`);
    await popup.close();
  }
  const final = await expectExactListing(control, expectedListing([article]));
  ctx.log(`visited ${variants.length} URL variants; listed ${final.items.length}`);
});

/** The ids and URLs of the popup's rows, top to bottom. */
async function rowIds(popup: Tab): Promise<{ id: string; url: string }[]> {
  return popup.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="article-list"] [data-testid="article-item"]'), (el) => ({
        id: el.getAttribute('data-id') ?? '',
        url: el.getAttribute('data-url') ?? '',
      })),
    null,
  );
}

async function waitForRows(popup: Tab, wanted: readonly string[], what: string): Promise<void> {
  let last: string[] = [];
  await pollUntil(
    async () => {
      last = (await rowIds(popup)).map((r) => r.url);
      return last.length === wanted.length && last.every((u, i) => u === wanted[i]) ? true : undefined;
    },
    { timeoutMs: 10_000, describe: () => `${what}: the popup lists\n    ${last.join('\n    ')}\n  instead of\n    ${wanted.join('\n    ')}\n ` },
  );
}

test('delete and undo in the popup: a deleted row goes, Undo brings it back as it was, a delete left alone stays deleted', async (ctx) => {
  const articles = [
    articleFixture(ctx.fixtures, 'kazinform-en-2023'),
    articleFixture(ctx.fixtures, 'qazaqtv-en-2023'),
    articleFixture(ctx.fixtures, 'senate-en-2023'),
  ];
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  await visitAllSaved(ctx, control, articles);
  const popup = await ctx.session.openExtensionPage(POPUP_PAGE);
  await expectExactListing(popup, expectedListing(articles));
  const rowsBefore = await rowIds(popup);
  const urlsBefore = rowsBefore.map((r) => r.url);
  // The middle row: its place in the list shows whether Undo restored it as it was.
  const victim = rowsBefore[1];
  if (!victim || rowsBefore.length !== 3) throw new Error(`expected three rows, got ${rowsBefore.length}`);
  const title = (await readPopup(popup)).items.find((i) => i.url === victim.url)?.title ?? '';

  await click(popup, { selector: `[data-testid="article-item"][data-url="${victim.url}"] [data-testid="article-delete"]` });
  await waitForRows(popup, urlsBefore.filter((u) => u !== victim.url), 'after a delete');
  const toast = normalizeSpace((await popup.evaluate(() => document.querySelector('[data-testid="undo-toast"]')?.textContent ?? null, null)) ?? '');
  if (!toast.includes(title)) throw new Error(`the undo toast says "${toast}", which does not name "${title}"`);

  await click(popup, byTestId('undo-button'));
  await waitForRows(popup, urlsBefore, 'after Undo');
  const restored = (await rowIds(popup)).find((r) => r.url === victim.url);
  if (restored?.id !== victim.id) throw new Error(`Undo brought the article back as id ${restored?.id}, it was ${victim.id}`);
  await popup.reload();
  await waitForRows(popup, urlsBefore, 'after Undo and a reload');

  // A delete not undone is for good.
  const gone = rowsBefore[0];
  if (!gone) throw new Error('no first row');
  await click(popup, { selector: `[data-testid="article-item"][data-url="${gone.url}"] [data-testid="article-delete"]` });
  await waitForRows(popup, urlsBefore.filter((u) => u !== gone.url), 'after a second delete');
  await popup.reload();
  await waitForRows(popup, urlsBefore.filter((u) => u !== gone.url), 'after the second delete and a reload');
  await ctx.screenshot(popup, 'after-delete');
});
