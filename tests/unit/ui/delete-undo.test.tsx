import { describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { click, expectTitles, key, mountApp, onEachTest, save, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;
onEachTest('ui-delete', (d) => (db = d), () => {
  m?.unmount();
  m = null;
});

describe('delete with undo', () => {
  it('deletes from the list, offers undo, and undo puts the article back exactly as it was', async () => {
    const id = await save(db, 'one', { title: 'First' }, 1);
    await save(db, 'two', { title: 'Second' }, 2);
    const before = await db.articles.get(id);
    m = mountApp(db);
    await expectTitles(m, ['Second', 'First']);
    const del = m.all('article-item')[1]!.querySelector<HTMLButtonElement>('[data-testid="article-delete"]')!;
    expect(del.getAttribute('aria-label')).toBe('Delete “First”');
    await click(del);
    await expectTitles(m, ['Second']);
    expect(await db.articles.get(id)).toBeUndefined();
    const toast = await waitFor(() => m?.q('undo-toast'));
    expect(toast.textContent).toContain('Deleted “First”');
    await click(m.q('undo-button'));
    await expectTitles(m, ['Second', 'First']);
    expect(await db.articles.get(id)).toEqual(before);
    expect(m.q('undo-toast')).toBeNull();
  });

  it('deletes from the reader and goes back to the list; the toast leaves after its time and the delete stays', async () => {
    const id = await save(db, 'one', { title: 'Doomed' }, 1);
    m = mountApp(db, { undoMs: 150 });
    await click(await waitFor(() => m?.q('article-open')));
    await click(await waitFor(() => m?.q('reader-delete')));
    await waitFor(() => m?.q('empty-state'));
    expect(m.q('reader')).toBeNull();
    await waitFor(() => m?.q('undo-toast'));
    await waitFor(() => m?.q('undo-toast') === null);
    expect(await db.articles.get(id)).toBeUndefined();
  });

  it('deletes the focused row with the Delete key', async () => {
    await save(db, 'one', { title: 'Keyboard victim' }, 1);
    m = mountApp(db);
    const link = await waitFor(() => m?.q('article-open'));
    link.focus();
    await key(link, 'Delete');
    await waitFor(() => m?.q('empty-state'));
    await click(await waitFor(() => m?.q('undo-button')));
    await expectTitles(m, ['Keyboard victim']);
  });
});
