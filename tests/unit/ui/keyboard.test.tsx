import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { click, key, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-keys', (d) => (db = d), () => {
  m?.unmount();
  m = null;
  history.replaceState(null, '', location.pathname);
});

describe('the keyboard', () => {
  it('`/` focuses the search box, from the list and from the reader; typed into a box it is just a character', async () => {
    await save(db, 'one', { title: 'One' });
    m = mountApp(db);
    const open = await waitFor(() => m?.q('article-open'));
    const slash = await key(document.body, '/');
    expect(slash.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(m.q('search-input'));
    const inBox = await key(m.q('search-input')!, '/');
    expect(inBox.defaultPrevented).toBe(false);

    await click(open);
    await waitFor(() => m?.q('reader-title'));
    await key(document.body, '/');
    await waitFor(() => document.activeElement === m?.q('search-input'));
    expect(m.q('reader')).toBeNull();
  });

  it('Esc leaves the notes view', async () => {
    m = mountApp(db);
    await click(await waitFor(() => m?.q('nav-notes')));
    await waitFor(() => m?.q('notes-view'));
    await key(document.body, 'Escape');
    await waitFor(() => m?.q('notes-view') === null);
    expect(m.q('list-view')?.closest('[hidden]')).toBeNull();
  });

  it('every button, link, box and select has an accessible name', async () => {
    await save(db, 'one', { title: 'One', tags: [{ label: 'Senate', url: 'https://qazinform.com/tag/senate' }] });
    m = mountApp(db, { openLibrary: () => {}, openOptions: () => {} });
    await waitFor(() => m?.q('article-item'));
    await click(m.q('filters-toggle'));
    const unnamed = () =>
      [...m!.root.querySelectorAll<HTMLElement>('button, a, input, select')].filter((el) => {
        const label = el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label')?.textContent?.trim();
        return !label;
      });
    expect(unnamed().map((el) => el.outerHTML)).toEqual([]);
    await click(m.q('article-open'));
    await waitFor(() => m?.q('reader-notes')?.textContent?.includes('No name'));
    expect(unnamed().map((el) => el.outerHTML)).toEqual([]);
  });

  it('the library tab keeps the open article in its address, and opens it from there', async () => {
    const id = await save(db, 'one', { title: 'Bookmarked' });
    m = mountApp(db, { mode: 'library' });
    await click(await waitFor(() => m?.q('article-open')));
    await waitFor(() => location.hash === `#article/${id}`);
    await key(document.body, 'Escape');
    await waitFor(() => location.hash === '');
    m.unmount();
    m = mountApp(db, { mode: 'library', initialArticleId: id });
    await waitFor(() => m?.q('reader-title')?.textContent === 'Bookmarked');
  });
});
