import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import type { DalaDatabase } from '../../../src/storage/db';
import { saveArticle } from '../../../src/storage/articles';
import { makeArticle } from '../helpers/article';
import { click, expectTitles, mountApp, onEachTest, save, titles, type, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-list', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

describe('the list', () => {
  it('explains what to do when nothing is saved', async () => {
    m = mountApp(db);
    const empty = await waitFor(() => m?.q('empty-state'));
    expect(empty.textContent).toContain('No saved articles yet');
    expect(empty.textContent).toContain('qazinform.com');
  });

  it('lists newest saved first with title, site, edition, date as printed in Kazakhstan, and a snippet', async () => {
    await save(db, 'older', { title: 'Older' }, 1);
    await saveArticle(
      db,
      makeArticle({
        site: 'senate',
        lang: 'ru',
        url: 'https://senate.parlam.kz/ru-RU/news/details/8816',
        canonicalUrl: 'https://senate.parlam.kz/ru-RU/news/details/8816',
        title: 'Newer',
        publishedAt: '2026-01-30T17:36:00+05:00',
        lead: 'Сенаторы обсудили законопроект.',
      }),
      2,
    );
    m = mountApp(db);
    await waitFor(() => titles(m!).length === 2);
    expect(titles(m)).toEqual(['Newer', 'Older']);
    const [first, second] = m.all('article-item');
    expect(first?.getAttribute('data-url')).toBe('https://senate.parlam.kz/ru-RU/news/details/8816');
    expect(first?.textContent).toContain('Senate');
    expect(first?.textContent).toContain('Russian');
    expect(first?.textContent).toContain('30 Jan 2026');
    expect(first?.textContent).toContain('17:36');
    expect(first?.querySelector('[data-testid="article-snippet"]')?.textContent).toBe('Сенаторы обсудили законопроект.');
    expect(second?.textContent).toContain('20 Mar 2023');
    await waitFor(() => m?.q('article-count')?.textContent === 'Saved: 2');
  });

  it('renders page text as text, never as markup', async () => {
    await save(db, 'x', { title: '<img src=x onerror="window.__pwned=1">Title', paragraphs: ['<b>bold?</b> & more'] });
    m = mountApp(db);
    const title = await waitFor(() => m?.q('article-title'));
    expect(title.textContent).toBe('<img src=x onerror="window.__pwned=1">Title');
    expect(m.q('article-snippet')?.textContent).toBe('<b>bold?</b> & more');
    expect(m.root.querySelector('img, b')).toBeNull();
  });

  it('follows saves and deletes made while it is open', async () => {
    m = mountApp(db);
    await waitFor(() => m?.q('empty-state'));
    const id = await save(db, 'live', { title: 'Arrived' });
    await waitFor(() => titles(m!).includes('Arrived'));
    await db.articles.delete(id);
    await waitFor(() => m?.q('empty-state'));
  });

  it('sorts by published date, undated articles last', async () => {
    await save(db, 'a', { title: 'Published 2020, saved last', publishedAt: '2020-01-01T10:00:00+06:00' }, 30);
    await save(db, 'b', { title: 'Published 2025, saved first', publishedAt: '2025-05-05T10:00:00+05:00' }, 10);
    await save(db, 'c', { title: 'Undated', publishedAt: null }, 20);
    m = mountApp(db);
    await waitFor(() => titles(m!).length === 3);
    expect(titles(m)).toEqual(['Published 2020, saved last', 'Undated', 'Published 2025, saved first']);
    await click(m.q('filters-toggle'));
    await type(m.q<HTMLSelectElement>('sort-select')!, 'publishedAt');
    await expectTitles(m, ['Published 2025, saved first', 'Published 2020, saved last', 'Undated']);
  });

  it('filters by site, edition language, tag and date range, and clears them', async () => {
    await save(db, 'en', { title: 'English Kazinform', publishedAt: '2023-03-20T22:00:00+06:00', tags: [{ label: 'Majilis', url: 'https://qazinform.com/tag/majilis' }] }, 1);
    await save(db, 'ru', { title: 'Russian Kazinform', lang: 'ru', publishedAt: '2024-06-01T09:00:00+05:00', tags: [{ label: 'Сенат', url: '' }] }, 2);
    await saveArticle(
      db,
      makeArticle({ site: 'qazaqtv', url: 'https://qazaqtv.com/en/news/1', canonicalUrl: 'https://qazaqtv.com/en/news/1', title: 'Qazaq TV English', publishedAt: '2025-01-10T12:00:00+05:00', tags: [{ label: 'MAJILIS', url: '' }] }),
      3,
    );
    m = mountApp(db);
    await waitFor(() => titles(m!).length === 3);
    await click(m.q('filters-toggle'));

    await type(m.q<HTMLSelectElement>('filter-site')!, 'qazaqtv');
    await expectTitles(m, ['Qazaq TV English']);
    await waitFor(() => m?.q('article-count')?.textContent === 'Found: 1');

    await type(m.q<HTMLSelectElement>('filter-site')!, '');
    await type(m.q<HTMLSelectElement>('filter-lang')!, 'ru');
    await expectTitles(m, ['Russian Kazinform']);

    await type(m.q<HTMLSelectElement>('filter-lang')!, '');
    // Tags match folded: "majilis" finds both "Majilis" and "MAJILIS".
    await type(m.q<HTMLInputElement>('filter-tag')!, 'majilis');
    await expectTitles(m, ['Qazaq TV English', 'English Kazinform']);

    await type(m.q<HTMLInputElement>('filter-tag')!, '');
    await type(m.q<HTMLSelectElement>('sort-select')!, 'publishedAt');
    await type(m.q<HTMLInputElement>('filter-from')!, '2024-01-01');
    await type(m.q<HTMLInputElement>('filter-to')!, '2024-12-31');
    await expectTitles(m, ['Russian Kazinform']);

    await click(m.q('filters-clear'));
    await expectTitles(m, ['Qazaq TV English', 'Russian Kazinform', 'English Kazinform']);
    expect(m.q<HTMLSelectElement>('sort-select')?.value).toBe('savedAt');
  });

  it('says clearly when the database cannot be used, instead of an empty list', async () => {
    db.close();
    m = mountApp(db);
    const err = await waitFor(() => m?.q('load-error'));
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('The browser does not let Dala Reader use its database here');
    expect(m.q('empty-state')).toBeNull();
  });

  it('says so when nothing matches the filters', async () => {
    await save(db, 'a');
    m = mountApp(db);
    await waitFor(() => titles(m!).length === 1);
    await click(m.q('filters-toggle'));
    await type(m.q<HTMLSelectElement>('filter-site')!, 'senate');
    const none = await waitFor(() => m?.q('no-results'));
    expect(none.textContent).toBe('No saved article matches.');
    expect(m.q('empty-state')).toBeNull();
  });
});
