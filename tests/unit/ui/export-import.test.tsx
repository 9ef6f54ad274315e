import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { saveArticle } from '../../../src/storage/articles';
import type { DalaDatabase } from '../../../src/storage/db';
import { exportArticles } from '../../../src/storage/exports';
import { getSettings, updateSettings } from '../../../src/storage/settings';
import { initI18n, setLanguage } from '../../../src/i18n';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { downloadFile } from '../../../src/ui/transfer/download';
import { makeArticle } from '../helpers/article';
import { click, dropDb, expectTitles, freshDb, mountApp, type, waitFor, type Mounted } from './harness';

const APP = { name: 'Dala Reader', version: '9.8.7' };
const STORAGE = { persisted: async () => true, estimate: async () => ({ usage: 1, quota: 2 }) };

let db: DalaDatabase;
let root: HTMLElement;
const dbs: DalaDatabase[] = [];

/** What the page handed to the browser to download: the Blob behind the object URL, the anchor's name, revoked URLs. */
interface Downloads {
  blobs: Blob[];
  names: string[];
  revoked: string[];
}
let downloads: Downloads;

beforeEach(async () => {
  await initI18n('en');
  await setLanguage('en');
  document.documentElement.dir = 'ltr';
  db = freshDb('ui-transfer');
  root = document.createElement('div');
  document.body.append(root);
  downloads = { blobs: [], names: [], revoked: [] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b: Blob | MediaSource) => {
    downloads.blobs.push(b as Blob);
    return `blob:dala/${downloads.blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u: string) => void downloads.revoked.push(u));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    expect(this.href).toBe(`blob:dala/${downloads.blobs.length}`);
    downloads.names.push(this.download);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  render(null, root);
  root.remove();
  for (const d of [db, ...dbs.splice(0)]) await dropDb(d);
  await setLanguage('en');
});

const q = <E extends Element = HTMLElement>(id: string) => root.querySelector<E>(`[data-testid="${id}"]`);

function url(slug: string): string {
  return `https://qazinform.com/news/${slug}`;
}

async function put(target: DalaDatabase, slug: string, title: string, savedAt = 1_700_000_000_000, over = {}): Promise<void> {
  await saveArticle(target, makeArticle({ url: url(slug), canonicalUrl: url(slug), title, ...over }), savedAt);
}

/** A backup file made by another profile holding these articles and settings. */
async function backupOf(fill: (other: DalaDatabase) => Promise<void>): Promise<string> {
  const other = freshDb('ui-transfer-src');
  dbs.push(other);
  await fill(other);
  return (await exportArticles(other, 'backup', 'all', APP, { now: Date.UTC(2025, 0, 15, 12) })).file.data as string;
}

/** The library and the settings, everything an import could touch. */
async function snapshot(target: DalaDatabase): Promise<string> {
  const tables = [target.articles, target.settings, target.nameSigs, target.nameRefs, target.nameLog];
  return JSON.stringify(await Promise.all(tables.map((t) => t.toArray())));
}

async function pick(text: string, name = 'backup.json'): Promise<void> {
  const input = await waitFor(() => q<HTMLInputElement>('import-file'));
  const file = new File([text], name, { type: 'application/json' });
  await act(() => {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function mount(): void {
  render(<OptionsApp db={db} storage={STORAGE} app={APP} />, root);
}

describe('export on the settings page', () => {
  it('downloads the whole library as a JSON backup with the settings, then as CSV, Markdown, CSL-JSON and RIS', async () => {
    await put(db, 'astana-summit-1a', 'Astana summit');
    await put(db, 'senate-session-2b', 'Senate session', 1_700_000_100_000);
    await updateSettings(db, { saveMode: { kazinform: 'ask', qazaqtv: 'auto', senate: 'never' } });
    mount();
    await waitFor(() => q('article-total')?.textContent === '2');
    const format = q<HTMLSelectElement>('export-format');
    expect([...(format?.options ?? [])].map((o) => o.textContent)).toEqual([
      'JSON backup (everything, with settings)',
      'Markdown (a zip, one file per article)',
      'CSV (spreadsheet)',
      'CSL-JSON (Zotero)',
      'RIS (reference managers)',
    ]);

    await click(q('export-library'));
    await waitFor(() => downloads.blobs.length === 1);
    const backup = downloads.blobs[0] as Blob;
    expect(backup.type).toBe('application/json');
    const parsed = JSON.parse(await backup.text()) as { format: string; app: unknown; settings: { saveMode: unknown }; articles: { title: string }[] };
    expect(parsed.format).toBe('dala-reader-backup');
    expect(parsed.app).toEqual(APP);
    expect(parsed.settings.saveMode).toEqual({ kazinform: 'ask', qazaqtv: 'auto', senate: 'never' });
    expect(parsed.articles.map((a) => a.title)).toEqual(['Astana summit', 'Senate session']);
    expect(downloads.names[0]).toMatch(/^dala-reader-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await waitFor(() => q('export-status')?.textContent === `Articles exported: 2 (${downloads.names[0]})`);

    const expectations: [string, string, (b: Blob) => Promise<void>][] = [
      ['csv', 'text/csv', async (b) => expect(await b.text()).toMatch(/Astana summit[\s\S]*Senate session|Senate session[\s\S]*Astana summit/)],
      ['markdown', 'application/zip', async (b) => expect(new TextDecoder().decode(new Uint8Array(await b.arrayBuffer()).slice(0, 2))).toBe('PK')],
      ['csl-json', 'application/vnd.citationstyles.csl+json', async (b) => expect((JSON.parse(await b.text()) as unknown[]).length).toBe(2)],
      ['ris', 'application/x-research-info-systems', async (b) => expect((await b.text()).match(/^TY {2}- /gm)?.length).toBe(2)],
    ];
    for (const [value, mime, check] of expectations) {
      await type(q<HTMLSelectElement>('export-format') as HTMLSelectElement, value);
      const before = downloads.blobs.length;
      await click(q('export-library'));
      await waitFor(() => downloads.blobs.length === before + 1);
      const blob = downloads.blobs[before] as Blob;
      expect(blob.type.split(';')[0], value).toBe(mime);
      await check(blob);
    }
  });

  it('revokes the object URL after the download started, and removes the anchor', async () => {
    downloadFile({ fileName: 'x.csv', mimeType: 'text/csv', data: 'a,b\n' }, document, 0);
    expect(downloads.names).toEqual(['x.csv']);
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => downloads.revoked.length === 1);
    expect(downloads.revoked).toEqual(['blob:dala/1']);
    expect(await (downloads.blobs[0] as Blob).text()).toBe('a,b\n');
  });
});

describe('import on the settings page', () => {
  it('previews a backup, merges it and reports the counts', async () => {
    await put(db, 'same-1', 'Same in both');
    await put(db, 'older-2', 'Older here', 1_700_000_000_000, { paragraphs: ['The first version of the text.'] });
    const file = await backupOf(async (other) => {
      await put(other, 'same-1', 'Same in both');
      await put(other, 'older-2', 'Newer in the file', 1_700_000_000_000, { paragraphs: ['The second version of the text.'] });
      await put(other, 'new-3', 'Only in the file');
      await other.articles.filter((a) => a.title === 'Newer in the file').modify({ updatedAt: 1_800_000_000_000 });
    });
    mount();
    await pick(file);
    await waitFor(() => q('import-preview-count')?.textContent === '3');
    expect(q('import-preview')?.textContent).toContain('Dala Reader 9.8.7');
    expect(q<HTMLInputElement>('import-settings')?.checked).toBe(false);
    await click(q('import-confirm'));
    const result = await waitFor(() => q('import-result'));
    expect(result.textContent).toBe('Imported. Added: 1; updated: 1; unchanged: 1; skipped (the library has a newer text): 0.');
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['Newer in the file', 'Only in the file', 'Same in both']);
    await waitFor(() => q('article-total')?.textContent === '3');
    expect(q('import-preview')).toBeNull();
  });

  it.each([
    ['not JSON', () => 'Title,URL\nAstana,https://qazinform.com/\n', 'This file is not a Dala Reader backup: it is not JSON.'],
    ['another JSON file', () => JSON.stringify({ items: [{ title: 'x' }] }), 'This file is not a Dala Reader backup: it is JSON of another kind.'],
    [
      'a newer version',
      (b: string) => b.replace('"version":1', '"version":2'),
      'This backup was made by a newer version of Dala Reader. Update the extension, then import it again.',
    ],
    ['a damaged record', (b: string) => b.replace('"title":"Incoming"', '"title":17'), 'The backup is damaged: articles[0].title is missing or wrong.'],
  ])('refuses %s with a clear message and changes nothing', async (_what, make, message) => {
    await put(db, 'kept-1', 'Kept');
    const good = await backupOf((other) => put(other, 'incoming-2', 'Incoming'));
    const before = await snapshot(db);
    mount();
    await pick(make(good));
    const error = await waitFor(() => q('import-error'));
    expect(error.textContent).toBe(`${message} Nothing was changed.`);
    expect(error.getAttribute('role')).toBe('alert');
    expect(q('import-confirm')).toBeNull();
    expect(await snapshot(db)).toBe(before);
  });

  it('says in the interface language what is wrong', async () => {
    await setLanguage('ru');
    mount();
    await pick('{"format":"something-else"}');
    expect((await waitFor(() => q('import-error'))).textContent).toBe('Этот файл не резервная копия Dala Reader: это JSON другого вида. Ничего не изменено.');
  });

  it('shows a storage failure met while importing, and nothing is imported', async () => {
    const file = await backupOf((other) => put(other, 'a-1', 'A'));
    mount();
    await pick(file);
    const confirm = await waitFor(() => q<HTMLButtonElement>('import-confirm'));
    db.close();
    await click(confirm);
    const error = await waitFor(() => q('import-error'));
    expect(error.textContent).toBe(
      'The browser does not let Dala Reader use its database here (a private window, or history set to never be remembered). Nothing was changed.',
    );
    await db.open();
    expect(await db.articles.count()).toBe(0);
  });

  it('imports the settings only when asked', async () => {
    const file = await backupOf(async (other) => {
      await put(other, 'a-1', 'A');
      await updateSettings(other, { saveMode: { kazinform: 'never', qazaqtv: 'ask', senate: 'auto' } });
    });
    mount();
    await pick(file);
    await click(await waitFor(() => q('import-confirm')));
    await waitFor(() => q('import-result')?.textContent === 'Imported. Added: 1; updated: 0; unchanged: 0; skipped (the library has a newer text): 0.');
    expect((await getSettings(db)).saveMode).toEqual({ kazinform: 'auto', qazaqtv: 'auto', senate: 'auto' });

    await pick(file);
    await click(await waitFor(() => q('import-settings')));
    expect(q<HTMLInputElement>('import-settings')?.checked).toBe(true);
    await click(q('import-confirm'));
    await waitFor(() => q('import-result')?.textContent?.endsWith("The settings were replaced by the backup's."));
    expect(q('import-result')?.textContent).toContain('unchanged: 1');
    expect((await getSettings(db)).saveMode).toEqual({ kazinform: 'never', qazaqtv: 'ask', senate: 'auto' });
    // The page shows the imported settings.
    await waitFor(() => q<HTMLInputElement>('save-mode-kazinform-never')?.checked && q<HTMLInputElement>('save-mode-qazaqtv-ask')?.checked);
  });

  it('keeps the buttons disabled while importing', async () => {
    const file = await backupOf((other) => put(other, 'a-1', 'A'));
    mount();
    await pick(file);
    const confirm = await waitFor(() => q<HTMLButtonElement>('import-confirm'));
    await act(() => confirm.click());
    expect(q<HTMLButtonElement>('import-confirm')?.disabled).toBe(true);
    expect(q<HTMLInputElement>('import-file')?.disabled).toBe(true);
    await waitFor(() => q('import-result'));
    expect(q<HTMLInputElement>('import-file')?.disabled).toBe(false);
  });
});

describe('export of the current list in the library tab', () => {
  let app: Mounted | null = null;
  afterEach(() => {
    app?.unmount();
    app = null;
  });

  it('exports the searched list, in its order, in every format; a backup of the list holds only its articles', async () => {
    await put(db, 'astana-1', 'Astana hosts a summit', 1_700_000_000_000);
    await put(db, 'almaty-2', 'Almaty marathon', 1_700_000_100_000, { paragraphs: ['Runners in Almaty.'], tags: [] });
    await put(db, 'astana-3', 'Senate meets in Astana', 1_700_000_200_000);
    app = mountApp(db, { mode: 'library', appInfo: APP });
    await expectTitles(app, ['Senate meets in Astana', 'Almaty marathon', 'Astana hosts a summit']);
    const format = await waitFor(() => app?.q<HTMLSelectElement>('export-format'));
    expect([...format.options].map((o) => o.textContent)[0]).toBe('JSON backup of this list (with settings)');

    await type(app.q<HTMLInputElement>('search-input') as HTMLInputElement, 'astana');
    await expectTitles(app, ['Senate meets in Astana', 'Astana hosts a summit']);
    await type(format, 'csl-json');
    await click(app.q('export-list'));
    await waitFor(() => downloads.blobs.length === 1);
    const csl = JSON.parse(await (downloads.blobs[0] as Blob).text()) as { title: string }[];
    expect(csl.map((c) => c.title)).toEqual(['Senate meets in Astana', 'Astana hosts a summit']);

    await type(format, 'backup');
    await click(app.q('export-list'));
    await waitFor(() => downloads.blobs.length === 2);
    const backup = downloads.blobs[1] as Blob;
    expect(backup.type).toBe('application/json');
    const parsed = JSON.parse(await backup.text()) as { app: unknown; settings: unknown; articles: { title: string }[] };
    expect(parsed.articles.map((a) => a.title)).toEqual(['Astana hosts a summit', 'Senate meets in Astana']);
    expect(parsed.app).toEqual(APP);
    expect(parsed.settings).toEqual(await getSettings(db));

    await type(format, 'csv');
    await click(app.q('export-list'));
    await waitFor(() => downloads.blobs.length === 3);
    const csv = await (downloads.blobs[2] as Blob).text();
    expect(csv).toContain('Senate meets in Astana');
    expect(csv).not.toContain('Almaty marathon');
    expect(app.q('export-status')?.textContent).toBe(`Articles exported: 2 (${downloads.names[2]})`);
  });

  it('cannot export an empty list, and the compact popup offers no export', async () => {
    await put(db, 'astana-1', 'Astana hosts a summit');
    app = mountApp(db, { mode: 'library', appInfo: APP });
    await expectTitles(app, ['Astana hosts a summit']);
    await type(app.q<HTMLInputElement>('search-input') as HTMLInputElement, 'nothingmatchesthis');
    await waitFor(() => app?.q('no-results'));
    expect(app.q<HTMLButtonElement>('export-list')?.disabled).toBe(true);
    app.unmount();
    app = mountApp(db, { mode: 'popup' });
    await expectTitles(app, ['Astana hosts a summit']);
    expect(app.q('export-list')).toBeNull();
    expect(app.q('export-format')).toBeNull();
  });
});
