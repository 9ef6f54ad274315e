/**
 * Init script (runs before the page's own scripts) for the popup benches, in the
 * extension's pages of the .output-bench build:
 * - popup.html: the time the first list rows ([data-testid="article-item"], loaded rows,
 *   not placeholders) were painted: a MutationObserver from the document's start, then two
 *   animation frames, read as performance.now() (ms since the page's navigation start);
 * - bench-floor.html#first-paint: the floor's firstPaint() started by the page itself as
 *   soon as its module script has run (DOMContentLoaded), also ms since navigation start;
 * - popup.html: `armSearch()` for `search 10k`: from the next keydown in the search box
 *   (the event's own timeStamp) to the list showing that query's results, painted.
 * Results land in globalThis.benchPopup.
 */

interface Probe {
  /** ms since navigation start, once the first rows are painted. */
  firstRows: number | null;
  error: string | null;
  armSearch(): void;
  /** ms from the keydown to the results painted, once shown. */
  search: { ms: number; query: string; rows: number; countText: string } | null;
}

const probe: Probe = { firstRows: null, error: null, armSearch, search: null };
(globalThis as unknown as { benchPopup: Probe }).benchPopup = probe;

const ITEM = '[data-testid="article-item"]';
const COUNT = '[data-testid="article-count"]';
const SEARCH = '[data-testid="search-input"]';

function afterPaint(): Promise<number> {
  return new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(performance.now()))));
}

function watchFirstRows(): void {
  const seen = (): boolean => document.querySelector(ITEM) !== null;
  const done = (): void => {
    void afterPaint().then((t) => {
      probe.firstRows = t;
    });
  };
  const mo = new MutationObserver(() => {
    if (!seen()) return;
    mo.disconnect();
    done();
  });
  mo.observe(document, { childList: true, subtree: true });
}

/**
 * The results of a new query are shown when the list has said it is busy with it (the
 * count line empties while the query runs: it speaks only of settled results) and then
 * shows a settled count with loaded rows under it.
 */
function armSearch(): void {
  const input = document.querySelector<HTMLInputElement>(SEARCH);
  if (!input) throw new Error('no search box');
  probe.search = null;
  let start: number | null = null;
  let busySeen = false;
  const countText = (): string => document.querySelector(COUNT)?.textContent?.trim() ?? '';
  const check = (): void => {
    if (start === null) return;
    if (!busySeen) {
      busySeen = countText() === '';
      if (!busySeen) return;
    }
    const rows = document.querySelectorAll(ITEM).length;
    if (countText() === '' || rows === 0) return;
    mo.disconnect();
    const t0 = start;
    void afterPaint().then((t) => {
      probe.search = { ms: t - t0, query: input.value, rows, countText: countText() };
    });
  };
  const mo = new MutationObserver(check);
  input.addEventListener(
    'keydown',
    (e) => {
      start = e.timeStamp;
      mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    },
    { once: true, capture: true },
  );
}

if (location.pathname.endsWith('/popup.html')) watchFirstRows();
if (location.pathname.endsWith('/bench-floor.html') && location.hash === '#first-paint') {
  document.addEventListener('DOMContentLoaded', () => {
    const floor = (globalThis as unknown as { benchFloor?: { firstPaint(): Promise<number> } }).benchFloor;
    if (!floor) {
      probe.error = 'bench-floor.html defines no benchFloor';
      return;
    }
    floor.firstPaint().then(
      (t) => {
        probe.firstRows = t;
      },
      (e: unknown) => {
        probe.error = String(e);
      },
    );
  });
}
