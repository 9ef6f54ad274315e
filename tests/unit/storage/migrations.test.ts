/**
 * Schema upgrades, each tested from the version before on a real database of that
 * version. Version 2 adds the name data: every article saved under version 1 gets
 * exactly what a save computes now; a failing upgrade leaves version 1 as it was.
 * Version 3 marks the articles whose page gave a date without a time of day.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { saveArticles } from '../../../src/storage/articles';
import { DB_VERSION, openDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type DalaDatabase, type StoredArticle } from '../../../src/storage/db';
import { DATE_ONLY_WARNING, type ExtractedArticle } from '../../../src/extraction/types';
import { toStorageError } from '../../../src/storage/errors';
import { loadNameIndex } from '../../../src/storage/names-store';
import { failWritesAfter } from '../safety/faulty-idb';
import { databasesPerTest } from './databases';
import { expectNameDataOfArticles, indexFromTexts, namedArticle } from './name-data';

const dbs = databasesPerTest();
let n = 0;

/** Article records exactly as version 1 stored them (made by the save path on a scratch database). */
async function v1Records(count: number): Promise<StoredArticle[]> {
  const scratch = openDatabase(`migrations-scratch-${++n}`);
  dbs.keep(scratch);
  await saveArticles(scratch, Array.from({ length: count }, (_, i) => namedArticle(i)), 1000);
  // Version 1 and 2 records never had the date-only mark.
  return (await scratch.articles.toArray()).map(({ publishedDateOnly: _mark, ...record }) => record);
}

/** A database as version 1 of the extension left it: only version 1's stores, holding these records. */
async function version1(records: StoredArticle[]): Promise<string> {
  const name = `migrations-${++n}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('articles').bulkAdd(records);
  await v1.table('settings').put({ key: 'settings', value: { uiLanguage: 'kk' } });
  expect(v1.verno).toBe(1);
  v1.close();
  return name;
}

function reopenAsVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  dbs.keep(v1);
  return v1;
}

/** Opens `name` at version `upTo` with the quota full after `writes` writes: the upgrade must fail as quota-exceeded. */
async function expectUpgradeFailsOnFullQuota(name: string, upTo: number, writes: number): Promise<void> {
  const db = openDatabase(name, upTo);
  dbs.keep(db);
  dbs.fault(await failWritesAfter(writes));
  const error = await db.open().then(
    () => null,
    (e: unknown) => e,
  );
  dbs.clearFault();
  db.close();
  expect(error).not.toBeNull();
  expect(toStorageError(error)).toMatchObject({ code: 'quota-exceeded' });
}

describe('version 1 -> 2', () => {
  it('keeps every article as it was and adds the name data a fresh save computes', async () => {
    const records = await v1Records(24);
    const name = await version1(records);
    const db: DalaDatabase = openDatabase(name, 2);
    dbs.keep(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(Object.keys(SCHEMA_V2)).toEqual([...Object.keys(SCHEMA_V1), 'nameSigs', 'nameRefs', 'nameLog']);
    expect(await db.articles.toArray()).toEqual(records);
    expect(await db.settings.toArray()).toEqual([{ key: 'settings', value: { uiLanguage: 'kk' } }]);
    await expectNameDataOfArticles(db);
    expect(await db.nameRefs.count()).toBe(24);
    const loaded = await loadNameIndex(db);
    expect(loaded.groups().length).toBeGreaterThan(1);
    expect(loaded.groups()).toEqual(indexFromTexts(records).groups());
  });

  it('upgrades an empty library', async () => {
    const name = await version1([]);
    const db = openDatabase(name, 2);
    dbs.keep(db);
    expect(await db.nameRefs.count()).toBe(0);
    expect((await loadNameIndex(db)).size).toBe(0);
  });

  it('that fails midway leaves version 1 intact, reports the failure, and succeeds on the next open', async () => {
    const records = await v1Records(24);
    const name = await version1(records);
    // Some signatures and refs are written, then the quota is full.
    await expectUpgradeFailsOnFullQuota(name, 2, 10);

    const v1 = reopenAsVersion1(name);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect([...v1.backendDB().objectStoreNames].sort()).toEqual(['articles', 'settings']);
    expect(await v1.table('articles').toArray()).toEqual(records);
    v1.close();

    const again = openDatabase(name, 2);
    dbs.keep(again);
    expect(await again.articles.toArray()).toEqual(records);
    await expectNameDataOfArticles(again);
  });
});

/** A database as version 2 left it, holding these articles saved by the save path (name data included), and its records. */
async function version2(articles: ExtractedArticle[]): Promise<{ name: string; records: StoredArticle[] }> {
  const name = `migrations-${++n}`;
  const v2 = openDatabase(name, 2);
  await v2.open();
  expect(v2.verno).toBe(2);
  await saveArticles(v2, articles, 1000);
  // Records written by version 2 never had the date-only mark.
  await v2.articles.toCollection().modify((a) => {
    delete a.publishedDateOnly;
  });
  const records = await v2.articles.toArray();
  v2.close();
  return { name, records };
}

describe('version 2 -> 3', () => {
  const dayOnly = (i: number, publishedAt: string | null) =>
    namedArticle(i, { publishedAt, warnings: [`${DATE_ONLY_WARNING}; 00:00 local time assumed`, 'dropped 2 boilerplate line(s): Share'] });

  it('marks the articles whose page gave no time of day, and changes nothing else', async () => {
    const { name, records } = await version2([
      dayOnly(0, '2023-03-18T00:00:00+06:00'),
      namedArticle(1, { publishedAt: '2023-03-20T22:00:00+06:00', warnings: [] }),
      namedArticle(2, { publishedAt: '2024-03-01T00:00:00+05:00', warnings: ['title: cut to 400 characters'] }),
      dayOnly(3, '2024-03-01T00:00:00+05:00'),
      namedArticle(4, { publishedAt: null, warnings: [] }),
    ]);
    expect(records.some((r) => 'publishedDateOnly' in r)).toBe(false);
    const db = openDatabase(name);
    dbs.keep(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(DB_VERSION).toBe(3);
    expect(SCHEMA_V3).toEqual(SCHEMA_V2);
    const after = await db.articles.toArray();
    expect(after.map((a) => a.publishedDateOnly)).toEqual([true, false, false, true, false]);
    // Everything else is as version 2 left it, name data included.
    expect(after.map(({ publishedDateOnly: _mark, ...rest }) => rest)).toEqual(records);
    await expectNameDataOfArticles(db);
  });

  it('upgrades an empty library', async () => {
    const { name } = await version2([]);
    const db = openDatabase(name);
    dbs.keep(db);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.count()).toBe(0);
  });

  it('that fails midway leaves version 2 intact, reports the failure, and succeeds on the next open', async () => {
    const { name, records } = await version2(Array.from({ length: 40 }, (_, i) => (i % 2 ? dayOnly(i, '2022-12-28T00:00:00+06:00') : namedArticle(i))));
    await expectUpgradeFailsOnFullQuota(name, 3, 5);

    const v2 = openDatabase(name, 2);
    dbs.keep(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.articles.toArray()).toEqual(records);
    v2.close();

    const again = openDatabase(name);
    dbs.keep(again);
    const upgraded = await again.articles.toArray();
    expect(upgraded.filter((a) => a.publishedDateOnly).length).toBe(20);
  });
});
