import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { DalaDatabase } from '../../../src/storage/db';
import { getSettings } from '../../../src/storage/settings';
import { initI18n, setLanguage } from '../../../src/i18n';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import type { StorageAccess } from '../../../src/ui/persist';
import { persistStorage } from '../../../src/ui/persist';
import { bulkArticles, click, dropDb, freshDb, type, waitFor } from './harness';

let db: DalaDatabase;
let root: HTMLElement;

beforeEach(async () => {
  await initI18n('en');
  await setLanguage('en');
  document.documentElement.dir = 'ltr';
  db = freshDb('ui-options');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await dropDb(db);
  await setLanguage('en');
});

const q = <E extends Element = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid="${id}"]`);

function storage(persisted: boolean): StorageAccess & { asked: number } {
  const s = {
    asked: 0,
    persisted: async () => persisted,
    persist: async () => {
      s.asked++;
      persisted = true;
      return true;
    },
    estimate: async () => ({ usage: 12_345_678, quota: 2_000_000_000 }),
  };
  return s;
}

describe('the settings page', () => {
  it('sets each site’s save mode', async () => {
    render(<OptionsApp db={db} storage={storage(true)} />, root);
    const ask = await waitFor(() => q<HTMLInputElement>('save-mode-senate-ask'));
    await waitFor(() => q<HTMLInputElement>('save-mode-senate-auto')?.checked);
    await click(ask);
    await waitFor(() => q('options-status')?.textContent === 'Settings saved.');
    expect((await getSettings(db)).saveMode).toEqual({ kazinform: 'auto', qazaqtv: 'auto', senate: 'ask' });
    await click(q('save-mode-kazinform-never'));
    // The radio shows the stored state once the store answered.
    await waitFor(() => q<HTMLInputElement>('save-mode-kazinform-never')?.checked && !q<HTMLInputElement>('save-mode-kazinform-auto')?.checked);
    expect((await getSettings(db)).saveMode).toEqual({ kazinform: 'never', qazaqtv: 'auto', senate: 'ask' });
    expect(q('save-mode-kazinform')?.querySelector('legend')?.textContent).toBe('Kazinform');
  });

  it('shows storage used, the article count and persistence, and asks the browser to keep the library', async () => {
    await bulkArticles(db, 3);
    const s = storage(false);
    render(<OptionsApp db={db} storage={s} />, root);
    await waitFor(() => q('article-total')?.textContent === '3');
    await waitFor(() => q('storage-usage')?.textContent === '12.3 MB of 2 GB available');
    expect(q('storage-persisted')?.textContent).toBe('No: under storage pressure the browser may remove the library.');
    await click(q('persist-button'));
    await waitFor(() => q('storage-persisted')?.getAttribute('data-persisted') === 'true');
    expect(s.asked).toBe(1);
    expect(q('persist-button')).toBeNull();
  });

  it('deletes everything only after a confirmation, and really erases', async () => {
    await bulkArticles(db, 5);
    render(<OptionsApp db={db} storage={storage(true)} />, root);
    await waitFor(() => q('article-total')?.textContent === '5');
    await click(q('delete-all'));
    const confirm = await waitFor(() => q('delete-all-confirm'));
    expect(confirm.textContent).toContain('Saved articles: 5. Delete them all?');
    await click(q('cancel-delete-all'));
    expect(await db.articles.count()).toBe(5);
    await click(q('delete-all'));
    await click(await waitFor(() => q('confirm-delete-all')));
    await waitFor(() => q('options-status')?.textContent === 'Deleted: 5');
    expect(await db.articles.count()).toBe(0);
    await waitFor(() => q('article-total')?.textContent === '0');
    expect(q<HTMLButtonElement>('delete-all')?.disabled).toBe(true);
  });

  it('switches the interface language, right to left for Kazakh in Arabic script', async () => {
    render(<OptionsApp db={db} storage={storage(true)} />, root);
    await type(await waitFor(() => q<HTMLSelectElement>('language-switch')), 'kk-Arab');
    await waitFor(() => root.querySelector('h1')?.textContent === 'Dala Reader باپتاۋلارى');
    expect(document.documentElement.dir).toBe('rtl');
    // The choice is stored after the switch; the page says so when it is.
    await waitFor(() => q('options-status')?.textContent === 'باپتاۋلار ساقتالدى.');
    expect((await getSettings(db)).uiLanguage).toBe('kk-Arab');
  });

  it('shows storage failures in words', async () => {
    db.close();
    render(<OptionsApp db={db} storage={storage(true)} />, root);
    const err = await waitFor(() => q('options-error'));
    expect(err.textContent).toBe(
      'The browser does not let Dala Reader use its database here (a private window, or history set to never be remembered).',
    );
  });
});

describe('persistStorage', () => {
  it('asks only when not yet persisted, and reports failures', async () => {
    const s = storage(true);
    expect(await persistStorage(s)).toEqual({ persisted: true, error: null });
    expect(s.asked).toBe(0);
    expect(await persistStorage(undefined)).toEqual({ persisted: null, error: null });
    expect(await persistStorage({ persist: () => Promise.reject(new Error('denied')) })).toEqual({ persisted: null, error: 'denied' });
  });
});
