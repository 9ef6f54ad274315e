import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type DalaDatabase } from '../../../src/storage/db';
import { deleteAllArticles, saveArticle, saveArticles } from '../../../src/storage/articles';
import { BackupError, exportLibrary, importBackup, MAX_KEPT_ID } from '../../../src/storage/backup';
import { BACKUP_FORMAT, readBackup } from '../../../src/export/json-backup';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '../../../src/storage/settings';
import { LIMITS } from '../../../src/messaging/protocol';
import type { ExtractedArticle } from '../../../src/extraction/types';
import { makeArticle } from '../helpers/article';
import { expectNameDataOfArticles } from '../storage/name-data';
import { NOON } from './stored';

const APP = { name: 'Dala Reader', version: '0.1.0' };
const dbs: DalaDatabase[] = [];
let n = 0;
function database(): DalaDatabase {
  const db = openDatabase(`backup-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const urlOf = (i: number) => `https://qazinform.com/news/article-${(0x100000 + i).toString(16)}`;
const article = (i: number, over: Partial<ExtractedArticle> = {}) => makeArticle({ url: urlOf(i), canonicalUrl: urlOf(i), title: `Article ${i}`, ...over });

/** A library's backup text, made through the real save path. */
async function backupOf(saves: [ExtractedArticle[], number][], settings?: Parameters<typeof updateSettings>[1]): Promise<string> {
  const db = database();
  for (const [articles, at] of saves) await saveArticles(db, articles, at);
  if (settings) await updateSettings(db, settings);
  return (await exportLibrary(db, APP, { now: NOON })).data as string;
}

const everything = async (db: DalaDatabase) => ({
  articles: await db.articles.toArray(),
  settings: await db.settings.toArray(),
  names: [await db.nameSigs.toArray(), await db.nameRefs.toArray(), await db.nameLog.toArray()],
});

describe('the backup file', () => {
  it('holds the format, version, time, app, settings and every stored field but the search words', async () => {
    const db = database();
    await saveArticle(db, article(1), 1000);
    await updateSettings(db, { uiLanguage: 'kk' });
    const file = await exportLibrary(db, APP, { now: NOON });
    expect(file).toMatchObject({ fileName: 'dala-reader-backup-2024-05-01.json', mimeType: 'application/json' });
    const data = JSON.parse(file.data as string);
    const [record] = await db.articles.toArray();
    const { words: _words, ...withoutWords } = record!;
    expect(data).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2024-05-01T12:00:00.000Z',
      app: APP,
      settings: { ...DEFAULT_SETTINGS, uiLanguage: 'kk' },
      articles: [withoutWords],
    });
    // One article a line, so a backup reads and diffs well.
    expect((file.data as string).split('\n')[1]).toBe(JSON.stringify(data.articles[0]));
  });
});

describe('importing a file that is not a valid backup', () => {
  const good = () => backupOf([[[article(1), article(2)], 1000]]);
  const edit = async (change: (b: Record<string, unknown> & { articles: Record<string, unknown>[] }) => void) => {
    const b = JSON.parse(await good());
    change(b);
    return JSON.stringify(b);
  };

  it.each<[string, () => Promise<string>, string, RegExp]>([
    ['not JSON', async () => 'title,url\nx,y', 'not-json', /not a Dala Reader backup: it is not JSON/],
    ['an empty file', async () => '', 'not-json', /not JSON/],
    ['a JSON array', async () => '[]', 'not-a-backup', /"format" is missing/],
    ['another format', async () => JSON.stringify({ format: 'zotero-export', version: 1 }), 'not-a-backup', /"format" is "zotero-export", not "dala-reader-backup"/],
    ['CSL-JSON', async () => '[{"id":"x","type":"article-newspaper"}]', 'not-a-backup', /not a Dala Reader backup/],
    ['a newer version', () => edit((b) => (b.version = 2)), 'newer-version', /version 2, made by a newer Dala Reader; this one reads version 1/],
    ['a version that is not a number', () => edit((b) => (b.version = '1')), 'invalid', /version: expected a positive integer/],
    ['no articles list', () => edit((b) => delete (b as Record<string, unknown>).articles), 'invalid', /articles: expected an array/],
    ['no settings', () => edit((b) => (b.settings = null)), 'invalid', /settings: expected an object/],
    ['a bad export time', () => edit((b) => (b.exportedAt = 'yesterday')), 'invalid', /exportedAt: not a date/],
    ['no app', () => edit((b) => delete (b as Record<string, unknown>).app), 'invalid', /app: expected an object/],
    ['a record that is not an object', () => edit((b) => b.articles.push('x' as never)), 'invalid', /articles\[2\]: expected an object/],
    ['a title of the wrong type', () => edit((b) => (b.articles[1]!.title = 42)), 'invalid', /articles\[1\]\.title: expected a string/],
    ['an empty title', () => edit((b) => (b.articles[0]!.title = '  ')), 'invalid', /articles\[0\]\.title: empty/],
    ['a javascript: URL', () => edit((b) => (b.articles[0]!.url = 'javascript:alert(1)')), 'invalid', /articles\[0\]\.url: not an http\(s\) URL/],
    ['an ftp URL among the urls', () => edit((b) => ((b.articles[0]!.urls as string[]).push('ftp://inform.kz/x'))), 'invalid', /articles\[0\]\.urls\[1\]: not an http\(s\) URL/],
    ['no urls', () => edit((b) => (b.articles[0]!.urls = [])), 'invalid', /articles\[0\]\.urls: empty/],
    ['urls not a list', () => edit((b) => (b.articles[0]!.urls = 'https://qazinform.com/x')), 'invalid', /articles\[0\]\.urls: expected an array/],
    ['a saved time as text', () => edit((b) => (b.articles[0]!.savedAt = '2024-05-01')), 'invalid', /articles\[0\]\.savedAt: expected a time/],
    ['a negative update time', () => edit((b) => (b.articles[0]!.updatedAt = -1)), 'invalid', /articles\[0\]\.updatedAt/],
    ['a fractional visit time', () => edit((b) => (b.articles[0]!.seenAt = 1.5)), 'invalid', /articles\[0\]\.seenAt/],
    ['a bad id', () => edit((b) => (b.articles[0]!.id = 'one')), 'invalid', /articles\[0\]\.id: expected a positive integer/],
    ['an unknown site', () => edit((b) => (b.articles[1]!.site = 'tengrinews')), 'invalid', /articles\[1\]\.site: expected one of/],
    ['a paragraph over the limit', () => edit((b) => (b.articles[1]!.paragraphs = ['x'.repeat(LIMITS.paragraph + 1)])), 'invalid', /articles\[1\]\.paragraphs\[0\]: longer than/],
    ['a date without offset', () => edit((b) => (b.articles[1]!.publishedAt = '2023-03-20T22:00:00')), 'invalid', /articles\[1\]\.publishedAt/],
  ])('%s: a clear error, and nothing changes', async (_name, make, code, message) => {
    const text = await make();
    const db = database();
    await saveArticle(db, article(2, { title: 'Mine, not to be touched' }), 5);
    const before = await everything(db);
    const e = await importBackup(db, text, { importSettings: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BackupError);
    expect(e).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await everything(db)).toEqual(before);
  });

  it('refuses the whole file for one bad record at the end, importing none of the good ones', async () => {
    const text = await backupOf([[Array.from({ length: 50 }, (_, i) => article(i)), 1000]]);
    const b = JSON.parse(text);
    b.articles[49].tags = [{ label: 'x', url: 'javascript:alert(1)' }];
    const db = database();
    await expect(importBackup(db, JSON.stringify(b))).rejects.toMatchObject({ code: 'invalid', path: 'articles[49].tags[0].url' });
    expect(await db.articles.count()).toBe(0);
  });

  it('reads a file that starts with a byte order mark', async () => {
    expect(readBackup('\uFEFF' + (await backupOf([[[article(1)], 1]]))).articles).toHaveLength(1);
  });
});

describe('importing into a library', () => {
  it('adds what is new, with the file’s times, and reports counts', async () => {
    const text = await backupOf([[[article(1), article(2)], 1000]]);
    const db = database();
    expect(await importBackup(db, text)).toEqual({ added: 2, updated: 0, unchanged: 0, skipped: 0, settingsImported: false });
    expect((await db.articles.toArray()).map((a) => [a.title, a.savedAt])).toEqual([['Article 1', 1000], ['Article 2', 1000]]);
    await expectNameDataOfArticles(db);
  });

  it('importing the same backup again changes nothing and duplicates nothing', async () => {
    const text = await backupOf([[[article(1), article(2)], 1000]]);
    const db = database();
    await importBackup(db, text);
    const before = await everything(db);
    expect(await importBackup(db, text)).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0, settingsImported: false });
    expect(await everything(db)).toEqual(before);
  });

  it('the newer text wins, the earliest saved time and the latest visit stay, URLs are united', async () => {
    // The backup: article 1 first saved at 1000 under its URL, its text edited at 3000.
    const text = await backupOf([
      [[article(1)], 1000],
      [[article(1, { paragraphs: ['Edited in the backup: Tokayev visited Turkistan.'] })], 3000],
    ]);
    // The library: the same article saved later (2000) by its AMP URL, unedited, visited at 4000.
    const db = database();
    const amp = article(1, { url: `${urlOf(1)}/amp` });
    await saveArticle(db, amp, 2000);
    await saveArticle(db, amp, 4000);
    expect(await importBackup(db, text)).toMatchObject({ added: 0, updated: 1 });
    const [rec, ...rest] = await db.articles.toArray();
    expect(rest).toEqual([]);
    expect(rec).toMatchObject({
      paragraphs: ['Edited in the backup: Tokayev visited Turkistan.'],
      url: urlOf(1),
      savedAt: 1000,
      updatedAt: 3000,
      seenAt: 4000,
      urls: [`${urlOf(1)}/amp`, urlOf(1)],
    });
    // Derived fields follow the new text.
    expect(await db.articles.where('words').equals('turkistan').count()).toBe(1);
    expect(await db.articles.where('words').equals('anfimov').count()).toBe(0);
    await expectNameDataOfArticles(db);
  });

  it('keeps the library’s text when it is newer than the file’s (skipped)', async () => {
    const text = await backupOf([[[article(1)], 1000]]);
    const db = database();
    await saveArticle(db, article(1), 500);
    await saveArticle(db, article(1, { title: 'Newer in the library' }), 2000);
    const before = await everything(db);
    expect(await importBackup(db, text)).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 1, settingsImported: false });
    expect(await everything(db)).toEqual(before);
  });

  it('takes an earlier saved time from the file even when the library’s text is newer', async () => {
    const text = await backupOf([[[article(1)], 100]]);
    const db = database();
    await saveArticle(db, article(1, { title: 'Newer in the library' }), 2000);
    expect(await importBackup(db, text)).toMatchObject({ updated: 1 });
    expect(await db.articles.toArray()).toMatchObject([{ title: 'Newer in the library', savedAt: 100, updatedAt: 2000 }]);
  });

  it('folds two library records the file shows to be one article into the oldest', async () => {
    const a = 'https://qazinform.com/news/a-abc123';
    const b = 'https://www.inform.kz/en/a_a3645897';
    const text = await backupOf([[[makeArticle({ url: b, canonicalUrl: a })], 3000]]);
    const db = database();
    const first = await saveArticle(db, makeArticle({ url: a, canonicalUrl: a }), 1);
    await saveArticle(db, makeArticle({ url: b, canonicalUrl: b }), 2);
    expect(await importBackup(db, text)).toMatchObject({ updated: 1 });
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: first.id, savedAt: 1 });
    expect(new Set(all[0]!.urls)).toEqual(new Set([a, b]));
    await expectNameDataOfArticles(db);
  });

  it('when folding, takes the newest text of the records folded, with its name data', async () => {
    const a = 'https://qazinform.com/news/a-abc123';
    const b = 'https://www.inform.kz/en/a_a3645897';
    const newer = { title: 'Maulen Ashimbayev met observers', paragraphs: ['Chairman of the Senate Maulen Ashimbayev met observers in Astana.'] };
    const text = await backupOf([[[makeArticle({ url: b, canonicalUrl: a, ...newer })], 3000]]);
    const db = database();
    const first = await saveArticle(db, makeArticle({ url: a, canonicalUrl: a }), 1);
    await saveArticle(db, makeArticle({ url: b, canonicalUrl: b, ...newer }), 2);
    expect(await importBackup(db, text)).toMatchObject({ updated: 1 });
    expect(await db.articles.toArray()).toMatchObject([{ id: first.id, savedAt: 1, updatedAt: 2, title: newer.title }]);
    await expectNameDataOfArticles(db);
  });

  it('merges duplicates inside the file into one record', async () => {
    const text = await backupOf([[[article(1)], 1000]]);
    const b = JSON.parse(text);
    const copy = { ...b.articles[0], id: 99, url: `${urlOf(1)}/?utm_source=x`, urls: [`${urlOf(1)}/?utm_source=x`], title: 'Newer copy', updatedAt: 5000, savedAt: 1500 };
    b.articles.push(copy);
    const db = database();
    expect(await importBackup(db, JSON.stringify(b))).toEqual({ added: 1, updated: 1, unchanged: 0, skipped: 0, settingsImported: false });
    expect(await db.articles.toArray()).toMatchObject([{ title: 'Newer copy', savedAt: 1000, updatedAt: 5000, urls: [urlOf(1), `${urlOf(1)}/?utm_source=x`] }]);
    await expectNameDataOfArticles(db);
  });

  it('recomputes derived fields instead of trusting the file', async () => {
    const text = await backupOf([[[article(1)], 1000]]);
    const b = JSON.parse(text);
    Object.assign(b.articles[0], { keys: ['url:evil.example/x'], tagKeys: ['forged'], contentHash: 'f'.repeat(64), words: ['forged'] });
    const db = database();
    await importBackup(db, JSON.stringify(b));
    const reference = database();
    await saveArticle(reference, article(1), 1000);
    const [got] = await db.articles.toArray();
    const [want] = await reference.articles.toArray();
    expect(got).toEqual(want);
    expect(await db.articles.where('keys').equals('url:evil.example/x').count()).toBe(0);
  });

  it('gives an erased library back with the ids it had (its links keep working)', async () => {
    const db = database();
    await saveArticles(db, [article(1), article(2), article(3), article(4)], 1000);
    await db.articles.delete(2); // a gap, as deletes leave
    const before = await db.articles.toArray();
    const text = (await exportLibrary(db, APP, { now: NOON })).data as string;
    await deleteAllArticles(db);
    await saveArticle(db, article(9), 2000); // saved meanwhile: numbered after the old ones (5)
    expect(await importBackup(db, text)).toMatchObject({ added: 3 });
    const after = await db.articles.toArray();
    expect(after.map((a) => [a.id, a.title])).toEqual([...before.map((a) => [a.id, a.title]), [5, 'Article 9']]);
    expect(after.filter((a) => a.id !== 5)).toEqual(before);
    await expectNameDataOfArticles(db);
    // New saves go on after the kept ids.
    expect((await saveArticle(db, article(10), 3000)).id).toBe(6);
  });

  it('numbers afresh an article whose id is taken here, or too large to keep, and never collides', async () => {
    const b = JSON.parse(await backupOf([[[article(1), article(2), article(3)], 1000]]));
    expect(b.articles.map((a: { id: number }) => a.id)).toEqual([1, 2, 3]);
    b.articles[2].id = 2 ** 53 - 1; // forged: would leave IndexedDB no numbers for later saves
    const db = database();
    await saveArticle(db, article(7), 500); // another article, id 1 here
    await importBackup(db, JSON.stringify(b));
    const byTitle = Object.fromEntries((await db.articles.toArray()).map((a) => [a.title, a.id]));
    // Article 1 wanted id 1 (taken by Article 7): numbered after the kept id 2; Article 3 after it.
    expect(byTitle).toEqual({ 'Article 7': 1, 'Article 2': 2, 'Article 1': 3, 'Article 3': 4 });
    expect(MAX_KEPT_ID).toBeLessThan(2 ** 53 - 1);
    expect((await saveArticle(db, article(8), 2000)).id).toBe(5);
  });

  it('keeps the current settings unless asked to import them', async () => {
    const text = await backupOf([[[article(1)], 1]], { uiLanguage: 'zh', saveMode: { kazinform: 'never', qazaqtv: 'ask', senate: 'auto' } });
    const db = database();
    await updateSettings(db, { uiLanguage: 'ru' });
    await importBackup(db, text);
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'ru' });
    expect(await importBackup(db, text, { importSettings: true })).toMatchObject({ settingsImported: true });
    expect(await getSettings(db)).toEqual({ uiLanguage: 'zh', saveMode: { kazinform: 'never', qazaqtv: 'ask', senate: 'auto' } });
  });

  it('imports settings part by part, unknown values taking their defaults', async () => {
    const b = JSON.parse(await backupOf([[[article(1)], 1]]));
    b.settings = { uiLanguage: 'fr', saveMode: { senate: 'never', kazinform: 'sometimes' } };
    const db = database();
    await importBackup(db, JSON.stringify(b), { importSettings: true });
    expect(await getSettings(db)).toEqual({ uiLanguage: null, saveMode: { kazinform: 'auto', qazaqtv: 'auto', senate: 'never' } });
  });

  it('accepts a backup already checked with readBackup (for a preview before importing)', async () => {
    const checked = readBackup(await backupOf([[[article(1), article(2)], 1]]));
    expect(checked.articles).toHaveLength(2);
    expect(await importBackup(database(), checked)).toMatchObject({ added: 2 });
  });
});
