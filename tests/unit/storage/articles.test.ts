import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type DalaDatabase } from '../../../src/storage/db';
import { deleteAllArticles, deleteArticle, findByUrl, listArticles, restoreArticle, saveArticle, saveArticles } from '../../../src/storage/articles';
import { makeArticle } from '../helpers/article';
import { foldWords } from '../../../src/storage/search-text';

let db: DalaDatabase;
let n = 0;
beforeEach(() => {
  db = openDatabase(`test-articles-${++n}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('saveArticle', () => {
  it('creates a record with its indexes filled', async () => {
    const r = await saveArticle(db, makeArticle(), 1000);
    expect(r).toMatchObject({ created: true, changed: true });
    const rec = await db.articles.get(r.id);
    expect(rec?.savedAt).toBe(1000);
    expect(rec?.tagKeys).toEqual(['majilis']);
    expect(rec?.words).toContain(foldWords('Majilis')[0]);
    expect(rec?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await db.articles.where('words').equals(foldWords('Anfimov')[0]!).count()).toBe(1);
  });

  it('updates instead of duplicating on a second visit, keeping the first saved time', async () => {
    const first = await saveArticle(db, makeArticle(), 1000);
    const same = await saveArticle(db, makeArticle(), 2000);
    expect(same).toEqual({ id: first.id, created: false, changed: false });
    const edited = await saveArticle(db, makeArticle({ title: 'CIS mission hails elections (updated)' }), 3000);
    expect(edited).toEqual({ id: first.id, created: false, changed: true });
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ savedAt: 1000, updatedAt: 3000, seenAt: 3000, title: 'CIS mission hails elections (updated)' });
  });

  it('takes the time of day when a later visit finds one, and drops the date-only mark', async () => {
    const first = await saveArticle(db, makeArticle({ publishedAt: '2023-03-18T00:00:00+06:00', publishedDateOnly: true }), 1000);
    expect((await db.articles.get(first.id))?.publishedDateOnly).toBe(true);
    await saveArticle(db, makeArticle({ publishedAt: '2023-03-18T15:20:00+06:00', publishedDateOnly: false }), 2000);
    expect(await db.articles.get(first.id)).toMatchObject({ publishedAt: '2023-03-18T15:20:00+06:00', publishedDateOnly: false, savedAt: 1000 });
  });

  it('is one record across URL variants (trailing slash, query, AMP, old and new English hosts)', async () => {
    const base = makeArticle({
      url: 'https://www.inform.kz/en/cis-mission-hails-elections_a3645897',
      canonicalUrl: 'https://www.inform.kz/en/cis-mission-hails-elections_a3645897',
    });
    await saveArticle(db, base, 1);
    await saveArticle(db, { ...base, url: base.url + '/?utm_source=x' }, 2);
    await saveArticle(db, { ...base, url: base.url + '/amp', canonicalUrl: base.url + '/amp' }, 3);
    await saveArticle(db, { ...base, url: 'https://qazinform.com/news/cis-mission-hails-elections_a3645897', canonicalUrl: 'https://qazinform.com/news/cis-mission-hails-elections_a3645897' }, 4);
    const all = await db.articles.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.urls.length).toBeGreaterThanOrEqual(3);
    expect(all[0]?.savedAt).toBe(1);
  });

  it('folds two records into one when a later page shows they are the same article', async () => {
    const a = await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/a-abc123', canonicalUrl: 'https://qazinform.com/news/a-abc123' }), 1);
    await saveArticle(db, makeArticle({ url: 'https://www.inform.kz/en/a_a3645897', canonicalUrl: 'https://www.inform.kz/en/a_a3645897' }), 2);
    expect(await db.articles.count()).toBe(2);
    const r = await saveArticle(db, makeArticle({ url: 'https://www.inform.kz/en/a_a3645897', canonicalUrl: 'https://qazinform.com/news/a-abc123' }), 3);
    expect(r.id).toBe(a.id);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(a.id))?.savedAt).toBe(1);
  });

  it('saves five tabs at once without losing or duplicating anything', async () => {
    const urls = ['https://qazinform.com/news/a-aaaaaa', 'https://qazinform.com/news/b-bbbbbb', 'https://qazinform.com/news/a-aaaaaa'];
    await Promise.all([
      ...urls.map((u, i) => saveArticle(db, makeArticle({ url: u, canonicalUrl: u, title: `T${u.slice(-6)}` }), i)),
      saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/c-cccccc', canonicalUrl: 'https://qazinform.com/news/c-cccccc' }), 9),
      saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/b-bbbbbb/', canonicalUrl: 'https://qazinform.com/news/b-bbbbbb' }), 9),
    ]);
    expect(await db.articles.count()).toBe(3);
  });
});

describe('reading and deleting', () => {
  it('lists newest saved first and finds by any URL variant', async () => {
    await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/a-aaaaaa', canonicalUrl: 'https://qazinform.com/news/a-aaaaaa', title: 'old' }), 1);
    await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/b-bbbbbb', canonicalUrl: 'https://qazinform.com/news/b-bbbbbb', title: 'new' }), 2);
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['new', 'old']);
    expect((await findByUrl(db, 'http://qazinform.com/news/a-aaaaaa/?x=1'))?.title).toBe('old');
    expect(await findByUrl(db, 'https://qazinform.com/news/zzz')).toBeUndefined();
  });

  it('deletes and restores exactly', async () => {
    const { id } = await saveArticle(db, makeArticle(), 5);
    const before = await db.articles.get(id);
    const removed = await deleteArticle(db, id);
    expect(await db.articles.count()).toBe(0);
    await restoreArticle(db, removed!);
    expect(await db.articles.get(id)).toEqual(before);
  });
});

describe('deleteAllArticles', () => {
  it('really erases every article and reports how many', async () => {
    await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/a-aaaaaa', canonicalUrl: 'https://qazinform.com/news/a-aaaaaa' }), 1);
    await saveArticle(db, makeArticle({ url: 'https://qazinform.com/news/b-bbbbbb', canonicalUrl: 'https://qazinform.com/news/b-bbbbbb' }), 2);
    expect(await deleteAllArticles(db)).toBe(2);
    expect(await db.articles.count()).toBe(0);
    expect(await db.articles.where('words').equals(foldWords('Majilis')[0]!).count()).toBe(0);
  });
});

describe('saveArticles', () => {
  it('saves many in one transaction, merging duplicates within the batch', async () => {

    const batch = ['a-aaaaaa', 'b-bbbbbb', 'a-aaaaaa'].map((s) =>
      makeArticle({ url: `https://qazinform.com/news/${s}`, canonicalUrl: `https://qazinform.com/news/${s}` }),
    );
    const r = await saveArticles(db, batch, 10);
    expect(r.map((x) => x.created)).toEqual([true, true, false]);
    expect(await db.articles.count()).toBe(2);
  });

  it('writes nothing when one record fails', async () => {

    await saveArticle(db, makeArticle(), 1);
    db.articles.hook('creating', (_pk, obj) => {
      if ((obj as { title: string }).title === 'boom') throw new DOMException('full', 'QuotaExceededError');
    });
    const batch = [
      makeArticle({ url: 'https://qazinform.com/news/x-111111', canonicalUrl: 'https://qazinform.com/news/x-111111' }),
      makeArticle({ url: 'https://qazinform.com/news/y-222222', canonicalUrl: 'https://qazinform.com/news/y-222222', title: 'boom' }),
    ];
    await expect(saveArticles(db, batch, 2)).rejects.toMatchObject({ code: 'quota-exceeded' });
    expect(await db.articles.count()).toBe(1);
  });
});

describe('saveArticles matches saveArticle one by one', () => {
  it('ends in the same library for a batch with revisits, variants and bridging URLs', async () => {
    const u = (s: string) => `https://qazinform.com/news/${s}`;
    const batch = [
      makeArticle({ url: u('a-aaaaaa'), canonicalUrl: u('a-aaaaaa'), title: 'A1' }),
      makeArticle({ url: 'https://www.inform.kz/en/a_a1234567', canonicalUrl: 'https://www.inform.kz/en/a_a1234567', title: 'A-old' }),
      makeArticle({ url: u('b-bbbbbb') + '/', canonicalUrl: u('b-bbbbbb'), title: 'B' }),
      makeArticle({ url: 'https://www.inform.kz/en/a_a1234567/amp', canonicalUrl: u('a-aaaaaa'), title: 'A2' }),
      makeArticle({ url: u('b-bbbbbb') + '?utm=1', canonicalUrl: u('b-bbbbbb'), title: 'B' }),
    ];
    const strip = (rs: { title: string; keys: string[]; urls: string[]; savedAt: number }[]) =>
      rs.map((r) => ({ title: r.title, keys: [...r.keys].sort(), urls: [...r.urls].sort() })).sort((a, b) => a.title.localeCompare(b.title));

    await saveArticle(db, makeArticle({ url: u('b-bbbbbb'), canonicalUrl: u('b-bbbbbb'), title: 'B0' }), 1);
    const one = openDatabase(`${db.name}-seq`);
    await saveArticle(one, makeArticle({ url: u('b-bbbbbb'), canonicalUrl: u('b-bbbbbb'), title: 'B0' }), 1);
    for (const a of batch) await saveArticle(one, a, 2);
    await saveArticles(db, batch, 2);
    expect(strip(await db.articles.toArray())).toEqual(strip(await one.articles.toArray()));
    expect(await db.articles.count()).toBe(2);
    expect((await db.articles.toArray()).find((r) => r.title === 'B')?.savedAt).toBe(1);
    one.close();
    await Dexie.delete(one.name);
  });
});
