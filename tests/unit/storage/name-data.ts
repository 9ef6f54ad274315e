/**
 * Shared by the storage tests of the name data: articles that name people and bodies
 * in several spellings, and the check that the stored name data is exactly what a
 * fresh save of every stored article computes, with no row left over.
 */
import { expect } from 'vitest';
import type { ExtractedArticle } from '../../../src/extraction/types';
import { NameIndex, NAMES_DATA_VERSION } from '../../../src/names';
import type { DalaDatabase, StoredArticle } from '../../../src/storage/db';
import { computeNames } from '../../../src/storage/name-writes';
import { makeArticle } from '../helpers/article';

const TEXTS: [string, string, string[]][] = [
  ['en', 'Senate chairman meets observers', ['Chairman of the Senate Maulen Ashimbayev met a delegation of observers.', 'The elections to the Majilis were held in line with the law.']],
  ['en', 'Observers praise the vote', ['Maulen Ashimbaev thanked the observers. Ashimbaev said the Mazhilis would meet on Monday.']],
  ['en', 'Mission head briefs the press', ['Vagharshak Hakobyan, coordinator of the observers, spoke to journalists.']],
  ['en', 'Coordinator speaks', ['Group coordinator Vagarshak Akobyan said the vote was calm. President Kassym-Jomart Tokayev voted in Astana.']],
  ['ru', 'Председатель Сената встретился с наблюдателями', ['Председатель Сената Маулен Ашимбаев встретился с наблюдателями. Выборы в Мажилис прошли спокойно.']],
  ['kk', 'Мемлекет басшысы жарлыққа қол қойды', ['Мемлекет басшысы Қасым-Жомарт Тоқаев жарлыққа қол қойды. Сенат Төрағасы Мәулен Әшімбаев бақылаушылармен кездесті.']],
  ['kk-Latn', 'Memleket basshysy', ['Memleket basshysy Qasym-Jomart Toqaev jarlyqqa qol qoidy.']],
  ['en', 'Weather', ['It was sunny in the capital on Monday.']],
];

/** The i-th test article (a distinct URL; text from a small set of texts with names). */
export function namedArticle(i: number, over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  const [lang, title, paragraphs] = TEXTS[i % TEXTS.length]!;
  const url = `https://qazinform.com/news/article-${(0x100000 + i).toString(16)}`;
  return makeArticle({ url, canonicalUrl: url, lang: lang as ExtractedArticle['lang'], title, paragraphs, lead: i % 3 === 0 ? 'Senator Maulen Ashimbayev spoke first.' : null, ...over });
}

/** The stored name data equals what a fresh save of every stored article computes; nothing is left over. */
export async function expectNameDataOfArticles(db: DalaDatabase): Promise<void> {
  const [articles, refs, sigs] = await Promise.all([db.articles.toArray(), db.nameRefs.toArray(), db.nameSigs.toArray()]);
  const expectedSigs = new Map<string, string>();
  const expectedRefs = articles.map((a) => {
    const names = computeNames(a);
    for (const s of names.sigs) expectedSigs.set(s.id, s.sig);
    return { articleId: a.id, v: NAMES_DATA_VERSION, ...names.refs };
  });
  expect(refs.sort((a, b) => a.articleId - b.articleId)).toEqual(expectedRefs.sort((a, b) => a.articleId - b.articleId));
  expect(new Map(sigs.map((s) => [s.id, s.sig]))).toEqual(expectedSigs);
}

/** The index of the stored articles built from their texts (the reference every stored index must equal). */
export function indexFromTexts(articles: StoredArticle[]): NameIndex {
  const index = new NameIndex();
  for (const a of articles) index.add({ id: String(a.id), lang: a.lang, title: a.title, paragraphs: a.lead ? [a.lead, ...a.paragraphs] : a.paragraphs });
  return index;
}
