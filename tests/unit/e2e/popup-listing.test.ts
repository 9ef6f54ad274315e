/**
 * How the e2e reads the popup's article list and compares it with the expected articles.
 * The page side runs here on happy-dom's document through a Tab that evaluates in-process.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PageFunction, Tab } from '../../e2e/browsers/session.ts';
import { type PopupState, listingDifferences, readPopup } from '../../e2e/popup.ts';

const inProcessTab: Tab = {
  url: async () => location.href,
  evaluate: async <Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg) => fn(arg),
  reload: async () => undefined,
  waitForSelector: async () => undefined,
  screenshot: async () => undefined,
  close: async () => undefined,
  // Reading the list never clicks, types or opens dialogs; any use would be a bug in readPopup.
  click: async () => {
    throw new Error('readPopup must not click');
  },
  type: async () => {
    throw new Error('readPopup must not type');
  },
  press: async () => {
    throw new Error('readPopup must not press keys');
  },
  dialogs: () => [],
};

function row(url: string, title: string, position: number, size: number): string {
  return `<li data-testid="article-item" data-url="${url}" aria-posinset="${position}" aria-setsize="${size}">
    <span data-testid="article-title">  ${title}\n </span></li>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readPopup', () => {
  it('reads rows in list order by aria-posinset, with titles whitespace-normalised', async () => {
    document.body.innerHTML = `<ul data-testid="article-list">${row('https://b/', 'B  title', 2, 2)}${row('https://a/', 'A', 1, 2)}</ul>`;
    const state = await readPopup(inProcessTab);
    expect(state.items).toEqual([
      { url: 'https://a/', title: 'A' },
      { url: 'https://b/', title: 'B title' },
    ]);
    expect(state.claimedCount).toBe(2);
    expect(state.hasList).toBe(true);
    expect(state.hasEmptyState).toBe(false);
  });

  it('counts article items outside the list and sees the empty state', async () => {
    document.body.innerHTML = `<div data-testid="empty-state">Nothing yet</div><ul>${row('https://x/', 'X', 1, 1)}</ul>`;
    const state = await readPopup(inProcessTab);
    expect(state.items).toEqual([]);
    expect(state.strayItems).toBe(1);
    expect(state.hasEmptyState).toBe(true);
  });

  it('waits for rows still loading (aria-busy) before reading', async () => {
    document.body.innerHTML = `<ul data-testid="article-list"><li aria-busy="true"></li></ul>`;
    setTimeout(() => {
      document.body.innerHTML = `<ul data-testid="article-list">${row('https://a/', 'A', 1, 1)}</ul>`;
    }, 150);
    const state = await readPopup(inProcessTab);
    expect(state.items).toEqual([{ url: 'https://a/', title: 'A' }]);
  });
});

describe('listingDifferences', () => {
  const base: PopupState = { items: [], claimedCount: null, strayItems: 0, hasList: true, hasEmptyState: false };
  const expected = [
    { url: 'https://a/', title: 'A' },
    { url: 'https://b/', title: 'B' },
  ];

  it('is empty for exactly the expected articles, in any order', () => {
    expect(listingDifferences({ ...base, items: [expected[1]!, expected[0]!] }, expected)).toEqual([]);
  });

  it('names what is missing, unexpected, listed twice or titled differently', () => {
    const problems = listingDifferences(
      {
        ...base,
        items: [
          { url: 'https://a/', title: 'A?' },
          { url: 'https://c/', title: 'C' },
          { url: 'https://c/', title: 'C' },
        ],
      },
      expected,
    );
    expect(problems).toEqual([
      'listed 2 times: https://c/',
      'listed but not expected: https://c/ "C"',
      'listed but not expected: https://c/ "C"',
      'title of https://a/: got "A?", expected "A"',
      'missing: https://b/ "B"',
    ]);
  });

  it('flags a row count that disagrees with aria-setsize, stray items and a wrong empty state', () => {
    expect(listingDifferences({ ...base, items: expected, claimedCount: 3 }, expected)).toEqual([
      'the list says it holds 3 rows (aria-setsize) but 2 were read',
    ]);
    expect(listingDifferences({ ...base, items: expected, strayItems: 1, hasEmptyState: true }, expected)).toEqual([
      '1 article item(s) outside [data-testid="article-list"]',
      'the empty state is shown although articles are expected',
    ]);
    expect(listingDifferences({ ...base, hasEmptyState: false }, [])).toEqual(['no [data-testid="empty-state"] with nothing saved']);
  });
});
