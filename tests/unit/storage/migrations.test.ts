/**
 * Schema upgrades, each tested from the version before on a real database of that
 * version. Version 2 adds the name data: every article saved under version 1 gets
 * exactly what a save computes now; a failing upgrade leaves version 1 as it was.
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { saveArticles } from '../../../src/storage/articles';
import { openDatabase, SCHEMA_V1, SCHEMA_V2, type DalaDatabase, type StoredArticle } from '../../../src/storage/db';
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
  return scratch.articles.toArray();
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

describe('version 1 -> 2', () => {
  it('keeps every article as it was and adds the name data a fresh save computes', async () => {
    const records = await v1Records(24);
    const name = await version1(records);
    const db: DalaDatabase = openDatabase(name);
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
    const db = openDatabase(name);
    dbs.keep(db);
    expect(await db.nameRefs.count()).toBe(0);
    expect((await loadNameIndex(db)).size).toBe(0);
  });

  it('that fails midway leaves version 1 intact, reports the failure, and succeeds on the next open', async () => {
    const records = await v1Records(24);
    const name = await version1(records);
    const db = openDatabase(name);
    dbs.keep(db);
    dbs.fault(await failWritesAfter(10)); // some signatures and refs are written, then the quota is full
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    dbs.clearFault();
    db.close();
    expect(error).not.toBeNull();
    expect(toStorageError(error)).toMatchObject({ code: 'quota-exceeded' });

    const v1 = reopenAsVersion1(name);
    await v1.open();
    expect(v1.verno).toBe(1);
    expect([...v1.backendDB().objectStoreNames].sort()).toEqual(['articles', 'settings']);
    expect(await v1.table('articles').toArray()).toEqual(records);
    v1.close();

    const again = openDatabase(name);
    dbs.keep(again);
    expect(await again.articles.toArray()).toEqual(records);
    await expectNameDataOfArticles(again);
  });
});
