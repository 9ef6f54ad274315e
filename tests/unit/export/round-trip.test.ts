/**
 * Export then import of a 10,000-article library into an empty database gives back
 * the same library, field for field (ids included: an empty database numbers the
 * records in the backup's order, which is the original order).
 */
import { afterAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDatabase, type StoredArticle } from '../../../src/storage/db';
import { saveArticles } from '../../../src/storage/articles';
import { exportLibrary, importBackup } from '../../../src/storage/backup';
import { getSettings, updateSettings } from '../../../src/storage/settings';
import { validateArticle } from '../../../src/messaging/validate';
import { hostileArticles } from '../safety/hostile-library';
import { expectNameDataOfArticles } from '../storage/name-data';

const COUNT = Number(process.env.ROUND_TRIP_COUNT ?? 10_000);
const APP = { name: 'Dala Reader', version: '0.1.0' };
const source = openDatabase('round-trip-source');
const target = openDatabase('round-trip-target');

afterAll(async () => {
  for (const db of [source, target]) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** JSON with keys sorted: equal for records with equal fields in any order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/** The first record that differs, so a failure shows one record, not ten thousand. */
function firstDifference(a: StoredArticle[], b: StoredArticle[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (canonical(a[i]) !== canonical(b[i])) return i;
  return -1;
}

describe('backup round trip', () => {
  it(`gives back the same library of ${COUNT} articles, field for field`, async () => {
    const t0 = performance.now();
    const articles = hostileArticles(COUNT).map((a) => validateArticle(a));
    // Saved through the real save path, in batches at different times. Among the first
    // thousand (revisits are slow on fake-indexeddb's key index once it is large), some
    // texts change later, some pages are revisited unchanged, some by other URLs.
    const first = articles.slice(0, 1000);
    await saveArticles(source, first.slice(0, 500), 1_500_000_000_000);
    await saveArticles(source, first.slice(500), 1_500_000_060_000);
    const some = (r: number) => first.filter((_, i) => i % 10 === r);
    await saveArticles(source, some(0).map((a) => ({ ...a, paragraphs: [...a.paragraphs, 'Added later.'] })), 1_600_000_000_000);
    await saveArticles(source, some(3), 1_600_000_060_000);
    await saveArticles(source, some(5).map((a) => ({ ...a, url: `${a.canonicalUrl}/amp` })), 1_600_000_120_000);
    for (let i = 1000; i < COUNT; i += 1000) await saveArticles(source, articles.slice(i, i + 1000), 1_650_000_000_000 + i * 60_000);
    const later = 1_700_000_000_000;
    await updateSettings(source, { uiLanguage: 'kk', saveMode: { kazinform: 'ask', qazaqtv: 'never', senate: 'auto' } });
    const original = await source.articles.toArray();
    expect(original).toHaveLength(COUNT);
    const tSaved = performance.now();

    const file = await exportLibrary(source, APP, { now: later });
    const tExported = performance.now();
    const report = await importBackup(target, file.data as string, { importSettings: true });
    const tImported = performance.now();

    expect(report).toEqual({ added: COUNT, updated: 0, unchanged: 0, skipped: 0, settingsImported: true });
    const restored = await target.articles.toArray();
    const at = firstDifference(original, restored);
    if (at >= 0) expect(restored[at], `record ${at}`).toStrictEqual(original[at]);
    expect(at).toBe(-1);
    expect(restored).toHaveLength(COUNT);
    expect(await getSettings(target)).toEqual(await getSettings(source));
    // The indexes answer the same: a word, a tag, a key.
    expect(await target.articles.where('words').equals('ashimbayev').count()).toBe(await source.articles.where('words').equals('ashimbayev').count());
    expect(await target.articles.where('tagKeys').equals('сенат').count()).toBe(await source.articles.where('tagKeys').equals('сенат').count());
    // The name data (transliteration notes) is what saving would have written, article for article.
    await expectNameDataOfArticles(target);
    expect(await target.nameRefs.toArray()).toEqual(await source.nameRefs.toArray());
    // Exporting the restored library writes the very same file.
    const again = (await exportLibrary(target, APP, { now: later })).data as string;
    expect(again).toBe(file.data);

    const tDone = performance.now();
    console.log(
      `round trip ${COUNT}: save ${(tSaved - t0).toFixed(0)} ms, export ${(tExported - tSaved).toFixed(0)} ms (${((file.data as string).length / 1e6).toFixed(1)} MB), import ${(tImported - tExported).toFixed(0)} ms, checks ${(tDone - tImported).toFixed(0)} ms`,
    );
  }, 120_000);
});
