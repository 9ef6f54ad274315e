import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { DalaDatabase } from '../../../src/storage/db';
import { ROW_HEIGHT } from '../../../src/ui/app/ListView';
import { bulkArticles, click, key, mountApp, onEachTest, titles, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-vlist', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

async function scrollTo(viewport: HTMLElement, top: number) {
  await act(() => {
    viewport.scrollTop = top;
    viewport.dispatchEvent(new Event('scroll'));
  });
}

describe('the windowed list', () => {
  it('keeps only the rows in view in the DOM, sized for all of them, and loads rows as it scrolls', async () => {
    await bulkArticles(db, 3000);
    m = mountApp(db);
    await waitFor(() => m?.q('article-count')?.textContent === 'Saved: 3,000');
    const list = await waitFor(() => m?.q('article-list'));
    const rowHeight = ROW_HEIGHT.popup;
    expect(list.style.height).toBe(`${3000 * rowHeight}px`);
    expect(titles(m)[0]).toBe('Article 2999');
    // A window's worth of rows, not three thousand.
    expect(m.all('article-item').length).toBeLessThan(30);
    expect(m.all('article-item')[0]?.getAttribute('aria-setsize')).toBe('3000');

    const viewport = list.parentElement as HTMLElement;
    await scrollTo(viewport, 2000 * rowHeight);
    await waitFor(() => titles(m!).includes('Article 999'));
    expect(m.all('article-item').length).toBeLessThan(40);
    const row = m.root.querySelector('[data-index="2000"]') as HTMLElement;
    expect(row.style.top).toBe(`${2000 * rowHeight}px`);
    expect(row.getAttribute('aria-posinset')).toBe('2001');

    await scrollTo(viewport, 2999 * rowHeight);
    await waitFor(() => titles(m!).includes('Article 0'));
  });

  it('paints the newest page before the whole order is known', async () => {
    await bulkArticles(db, 200);
    m = mountApp(db);
    // The first rows appear; the list is sized for the library from the count.
    await waitFor(() => titles(m!).length > 0);
    expect(titles(m)[0]).toBe('Article 199');
    await waitFor(() => m?.q('article-list')?.style.height === `${200 * ROW_HEIGHT.popup}px`);
  });

  it('moves through the rows with the arrow keys, Home and End, and opens the reader with Enter', async () => {
    await bulkArticles(db, 500);
    m = mountApp(db);
    await waitFor(() => titles(m!).length > 0 && m?.q('article-count')?.textContent === 'Saved: 500');
    const search = m.q<HTMLInputElement>('search-input')!;
    search.focus();
    await key(search, 'ArrowDown');
    const focused = () => document.activeElement?.closest('[data-index]')?.getAttribute('data-index');
    expect(focused()).toBe('0');
    await key(document.activeElement!, 'ArrowDown');
    await key(document.activeElement!, 'ArrowDown');
    await waitFor(() => focused() === '2');
    // Only the focused row is in the tab order.
    expect(m.root.querySelectorAll('.article-open[tabindex="0"]').length).toBe(1);
    await key(document.activeElement!, 'End');
    await waitFor(() => focused() === '499');
    // The row fills in under the focus.
    await waitFor(() => document.activeElement?.textContent?.includes('Article 0'));
    expect(focused()).toBe('499');
    await key(document.activeElement!, 'Home');
    await waitFor(() => focused() === '0');
    await key(document.activeElement!, 'ArrowUp');
    expect(focused()).toBe('0');

    // Enter on a link is a click.
    await click(document.activeElement);
    const title = await waitFor(() => m?.q('reader-title'));
    expect(title.textContent).toBe('Article 499');
    expect(m.q('list-view')?.closest('[hidden]')).not.toBeNull();
  });
});

describe('a short list', () => {
  it('is rendered whole', async () => {
    await bulkArticles(db, 40);
    m = mountApp(db);
    await waitFor(() => m?.all('article-item').length === 40);
  });
});
