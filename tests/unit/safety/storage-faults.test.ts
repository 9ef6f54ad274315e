/**
 * Storage faults: a full quota, an IndexedDB that cannot be opened, a schema upgrade
 * that fails midway. Each gives a clear StorageError, writes nothing by halves, and
 * leaves the library as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, SCHEMA_V1, type DalaDatabase } from '../../../src/storage/db';
import { getArticle, listArticles, saveArticle, saveArticles } from '../../../src/storage/articles';
import { exportLibrary, importBackup } from '../../../src/storage/backup';
import { StorageError, toStorageError } from '../../../src/storage/errors';
import { getSettings, updateSettings } from '../../../src/storage/settings';
import { toJsonBackup } from '../../../src/export/json-backup';
import { makeArticle } from '../helpers/article';
import { abortAtCommit, failWritesAfter, missingIndexedDB, unavailableIndexedDB } from './faulty-idb';

const APP = { name: 'Dala Reader', version: 'test' };
let restore: (() => void) | null = null;
const open: DalaDatabase[] = [];
let n = 0;

function database(): DalaDatabase {
  const db = openDatabase(`faults-${++n}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  restore?.();
  restore = null;
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const at = (i: number) => {
  const url = `https://qazinform.com/news/article-${(0x100000 + i).toString(16)}`;
  return makeArticle({ url, canonicalUrl: url, title: `Article ${i}` });
};

/** Everything a library holds, to compare before and after a failure. */
async function snapshot(db: DalaDatabase) {
  return {
    articles: await db.articles.toArray(),
    settings: await db.settings.toArray(),
    names: [await db.nameSigs.toArray(), await db.nameRefs.toArray(), await db.nameLog.toArray()],
  };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the operation to fail');
}

const QUOTA = { name: 'StorageError', code: 'quota-exceeded', message: expect.stringMatching(/storage quota reached/) };

describe('quota exceeded', () => {
  it('on saving a new article: a clear error, no record', async () => {
    const db = database();
    await saveArticle(db, at(1), 1);
    const before = await snapshot(db);
    restore = await failWritesAfter(0);
    expect(await rejection(saveArticle(db, at(2), 2))).toMatchObject(QUOTA);
    restore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('on updating an article that folds two records: neither the update nor the deletion happens', async () => {
    const db = database();
    const a = makeArticle({ url: 'https://qazinform.com/news/a-abc123', canonicalUrl: 'https://qazinform.com/news/a-abc123' });
    const b = makeArticle({ url: 'https://www.inform.kz/en/a_a3645897', canonicalUrl: 'https://www.inform.kz/en/a_a3645897' });
    await saveArticle(db, a, 1);
    await saveArticle(db, b, 2);
    const before = await snapshot(db);
    restore = await failWritesAfter(1); // the merged put goes through, the deletion of the second record fails
    const bridge = makeArticle({ url: b.url, canonicalUrl: a.url, title: 'Edited title' });
    expect(await rejection(saveArticle(db, bridge, 3))).toMatchObject(QUOTA);
    restore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('on a batch save: all or nothing', async () => {
    const db = database();
    restore = await failWritesAfter(2);
    expect(await rejection(saveArticles(db, [at(1), at(2), at(3), at(4)], 1))).toMatchObject(QUOTA);
    restore();
    expect(await db.articles.count()).toBe(0);
  });

  it('reported by the transaction at commit (as Chromium does): the same clear error, nothing written', async () => {
    const db = database();
    await saveArticle(db, at(1), 1);
    const before = await snapshot(db);
    restore = abortAtCommit();
    expect(await rejection(saveArticle(db, at(2), 2))).toMatchObject(QUOTA);
    restore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('on import, midway through the writes: the library is exactly as before', async () => {
    const db = database();
    await saveArticles(db, [at(1), at(2), at(3)], 10);
    await updateSettings(db, { uiLanguage: 'ru' });
    const before = await snapshot(db);
    // A backup that updates the three (newer texts) and adds fifty, settings included.
    const source = database();
    await saveArticles(source, Array.from({ length: 53 }, (_, i) => ({ ...at(i + 1), paragraphs: ['A newer text.'] })), 20);
    await updateSettings(source, { uiLanguage: 'zh' });
    const file = await exportLibrary(source, APP);

    for (const after of [0, 1, 20, 52]) {
      restore = await failWritesAfter(after);
      const e = await rejection(importBackup(db, file.data as string, { importSettings: true }));
      restore();
      expect(e, `failing after ${after} writes`).toMatchObject(QUOTA);
      expect(await snapshot(db), `failing after ${after} writes`).toEqual(before);
    }
    // The same when the browser reports the full quota at commit, on the transaction.
    restore = abortAtCommit();
    expect(await rejection(importBackup(db, file.data as string, { importSettings: true }))).toMatchObject(QUOTA);
    restore();
    expect(await snapshot(db)).toEqual(before);
    // And without the fault, the same import goes through.
    expect(await importBackup(db, file.data as string, { importSettings: true })).toMatchObject({ added: 50, updated: 3 });
  });
});

describe('IndexedDB unavailable', () => {
  const UNAVAILABLE = {
    name: 'StorageError',
    code: 'storage-unavailable',
    message: expect.stringMatching(/does not let the extension use its database/),
  };

  it('in a Firefox private window (InvalidStateError on open): every operation says so', async () => {
    restore = unavailableIndexedDB();
    const db = database();
    expect(await rejection(saveArticle(db, at(1)))).toMatchObject(UNAVAILABLE);
    expect(await rejection(listArticles(db))).toMatchObject(UNAVAILABLE);
    expect(await rejection(getArticle(db, 1))).toMatchObject(UNAVAILABLE);
    expect(await rejection(getSettings(db))).toMatchObject(UNAVAILABLE);
    expect(await rejection(exportLibrary(db, APP))).toMatchObject(UNAVAILABLE);
    const backup = toJsonBackup([], await (async () => ({ saveMode: { kazinform: 'auto', qazaqtv: 'auto', senate: 'auto' }, uiLanguage: null }) as const)(), APP);
    expect(await rejection(importBackup(db, backup.data as string))).toMatchObject(UNAVAILABLE);
    const cause = ((await rejection(listArticles(db))) as StorageError).cause as { inner?: { name?: string } };
    expect(cause.inner?.name).toBe('InvalidStateError');
  });

  it('when access is refused (SecurityError on open)', async () => {
    restore = unavailableIndexedDB('SecurityError', 'The operation is insecure.');
    expect(await rejection(listArticles(database()))).toMatchObject(UNAVAILABLE);
  });

  it('when the browser has no IndexedDB at all', async () => {
    restore = missingIndexedDB();
    expect(await rejection(listArticles(database()))).toMatchObject(UNAVAILABLE);
  });
});

describe('a schema upgrade that fails midway', () => {
  it('leaves the database at the old version with its data intact and readable, and reports the error', async () => {
    const db = database();
    await saveArticles(db, Array.from({ length: 20 }, (_, i) => at(i)), 5);
    await updateSettings(db, { uiLanguage: 'kk' });
    const before = await snapshot(db);
    const nativeVersion = db.backendDB().version;
    const current = db.verno;
    db.close();

    // The next version adds an index and rewrites every record, then fails halfway through.
    const next = openDatabase(db.name);
    next
      .version(current + 1)
      .stores({ articles: `${SCHEMA_V1.articles}, updatedAt` })
      .upgrade(async (tx) => {
        let seen = 0;
        await tx.table('articles').toCollection().modify((a: { title: string }) => {
          if (++seen > 10) throw new Error('upgrade step failed on record 11');
          a.title = a.title.toUpperCase();
        });
      });
    const e = await rejection(next.open());
    next.close();
    const reported = toStorageError(e);
    expect(reported).toBeInstanceOf(StorageError);
    expect(reported.message).toMatch(/upgrade step failed on record 11/);

    const reopened = openDatabase(db.name);
    open.push(reopened);
    expect(await snapshot(reopened)).toEqual(before);
    expect(reopened.backendDB().version).toBe(nativeVersion);
    expect(reopened.backendDB().transaction('articles', 'readonly').objectStore('articles').indexNames.contains('updatedAt')).toBe(false);
    expect((await listArticles(reopened)).map((a) => a.title)).toContain('Article 3');
  });
});
