/**
 * The queries the reading room needs: the ordered list of article ids for a view
 * (sort, filters, search), the rows shown for a window of that list, and the
 * facets the filters offer. Everything reads indexes (keys only) first and loads
 * whole records only for the rows on screen, so a library of 10,000 stays quick.
 *
 * Search folds the query with the very function the word index was built with
 * (search-text.ts), so a query word matches exactly when the text word did.
 */
import type { Lang, SiteId } from '../extraction/types';
import type { DalaDatabase, StoredArticle } from './db';
import { foldTag } from './articles';
import { toStorageError } from './errors';
import { foldSearchQuery, foldWords } from './search-text';

export type SortKey = 'savedAt' | 'publishedAt';

export interface ListQuery {
  sort: SortKey;
  /** What the person typed; folded here. */
  search: string;
  site: SiteId | null;
  lang: Lang | null;
  /** A tag label as shown or typed; folded here. */
  tag: string | null;
  /** Inclusive day bounds, YYYY-MM-DD, over the date the list is sorted by. */
  from: string | null;
  to: string | null;
}

export const DEFAULT_QUERY: ListQuery = {
  sort: 'savedAt',
  search: '',
  site: null,
  lang: null,
  tag: null,
  from: null,
  to: null,
};

/** True when the query is the plain "everything, newest saved first" list. */
export function isDefaultQuery(q: ListQuery): boolean {
  return (
    q.sort === 'savedAt' &&
    !hasSearch(searchMatch(q.search)) &&
    !q.site &&
    !q.lang &&
    !(q.tag && foldTag(q.tag)) &&
    !q.from &&
    !q.to
  );
}

/** What one row of the list shows; the body stays in the database. */
export interface ListRow {
  id: number;
  title: string;
  site: SiteId;
  lang: Lang;
  publishedAt: string | null;
  /** The page gave the date without a time of day. */
  publishedDateOnly: boolean;
  savedAt: number;
  url: string;
  canonicalUrl: string;
  /** A short piece of the text: around the first match when searching, else the start. */
  snippet: string;
}

/** A typed search, folded as the index folded the articles: whole words, and the word still being typed. */
export interface SearchMatch {
  /** Index tokens an article must all have. */
  terms: readonly string[];
  /** Index tokens starting with this must be there too (the last word, while typed); null when none. */
  prefix: string | null;
}

const HAN = /\p{Script=Han}/u;

/** Tokens the index can hold: one letter alone is not indexed (a digit or a Chinese character is). */
function indexable(token: string): boolean {
  return token.length >= 2 || /\d/.test(token) || HAN.test(token);
}

/**
 * The search the index answers for what was typed. One-letter words are left out: the
 * index does not hold them, and a one-letter word being typed would match most of the library.
 */
export function searchMatch(search: string): SearchMatch {
  const q = foldSearchQuery(search);
  return { terms: q.terms.filter(indexable), prefix: q.prefix && indexable(q.prefix) ? q.prefix : null };
}

export function hasSearch(m: SearchMatch): boolean {
  return m.terms.length > 0 || m.prefix !== null;
}

/** Whether an index token matches the search: one of its whole words, or the word being typed. */
export function tokenMatches(token: string, m: SearchMatch): boolean {
  return m.terms.includes(token) || (m.prefix !== null && token.startsWith(m.prefix));
}

/** Whether a word of text matches the search, folded as the index folds it. */
export function wordMatches(word: string, m: SearchMatch): boolean {
  return hasSearch(m) && foldWords(word).some((token) => tokenMatches(token, m));
}

const DAY_MS = 86_400_000;

/** Local-midnight bounds of a YYYY-MM-DD day range, for saved times (the person's own calendar). */
function localDayRange(from: string | null, to: string | null): [number, number] | null {
  if (!from && !to) return null;
  const day = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d).getTime();
  };
  return [from ? day(from) : -Infinity, to ? day(to) + DAY_MS : Infinity];
}

async function keySet(p: Promise<number[]>): Promise<Set<number>> {
  return new Set(await p);
}

/**
 * Every article in the order of `sort`, within the day range when one is given. This is
 * the costly part of a list query (it reads a whole index's keys) and depends only on the
 * sort and the range, so the list keeps it while the search and the other filters change.
 */
export async function baseOrder(db: DalaDatabase, sort: SortKey, from: string | null, to: string | null): Promise<number[]> {
  try {
    const t = db.articles;
    if (sort === 'savedAt') {
      const range = localDayRange(from, to);
      const c = range ? t.where('savedAt').between(range[0], range[1], true, false) : t.orderBy('savedAt');
      return await c.reverse().primaryKeys();
    }
    // Published dates are ISO strings in Kazakhstan's offset of the day: the first ten
    // characters are the day as the site printed it, which is the day the reader sees.
    const ranged = Boolean(from || to);
    const c = ranged ? t.where('publishedAt').between(from ?? '', `${to ?? '9999-12-31'}\uffff`, true, true) : t.orderBy('publishedAt');
    const dated = await c.reverse().primaryKeys();
    if (ranged) return dated;
    // Undated articles are not in the published index: they follow, newest saved first.
    const seen = new Set(dated);
    return dated.concat((await t.orderBy('savedAt').reverse().primaryKeys()).filter((id) => !seen.has(id)));
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The id sets the filters and the search words select (smallest first); empty when the query filters nothing. */
export async function filterSets(db: DalaDatabase, q: Pick<ListQuery, 'search' | 'site' | 'lang' | 'tag'>): Promise<Set<number>[]> {
  try {
    const t = db.articles;
    const sets: Promise<Set<number>>[] = [];
    if (q.site) sets.push(keySet(t.where('site').equals(q.site).primaryKeys()));
    if (q.lang) sets.push(keySet(t.where('lang').equals(q.lang).primaryKeys()));
    const tag = q.tag ? foldTag(q.tag) : '';
    if (tag) sets.push(keySet(t.where('tagKeys').equals(tag).primaryKeys()));
    const m = searchMatch(q.search);
    for (const term of m.terms) sets.push(keySet(t.where('words').equals(term).primaryKeys()));
    if (m.prefix) sets.push(keySet(t.where('words').startsWith(m.prefix).primaryKeys()));
    return (await Promise.all(sets)).sort((a, b) => a.size - b.size);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The base order, keeping the ids that are in every set. */
export function applyFilters(base: readonly number[], sets: readonly Set<number>[]): number[] {
  return sets.length ? base.filter((id) => sets.every((s) => s.has(id))) : [...base];
}

/** Ids of the articles the query selects, in display order. */
export async function orderedIds(db: DalaDatabase, q: ListQuery): Promise<number[]> {
  const [base, sets] = await Promise.all([baseOrder(db, q.sort, q.from, q.to), filterSets(db, q)]);
  return applyFilters(base, sets);
}

export const NO_SEARCH: SearchMatch = { terms: [], prefix: null };

const SNIPPET = 180;
const WORD = /[\p{L}\p{N}]+/gu;

function clip(text: string, start: number): string {
  const s = Math.max(0, start);
  const end = Math.min(text.length, s + SNIPPET);
  return `${s > 0 ? '…' : ''}${text.slice(s, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The piece of text a row shows: around the first matching word when searching, else the start of the lead or body. */
export function snippetOf(a: Pick<StoredArticle, 'lead' | 'paragraphs'>, search: SearchMatch = NO_SEARCH): string {
  const texts = [a.lead ?? '', ...a.paragraphs].filter((s) => s.trim());
  if (hasSearch(search)) {
    for (const text of texts) {
      for (const m of text.matchAll(WORD)) {
        if (wordMatches(m[0], search)) {
          // Start at a word boundary a little before the match.
          const before = text.lastIndexOf(' ', Math.max(0, (m.index ?? 0) - 40));
          return clip(text, (m.index ?? 0) <= 40 ? 0 : before + 1);
        }
      }
    }
  }
  return clip(texts[0] ?? '', 0);
}

export function toRow(a: StoredArticle, search: SearchMatch = NO_SEARCH): ListRow {
  return {
    id: a.id,
    title: a.title,
    site: a.site,
    lang: a.lang,
    publishedAt: a.publishedAt,
    publishedDateOnly: a.publishedDateOnly === true,
    savedAt: a.savedAt,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    snippet: snippetOf(a, search),
  };
}

/** Rows for the given ids, in the given order; ids deleted meanwhile are left out. */
export async function rowsFor(db: DalaDatabase, ids: readonly number[], search = ''): Promise<ListRow[]> {
  try {
    const m = searchMatch(search);
    const found = await db.articles.bulkGet([...ids]);
    return found.filter((a): a is StoredArticle => a !== undefined).map((a) => toRow(a, m));
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The newest saved rows: what the popup paints first, before it knows anything else. */
export async function firstRows(db: DalaDatabase, limit: number): Promise<ListRow[]> {
  try {
    return (await db.articles.orderBy('savedAt').reverse().limit(limit).toArray()).map((a) => toRow(a));
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function countArticles(db: DalaDatabase): Promise<number> {
  try {
    return await db.articles.count();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Every tag in the library, folded as the tag index keeps it, for the tag filter's suggestions. */
export async function tagKeys(db: DalaDatabase): Promise<string[]> {
  try {
    return (await db.articles.orderBy('tagKeys').uniqueKeys()).map(String);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Titles of the given articles (for the notes' links), by id; missing ones are left out. */
export async function titlesOf(db: DalaDatabase, ids: readonly number[]): Promise<Map<number, Pick<StoredArticle, 'id' | 'title' | 'lang' | 'site'>>> {
  try {
    const found = await db.articles.bulkGet([...ids]);
    return new Map(
      found.filter((a): a is StoredArticle => a !== undefined).map((a) => [a.id, { id: a.id, title: a.title, lang: a.lang, site: a.site }]),
    );
  } catch (e) {
    throw toStorageError(e);
  }
}
