import type { ExtractedArticle } from '../../../src/extraction/types';
import type { StoredArticle } from '../../../src/storage/db';
import { validateArticle } from '../../../src/messaging/validate';
import { makeArticle } from '../helpers/article';
import { hostileArticles } from '../safety/hostile-library';

/** 2024-05-01 12:00 UTC: the same calendar day in every time zone from UTC-11 to UTC+11. */
export const NOON = Date.UTC(2024, 4, 1, 12);

/** A stored record of an article for the pure exporters (derived fields are not what they examine). */
export function storedFrom(article: ExtractedArticle, over: Partial<StoredArticle> = {}): StoredArticle {
  const { isArticle: _isArticle, ...fields } = article;
  return {
    ...fields,
    id: 1,
    keys: [],
    urls: [fields.url],
    savedAt: NOON,
    updatedAt: NOON,
    seenAt: NOON,
    contentHash: '0'.repeat(64),
    tagKeys: [],
    words: [],
    ...over,
  };
}

export function stored(over: Partial<StoredArticle> = {}, article: Partial<ExtractedArticle> = {}): StoredArticle {
  return storedFrom(makeArticle(article), over);
}

/** Hostile articles as the background would have stored them (validated), numbered from 1. */
export function hostileLibrary(count: number, seed: number): StoredArticle[] {
  return hostileArticles(count, seed).map((a, i) => storedFrom(validateArticle(a), { id: i + 1, savedAt: NOON + i, updatedAt: NOON + i, seenAt: NOON + i }));
}
