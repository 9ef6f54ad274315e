/**
 * Reading the popup's saved-article list through its test ids:
 * [data-testid="article-list"] > [data-testid="article-item"][data-url] > [data-testid="article-title"],
 * and [data-testid="empty-state"] when nothing is saved.
 *
 * The list may be windowed (only the rows in view exist in the DOM), so it is read by
 * scrolling its scroll container from top to bottom and merging the rows by position
 * (ARIA `aria-posinset`, else the row's offset in the scrolled content); `aria-setsize`,
 * when present, says how many rows the list claims to hold. Rows marked `aria-busy="true"`
 * are still loading: the reader waits for them.
 */
import { type Tab, pollUntil, sleep } from './browsers/session.ts';
import type { ArticlePage } from './fixtures.ts';

export const POPUP_PAGE = 'popup.html';

export interface ListedArticle {
  url: string;
  title: string;
}

export interface PopupState {
  /** Every row of the list, top to bottom. */
  items: ListedArticle[];
  /** How many rows the list says it holds (aria-setsize), when it says so. */
  claimedCount: number | null;
  /** Items found outside [data-testid="article-list"]. */
  strayItems: number;
  hasList: boolean;
  hasEmptyState: boolean;
}

const SELECTORS = {
  list: '[data-testid="article-list"]',
  item: '[data-testid="article-item"]',
  title: '[data-testid="article-title"]',
  empty: '[data-testid="empty-state"]',
} as const;

export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

interface Snapshot {
  rows: { key: string; position: number; url: string; title: string }[];
  busy: number;
  claimedCount: number | null;
  strayItems: number;
  hasList: boolean;
  hasEmptyState: boolean;
  /** The scroll container's geometry after scrolling, or null when nothing scrolls. */
  scroll: { top: number; height: number; view: number } | null;
}

/** Scrolls the list's scroll container to `scrollTo` (when not null), waits a moment for rendering, and reads the rows. */
async function snapshot(tab: Tab, scrollTo: number | null): Promise<Snapshot> {
  return tab.evaluate(
    async ({ sel, scrollTo: target }) => {
      const list = document.querySelector(sel.list);
      let scroller: HTMLElement | null = null;
      for (let el = list instanceof HTMLElement ? list : null; el; el = el.parentElement) {
        const overflow = getComputedStyle(el).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1) {
          scroller = el;
          break;
        }
      }
      if (!scroller && list && document.scrollingElement && document.scrollingElement.scrollHeight > innerHeight + 1) {
        scroller = document.scrollingElement as HTMLElement;
      }
      if (scroller && target !== null) {
        scroller.scrollTop = target;
        await new Promise((resolve) => setTimeout(resolve, 80));
      }
      const all = Array.from(document.querySelectorAll(sel.item));
      const inList = all.filter((el) => el.closest(sel.list) !== null);
      const originTop = scroller ? scroller.getBoundingClientRect().top - scroller.scrollTop : 0;
      let claimed: number | null = null;
      const rows = inList.map((el) => {
        const posinset = Number(el.getAttribute('aria-posinset'));
        const setsize = Number(el.getAttribute('aria-setsize'));
        if (Number.isInteger(setsize) && setsize > 0) claimed = setsize;
        const offset = Math.round(el.getBoundingClientRect().top - originTop);
        const position = Number.isInteger(posinset) && posinset > 0 ? posinset : offset;
        return {
          key: Number.isInteger(posinset) && posinset > 0 ? `pos:${posinset}` : `offset:${offset}`,
          position,
          url: el.getAttribute('data-url') ?? '',
          title: el.querySelector(sel.title)?.textContent ?? '',
        };
      });
      return {
        rows,
        busy: list ? list.querySelectorAll('[aria-busy="true"]').length : 0,
        claimedCount: claimed,
        strayItems: all.length - inList.length,
        hasList: list !== null,
        hasEmptyState: document.querySelector(sel.empty) !== null,
        scroll: scroller ? { top: scroller.scrollTop, height: scroller.scrollHeight, view: scroller.clientHeight } : null,
      };
    },
    { sel: SELECTORS, scrollTo },
  );
}

/** A snapshot at `scrollTo` with no row still loading (waits up to timeoutMs for them). */
async function settledSnapshot(tab: Tab, scrollTo: number | null, timeoutMs = 5_000): Promise<Snapshot> {
  let target = scrollTo;
  let last: Snapshot | null = null;
  return pollUntil(
    async () => {
      last = await snapshot(tab, target);
      target = null; // scroll once, then only look
      return last.busy === 0 ? last : undefined;
    },
    { timeoutMs, describe: () => `the popup list still had ${last?.busy ?? '?'} loading row(s)` },
  );
}

/** Reads the whole list, scrolling through it when it scrolls, and leaves it scrolled to the top. */
export async function readPopup(tab: Tab): Promise<PopupState> {
  const rows = new Map<string, { position: number; url: string; title: string }>();
  let shot = await settledSnapshot(tab, 0);
  const first = shot;
  for (let guard = 0; ; guard += 1) {
    for (const row of shot.rows) rows.set(row.key, row);
    const scroll = shot.scroll;
    if (!scroll || scroll.top + scroll.view >= scroll.height - 1) break;
    if (guard > 2_000) throw new Error('the popup list never reached its end while scrolling');
    shot = await settledSnapshot(tab, scroll.top + Math.max(1, scroll.view - 40));
  }
  if (shot !== first) await snapshot(tab, 0);
  const items = [...rows.values()].sort((a, b) => a.position - b.position).map((r) => ({ url: r.url, title: normalizeSpace(r.title) }));
  return {
    items,
    claimedCount: first.claimedCount,
    strayItems: first.strayItems,
    hasList: first.hasList,
    hasEmptyState: first.hasEmptyState,
  };
}

/** Waits until the popup shows either saved articles or its empty state, then reads it. */
export async function readPopupWhenShown(tab: Tab, timeoutMs = 10_000): Promise<PopupState> {
  return pollUntil(
    async () => {
      const state = await readPopup(tab);
      return state.items.length > 0 || state.hasEmptyState ? state : undefined;
    },
    { timeoutMs, describe: () => `popup showed neither ${SELECTORS.item} nor ${SELECTORS.empty}` },
  );
}

/** One entry per canonical URL (one record per article); a later visit's title wins, as a later save updates the record. */
export function expectedListing(visitedInOrder: readonly ArticlePage[]): ListedArticle[] {
  const byUrl = new Map<string, ListedArticle>();
  for (const p of visitedInOrder) byUrl.set(p.expected.canonicalUrl, { url: p.expected.canonicalUrl, title: normalizeSpace(p.expected.title) });
  return [...byUrl.values()];
}

/** Every way the listing differs from `expected` (order ignored); empty when they match exactly. */
export function listingDifferences(state: PopupState, expected: readonly ListedArticle[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const item of state.items) seen.set(item.url, (seen.get(item.url) ?? 0) + 1);
  for (const [url, count] of seen) if (count > 1) problems.push(`listed ${count} times: ${url}`);
  const expectedUrls = new Set(expected.map((e) => e.url));
  for (const item of state.items) {
    if (!expectedUrls.has(item.url)) problems.push(`listed but not expected: ${item.url || '(no data-url)'} "${item.title}"`);
  }
  for (const want of expected) {
    const got = state.items.find((i) => i.url === want.url);
    if (!got) problems.push(`missing: ${want.url} "${want.title}"`);
    else if (got.title !== want.title) problems.push(`title of ${want.url}: got "${got.title}", expected "${want.title}"`);
  }
  if (state.claimedCount !== null && state.claimedCount !== state.items.length) {
    problems.push(`the list says it holds ${state.claimedCount} rows (aria-setsize) but ${state.items.length} were read`);
  }
  if (state.strayItems > 0) problems.push(`${state.strayItems} article item(s) outside [data-testid="article-list"]`);
  if (expected.length > 0 && state.hasEmptyState) problems.push('the empty state is shown although articles are expected');
  if (expected.length === 0 && !state.hasEmptyState) problems.push('no [data-testid="empty-state"] with nothing saved');
  return problems;
}

/**
 * Reloads the popup until every expected URL is listed, then waits `settleMs` more and reads
 * it once again, so that a late save of a page that should not be saved is still caught.
 * Throws with the differences when the listing is not exactly `expected`.
 */
export async function expectExactListing(
  popup: Tab,
  expected: readonly ListedArticle[],
  { timeoutMs = 20_000, settleMs = 1_500 }: { timeoutMs?: number; settleMs?: number } = {},
): Promise<PopupState> {
  let last: PopupState | null = null;
  let first = true;
  await pollUntil(
    async () => {
      if (!first) await popup.reload();
      first = false;
      last = await readPopupWhenShown(popup);
      const listed = new Set(last.items.map((i) => i.url));
      return expected.every((e) => listed.has(e.url)) ? true : undefined;
    },
    {
      timeoutMs,
      intervalMs: 300,
      describe: () =>
        `popup never listed every expected article${last ? `:\n    ${listingDifferences(last, expected).join('\n    ')}\n  ` : ' (popup unreadable)'}`,
    },
  );
  await sleep(settleMs);
  await popup.reload();
  const final = await readPopupWhenShown(popup);
  const problems = listingDifferences(final, expected);
  if (problems.length > 0) throw new Error(`popup listing is not exactly the visited articles:\n    ${problems.join('\n    ')}`);
  return final;
}
