/**
 * Taking the library out and back in (issues 4 and 7) in real browsers, on the settings page
 * as a person uses it: export a JSON backup, erase everything, import the file again.
 *
 * The download is caught in the page (the object URL the page makes for its <a download> is
 * read back as text; the click still goes to the browser, which saves the file in the
 * profile's downloads folder). The file is then handed to the import field as a person's file
 * choice would (a File in the input's FileList, then its change event). The library is read
 * straight from the extension's IndexedDB, so "the same library" is checked field for field,
 * name data included, ids included (an import keeps an article's id where it is free, so an
 * erased and restored library keeps its links), not through what the UI happens to show.
 */
import { byTestId, choose, click, waitFor } from '../actions.ts';
import { visitAllSaved } from '../browse.ts';
import type { Tab } from '../browsers/session.ts';
import { OPTIONS_PAGE } from '../extension.ts';
import { articleFixture } from '../fixtures.ts';
import { POPUP_PAGE, expectExactListing, expectedListing, readPopupWhenShown } from '../popup.ts';
import { test } from '../registry.ts';

/** Fixture articles of every site and several editions, one of them dated by the day alone. */
const ARTICLES = ['kazinform-en-2023', 'kazinform-ru-2026', 'kazinform-kk-arab-2026', 'qazaqtv-en-2023', 'senate-en-2023'];

/** Every store of the database, as the plain IndexedDB API reads it. */
type Stores = Record<string, unknown[]>;

/** The whole database `dala-reader` of the extension, read with the plain IndexedDB API. */
async function readDatabase(tab: Tab): Promise<Stores> {
  return tab.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('dala-reader');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
      }
      return stores;
    } finally {
      db.close();
    }
  }, null);
}

/** JSON with object keys sorted, so that two records with the same fields in another order compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The library as comparable lines: every article record (id included), every article's name refs, the name signatures. */
function libraryLines(stores: Stores): Record<string, string[]> {
  return {
    articles: (stores.articles ?? []).map(canonical).sort(),
    nameRefs: (stores.nameRefs ?? []).map(canonical).sort(),
    nameSigs: (stores.nameSigs ?? []).map(canonical).sort(),
  };
}

/** Starts recording the files the page hands to the browser (the Blob behind each object URL it makes). */
async function catchDownloads(tab: Tab): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { __dalaDownloads?: Blob[] };
    if (w.__dalaDownloads) return;
    const made: Blob[] = [];
    w.__dalaDownloads = made;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) made.push(obj);
      return original(obj);
    };
  }, null);
}

/** The text of the last file the page handed over, once there is one more than `before`. */
async function caughtDownload(tab: Tab, before: number): Promise<string> {
  return waitFor(
    tab,
    async (n) => {
      const made = (window as unknown as { __dalaDownloads?: Blob[] }).__dalaDownloads ?? [];
      return made.length > n ? await made[made.length - 1]!.text() : null;
    },
    before,
    () => 'the settings page made no file to download',
  );
}

/** Chooses a file for the import field, as a person's pick in the file dialog would. */
async function pickFile(tab: Tab, name: string, text: string): Promise<void> {
  const problem = await tab.evaluate(
    ({ name: n, text: body }) => {
      const input = document.querySelector('[data-testid="import-file"]');
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return 'no file field [data-testid="import-file"]';
      const picked = new DataTransfer();
      picked.items.add(new File([body], n, { type: 'application/json' }));
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return null;
    },
    { name, text },
  );
  if (problem) throw new Error(problem);
}

const textOf = (tab: Tab, testId: string): Promise<string> =>
  tab.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);

/** The differences between two libraries, store by store, a few lines each. */
function differences(want: Record<string, string[]>, got: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const store of Object.keys(want)) {
    const a = want[store] ?? [];
    const b = got[store] ?? [];
    const missing = a.filter((r) => !b.includes(r));
    const extra = b.filter((r) => !a.includes(r));
    if (missing.length === 0 && extra.length === 0 && a.length === b.length) continue;
    out.push(`${store}: ${a.length} record(s) before, ${b.length} after; ${missing.length} missing, ${extra.length} new`);
    for (const r of missing.slice(0, 2)) out.push(`  missing ${r.slice(0, 300)}`);
    for (const r of extra.slice(0, 2)) out.push(`  new     ${r.slice(0, 300)}`);
  }
  return out;
}

test('export, erase, import on the settings page: the JSON backup brings the library back field for field; a file that is not ours changes nothing', async (ctx) => {
  const pages = ARTICLES.map((name) => articleFixture(ctx.fixtures, name));
  const control = await ctx.session.openExtensionPage(POPUP_PAGE);
  await visitAllSaved(ctx, control, pages);
  await expectExactListing(control, expectedListing(pages));

  const options = await ctx.session.openExtensionPage(OPTIONS_PAGE);
  await waitFor(options, (n) => (document.querySelector('[data-testid="article-total"]')?.textContent?.trim() === String(n) ? true : null), pages.length, () =>
    `the settings page never counted ${pages.length} articles`,
  );
  const before = libraryLines(await readDatabase(options));
  if (before.articles!.length !== pages.length) throw new Error(`the database holds ${before.articles!.length} articles, expected ${pages.length}`);
  if (before.nameRefs!.length !== pages.length) throw new Error(`the name data covers ${before.nameRefs!.length} articles, not ${pages.length}`);
  if (before.nameSigs!.length === 0) throw new Error('the library has no name data to bring back');

  // Export: a JSON backup of the whole library, caught as the page hands it over.
  await catchDownloads(options);
  await choose(options, '[data-testid="export-format"]', 'backup');
  await click(options, byTestId('export-library'));
  const file = await caughtDownload(options, 0);
  let backup: { format?: unknown; articles?: unknown[] };
  try {
    backup = JSON.parse(file) as typeof backup;
  } catch {
    throw new Error(`the exported backup is not JSON: ${file.slice(0, 200)}`);
  }
  if (!Array.isArray(backup.articles) || backup.articles.length !== pages.length) {
    throw new Error(`the backup holds ${Array.isArray(backup.articles) ? backup.articles.length : 'no'} articles, expected ${pages.length}`);
  }
  ctx.log(`backup: ${file.length} characters, ${backup.articles.length} articles, format ${String(backup.format)}`);

  // Erase everything, through the confirmation.
  await click(options, byTestId('delete-all'));
  await click(options, byTestId('confirm-delete-all'));
  await waitFor(options, () => (document.querySelector('[data-testid="article-total"]')?.textContent?.trim() === '0' ? true : null), null, () =>
    'the settings page still counts articles after erasing everything',
  );
  const erased = await readDatabase(options);
  const left = Object.entries(erased)
    .filter(([store, rows]) => store !== 'settings' && store !== 'nameLog' && rows.length > 0)
    .map(([store, rows]) => `${store}: ${rows.length}`);
  if (left.length > 0) throw new Error(`"delete everything" left records behind: ${left.join(', ')}`);
  // Read in a fresh popup page: one left in a background tab is held back by the browser's timer throttling.
  const emptied = await readPopupWhenShown(await ctx.session.openExtensionPage(POPUP_PAGE));
  if (!emptied.hasEmptyState || emptied.items.length > 0) throw new Error(`after erasing, the popup still lists ${emptied.items.length} article(s)`);

  // A file that is not ours: a clear error, nothing imported.
  await pickFile(options, 'notes.json', JSON.stringify({ hello: 'world', articles: 'none' }));
  const refused = await waitFor(options, () => document.querySelector('[data-testid="import-error"]')?.textContent?.trim() || null, null, () =>
    'a file that is not a backup of ours got no error',
  );
  if ((await readDatabase(options)).articles?.length) throw new Error('the refused file imported articles');
  ctx.log(`a file that is not ours: "${refused}"`);

  // Import the backup again: preview, confirm, report.
  await pickFile(options, 'dala-reader-backup.json', file);
  const preview = await waitFor(options, () => document.querySelector('[data-testid="import-preview-count"]')?.textContent?.trim() || null, null, () =>
    'the import showed no preview of the backup',
  );
  if (!preview.includes(String(pages.length))) throw new Error(`the import preview says "${preview}", not ${pages.length} articles`);
  await click(options, byTestId('import-confirm'));
  const result = await waitFor(options, () => document.querySelector('[data-testid="import-result"]')?.textContent?.trim() || null, null, () =>
    'the import reported nothing',
  );
  if (!result.includes(String(pages.length))) throw new Error(`the import says "${result}", which does not count ${pages.length} articles`);
  const errorShown = await textOf(options, 'import-error');
  if (errorShown) throw new Error(`the import of our own backup shows an error: ${errorShown}`);

  // The same library, field for field: articles with their ids, keys, times and search words, and the name data.
  const after = libraryLines(await readDatabase(options));
  const changed = differences(before, after);
  if (changed.length > 0) throw new Error(`the library after export, erase and import differs:\n    ${changed.join('\n    ')}`);
  ctx.log(`import: "${result}"; ${before.articles!.length} articles, their name refs and ${before.nameSigs!.length} name signatures back as they were`);

  await expectExactListing(await ctx.session.openExtensionPage(POPUP_PAGE), expectedListing(pages));
});
