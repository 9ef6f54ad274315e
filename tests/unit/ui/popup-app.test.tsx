import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import Dexie from 'dexie';
import { App } from '../../../src/ui/popup/App';
import { openDatabase, type DalaDatabase } from '../../../src/storage/db';
import { saveArticle } from '../../../src/storage/articles';
import { initI18n, setLanguage } from '../../../src/i18n';
import { makeArticle } from '../helpers/article';

let db: DalaDatabase;
let root: HTMLElement;
let n = 0;

async function waitFor<T>(fn: () => T | null | undefined, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

beforeEach(async () => {
  await initI18n('en');
  await setLanguage('en');
  db = openDatabase(`popup-${++n}`);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  db.close();
  await Dexie.delete(db.name);
});

describe('popup', () => {
  it('explains what to do when nothing is saved', async () => {
    render(<App db={db} openTab={() => {}} />, root);
    const empty = await waitFor(() => root.querySelector('[data-testid="empty-state"]'));
    expect(empty.textContent).toContain('No saved articles yet');
    expect(empty.textContent).toContain('qazinform.com');
  });

  it('lists saved articles newest first with title, site and date, and opens the original on click', async () => {
    await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/a-aaaaaa', canonicalUrl: 'https://qazinform.com/news/a-aaaaaa', title: 'Older' }), 1);
    await saveArticle(
      db,
      makeArticle({
        site: 'senate',
        lang: 'ru',
        url: 'https://senate.parlam.kz/ru-RU/news/details/8816',
        canonicalUrl: 'https://senate.parlam.kz/ru-RU/news/details/8816',
        title: 'Newer',
        publishedAt: '2026-01-30T17:36:00+05:00',
      }),
      2,
    );
    const opened: string[] = [];
    render(<App db={db} openTab={(u) => opened.push(u)} />, root);
    const items = await waitFor(() => {
      const li = root.querySelectorAll('[data-testid="article-item"]');
      return li.length === 2 ? li : null;
    });
    expect([...items].map((li) => li.querySelector('[data-testid="article-title"]')?.textContent)).toEqual(['Newer', 'Older']);
    expect(items[0]?.textContent).toContain('Senate');
    // The date is shown as Kazakhstan printed it, whatever the test machine's zone.
    expect(items[0]?.textContent).toContain('30 Jan 2026');
    expect(items[0]?.textContent).toContain('17:36');
    expect(items[1]?.textContent).toContain('20 Mar 2023');
    (items[1]?.querySelector('a') as HTMLAnchorElement).click();
    expect(opened).toEqual(['https://qazinform.com/news/a-aaaaaa']);
  });

  it('renders page text as text, never as markup', async () => {
    await saveArticle(db, makeArticle({ title: '<img src=x onerror="window.__pwned=1">Title' }), 1);
    render(<App db={db} openTab={() => {}} />, root);
    const title = await waitFor(() => root.querySelector('[data-testid="article-title"]'));
    expect(title.textContent).toBe('<img src=x onerror="window.__pwned=1">Title');
    expect(root.querySelector('img')).toBeNull();
  });

  it('follows saves made while it is open', async () => {
    render(<App db={db} openTab={() => {}} />, root);
    await waitFor(() => root.querySelector('[data-testid="empty-state"]'));
    await saveArticle(db, makeArticle(), 1);
    await waitFor(() => root.querySelector('[data-testid="article-item"]'));
  });
});
