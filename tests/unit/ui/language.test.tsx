import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DalaDatabase } from '../../../src/storage/db';
import { getSettings, updateSettings } from '../../../src/storage/settings';
import { currentLanguage, initI18n, setLanguage } from '../../../src/i18n';
import { startLanguage } from '../../../src/ui/language';
import { dropDb, eventually, freshDb, mountApp, save, type, waitFor, type Mounted } from './harness';

let db: DalaDatabase;
let m: Mounted | null = null;

beforeEach(async () => {
  await initI18n('en');
  await setLanguage('en');
  document.documentElement.dir = 'ltr';
  db = freshDb('ui-lang');
});
afterEach(async () => {
  m?.unmount();
  m = null;
  await dropDb(db);
  await setLanguage('en');
});

describe('the interface language', () => {
  it('switches every string, remembers the choice, and lays Kazakh in Arabic script out right to left', async () => {
    await save(db, 'one', { title: 'Title', publishedAt: '2026-01-30T17:36:00+05:00' });
    m = mountApp(db);
    await waitFor(() => m?.q('article-item'));
    const select = m.q<HTMLSelectElement>('language-switch')!;
    expect(select.getAttribute('aria-label')).toBe('Interface language');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'As the browser',
      'English',
      'Русский',
      'Қазақша',
      'Qazaqşa',
      '中文',
      'Ўзбекча',
      'قازاقشا',
    ]);

    await type(select, 'ru');
    await waitFor(() => m?.q('nav-list')?.textContent === 'Статьи');
    expect(document.documentElement.lang).toBe('ru');
    expect(document.documentElement.dir).toBe('ltr');
    // Dates through Intl in the interface language.
    await waitFor(() => m?.q('article-date')?.textContent?.includes('янв'));
    await eventually(async () => (await getSettings(db)).uiLanguage === 'ru');

    await type(select, 'kk-Arab');
    await waitFor(() => m?.q('nav-list')?.textContent === 'ماقالالار');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('kk-Arab');
    expect(m.q('search-input')?.getAttribute('aria-label')).toBe('ساقتالعان ماقالالاردان ىزدەۋ');
    await eventually(async () => (await getSettings(db)).uiLanguage === 'kk-Arab');

    // Back to following the browser (English here).
    await type(select, '');
    await waitFor(() => m?.q('nav-list')?.textContent === 'Articles');
    expect(document.documentElement.dir).toBe('ltr');
    await eventually(async () => (await getSettings(db)).uiLanguage === null);
  });

  it('starts in the language chosen before, whatever the browser says', async () => {
    await updateSettings(db, { uiLanguage: 'kk-Latn' });
    const r = await startLanguage(db);
    expect(r).toEqual({ choice: 'kk-Latn', error: null });
    expect(currentLanguage()).toBe('kk-Latn');
    expect(document.documentElement.lang).toBe('kk-Latn');
    m = mountApp(db);
    await waitFor(() => m?.q<HTMLSelectElement>('language-switch')?.value === 'kk-Latn');
    expect(m.q('nav-list')?.textContent).toBe('Maqalalar');
  });

  it('still switches when the choice cannot be stored, and says why', async () => {
    m = mountApp(db);
    await waitFor(() => m?.q('empty-state'));
    db.close();
    await type(m.q<HTMLSelectElement>('language-switch')!, 'zh');
    await waitFor(() => m?.q('nav-list')?.textContent === '文章');
    const err = await waitFor(() => m?.q('app-error'));
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toContain('浏览器不允许 Dala Reader 在此使用其数据库');
  });
});
