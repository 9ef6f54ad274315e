/**
 * The name data kept next to the articles: every article write maintains it in the
 * same transaction, loading it gives the index a build from the texts gives, and a
 * live index follows saves and deletions made in another context.
 */
import { describe, expect, it } from 'vitest';
import { deleteAllArticles, deleteArticle, restoreArticle, saveArticle, saveArticles } from '../../../src/storage/articles';
import { openDatabase, type DalaDatabase } from '../../../src/storage/db';
import { LOG_KEEP } from '../../../src/storage/name-writes';
import { liveNameIndex, loadNameIndex } from '../../../src/storage/names-store';
import { failWritesAfter } from '../safety/faulty-idb';
import { databasesPerTest } from './databases';
import { expectNameDataOfArticles, indexFromTexts, namedArticle } from './name-data';

const dbs = databasesPerTest();
let n = 0;

function database(name = `names-store-${++n}`): DalaDatabase {
  const db = openDatabase(name);
  dbs.keep(db);
  return db;
}

async function expectLoadedEqualsTexts(db: DalaDatabase): Promise<void> {
  const loaded = await loadNameIndex(db);
  const reference = indexFromTexts(await db.articles.toArray());
  expect(loaded.groups()).toEqual(reference.groups());
  expect(loaded.size).toBe(reference.size);
}

const snapshot = async (db: DalaDatabase) => ({
  articles: await db.articles.toArray(),
  sigs: await db.nameSigs.toArray(),
  refs: await db.nameRefs.toArray(),
  log: await db.nameLog.toArray(),
});

describe('article writes keep the name data', () => {
  it('saveArticle: a new article, a revisit, an edit, and two records folded into one', async () => {
    const db = database();
    await saveArticle(db, namedArticle(0), 1);
    await saveArticle(db, namedArticle(1), 2);
    await expectNameDataOfArticles(db);
    const log = await db.nameLog.count();
    await saveArticle(db, namedArticle(1), 3); // revisit: no name write at all
    expect(await db.nameLog.count()).toBe(log);
    await saveArticle(db, namedArticle(1, { paragraphs: ['Vagarshak Akobyan arrived.'] }), 4);
    await expectNameDataOfArticles(db);
    // A later page shows that articles 2 and 3 are one: the second record and its names go.
    await saveArticle(db, namedArticle(2), 5);
    await saveArticle(db, namedArticle(3, { url: 'https://www.inform.kz/en/x_a3645897', canonicalUrl: 'https://www.inform.kz/en/x_a3645897' }), 6);
    expect(await db.articles.count()).toBe(4);
    await saveArticle(db, namedArticle(3, { url: 'https://www.inform.kz/en/x_a3645897', canonicalUrl: namedArticle(2).url }), 7);
    expect(await db.articles.count()).toBe(3);
    await expectNameDataOfArticles(db);
    await expectLoadedEqualsTexts(db);
  });

  it('saveArticles: names under the ids the batch gave, merges within the batch and with stored records', async () => {
    const db = database();
    await saveArticle(db, namedArticle(4), 1);
    const batch = [namedArticle(0), namedArticle(1), namedArticle(4, { paragraphs: ['Maulen Ashimbayev met Vagharshak Hakobyan.'] }), namedArticle(0, { title: 'Edited' }), namedArticle(5), namedArticle(6), namedArticle(7)];
    const results = await saveArticles(db, batch, 2);
    expect(new Set(results.map((r) => r.id)).size).toBe(6);
    await expectNameDataOfArticles(db);
    await expectLoadedEqualsTexts(db);
    expect((await loadNameIndex(db)).groups().map((g) => g.forms).flat()).toEqual(expect.arrayContaining(['Maulen Ashimbayev', 'Maulen Ashimbaev']));
  });

  it('deleteArticle drops the names no other article writes; restoreArticle puts back the same rows', async () => {
    const db = database();
    const ids = (await saveArticles(db, Array.from({ length: 8 }, (_, i) => namedArticle(i)), 1)).map((r) => r.id);
    const before = await snapshot(db);
    const gone = await deleteArticle(db, ids[2]!); // the only article naming Hakobyan
    await expectNameDataOfArticles(db);
    expect((await db.nameSigs.toArray()).some((s) => s.sig.includes('Hakobyan'))).toBe(false);
    expect((await db.nameSigs.toArray()).some((s) => s.sig.includes('Ashimbayev'))).toBe(true);
    await restoreArticle(db, gone!);
    const after = await snapshot(db);
    expect(after.articles).toEqual(before.articles);
    expect(after.refs).toEqual(before.refs);
    expect(new Set(after.sigs.map((s) => s.id))).toEqual(new Set(before.sigs.map((s) => s.id)));
    await expectLoadedEqualsTexts(db);
  });

  it('deleteAllArticles erases every name row', async () => {
    const db = database();
    await saveArticles(db, Array.from({ length: 8 }, (_, i) => namedArticle(i)), 1);
    expect(await deleteAllArticles(db)).toBe(8);
    expect(await db.nameSigs.count()).toBe(0);
    expect(await db.nameRefs.count()).toBe(0);
    expect((await loadNameIndex(db)).groups()).toEqual([]);
  });

  it('a write failing at any point leaves articles and names as they were', async () => {
    const ops: [string, (db: DalaDatabase) => Promise<unknown>][] = [
      ['saveArticle', (db) => saveArticle(db, namedArticle(5), 2)],
      ['saveArticles', (db) => saveArticles(db, [namedArticle(6), namedArticle(1, { title: 'Edited' }), namedArticle(2, { url: 'https://www.inform.kz/en/x_a3645897', canonicalUrl: namedArticle(3).url })], 2)],
      ['deleteArticle', async (db) => deleteArticle(db, (await db.articles.toCollection().first())!.id)],
      ['deleteAllArticles', (db) => deleteAllArticles(db)],
    ];
    for (const [name, op] of ops) {
      const db = database();
      await saveArticles(db, Array.from({ length: 4 }, (_, i) => namedArticle(i)), 1);
      const before = await snapshot(db);
      for (let after = 0; ; after++) {
        dbs.fault(await failWritesAfter(after));
        const error = await op(db).then(
          () => null,
          (e: unknown) => e,
        );
        dbs.clearFault();
        if (error === null) {
          expect(after, `${name} failed at some write`).toBeGreaterThan(0);
          await expectNameDataOfArticles(db);
          break;
        }
        expect(error, name).toMatchObject({ code: 'quota-exceeded' });
        expect(await snapshot(db), `${name} failing after ${after} writes`).toEqual(before);
      }
    }
  });
});

describe('loadNameIndex', () => {
  it('reads articles whose name data is missing or from another version from their text, and stores it', async () => {
    const db = database();
    const ids = (await saveArticles(db, Array.from({ length: 8 }, (_, i) => namedArticle(i)), 1)).map((r) => r.id);
    const complete = await snapshot(db);
    await db.nameRefs.delete(ids[0]!);
    await db.nameRefs.update(ids[1]!, { v: 0 });
    await db.nameRefs.put({ articleId: 999, v: 1, sigs: [], counts: [] });
    await expectLoadedEqualsTexts(db);
    await expectNameDataOfArticles(db);
    expect((await snapshot(db)).refs).toEqual(complete.refs);
  });
});

describe('liveNameIndex', () => {
  it('applies saves and deletions made in another context, article by article', async () => {
    const db = database();
    const other = openDatabase(db.name); // the background, say
    dbs.keep(other);
    const ids = (await saveArticles(other, [namedArticle(7), namedArticle(0), namedArticle(2)], 1)).map((r) => r.id);
    const live = liveNameIndex(db);
    const index = await live.current();
    const fresh = async () => indexFromTexts(await db.articles.toArray()).groups();
    expect(index.groups()).toEqual([]);

    const { id } = await saveArticle(other, namedArticle(1), 2);
    expect(await live.current()).toBe(index);
    expect(index.groupsForArticle(String(id)).map((g) => g.forms)).toEqual([['Maulen Ashimbaev', 'Maulen Ashimbayev'], ['Majilis', 'Mazhilis']]);
    expect(index.groups()).toEqual(await fresh());
    await saveArticle(other, namedArticle(3), 3);
    await deleteArticle(other, ids[1]!);
    expect(await live.current()).toBe(index);
    expect(index.size).toBe(4);
    // Majilis / Mazhilis went with the deleted article; Hakobyan / Akobyan came with the saved one.
    expect(index.groups().map((g) => [...g.forms].sort())).toEqual([['Maulen Ashimbaev', 'Maulen Ashimbayev'], ['Vagarshak Akobyan', 'Vagharshak Hakobyan']]);
    expect(index.groups()).toEqual(await fresh());
  });

  it('loads again after the library was erased, or when it missed more writes than the log keeps', async () => {
    const db = database();
    await saveArticles(db, Array.from({ length: 3 }, (_, i) => namedArticle(i)), 1);
    const live = liveNameIndex(db);
    const first = await live.current();
    await deleteAllArticles(db);
    const second = await live.current();
    expect(second).not.toBe(first);
    expect(second.size).toBe(0);

    await saveArticle(db, namedArticle(0), 2);
    expect(await live.current()).toBe(second);
    // Trimmed log: the rows after the page's position are gone.
    const last = (await db.nameLog.toCollection().last())!.seq;
    await db.nameLog.bulkAdd(Array.from({ length: LOG_KEEP + 1 }, () => ({ articleIds: [] }) as never));
    await db.nameLog.where('seq').belowOrEqual(last + 1).delete();
    await saveArticle(db, namedArticle(1), 3);
    const third = await live.current();
    expect(third).not.toBe(second);
    expect(third.size).toBe(2);
    expect(third.groups()).toEqual(indexFromTexts(await db.articles.toArray()).groups());
  });

  it('keeps the log short', async () => {
    const db = database();
    for (let i = 0; i < 3; i++) await saveArticle(db, namedArticle(i), i);
    await db.nameLog.bulkAdd(Array.from({ length: LOG_KEEP + 50 }, () => ({ articleIds: [] }) as never));
    await saveArticle(db, namedArticle(3), 9);
    expect(await db.nameLog.count()).toBe(LOG_KEEP);
  });
});
