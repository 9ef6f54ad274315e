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
import { foldWords } from './search-text';

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
    searchTerms(q.search).length === 0 &&
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
  savedAt: number;
  url: string;
  canonicalUrl: string;
  /** A short piece of the text: around the first match when searching, else the start. */
  snippet: string;
}

/** The query's words, folded as the index folded the articles' words. */
export function searchTerms(search: string): string[] {
  return [...new Set(foldWords(search))];
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether one word of text matches one query term: the folded word starts with the
 * term (so results come while a word is being typed); a run of Chinese characters,
 * which has no spaces inside, matches where it contains the term.
 */
export function wordMatches(word: string, terms: readonly string[]): boolean {
  if (!terms.length) return false;
  return foldWords(word).some((w) => terms.some((term) => (HAN.test(term) ? w.includes(term) : w.startsWith(term))));
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

/** Ids of the articles the query selects, in display order. */
export async function orderedIds(db: DalaDatabase, q: ListQuery): Promise<number[]> {
  try {
    const t = db.articles;
    let base: number[];
    if (q.sort === 'savedAt') {
      const range = localDayRange(q.from, q.to);
      const c = range ? t.where('savedAt').between(range[0], range[1], true, false) : t.orderBy('savedAt');
      base = await c.reverse().primaryKeys();
    } else {
      // Published dates are ISO strings in Kazakhstan's offset of the day: the first ten
      // characters are the day as the site printed it, which is the day the reader sees.
      const ranged = Boolean(q.from || q.to);
      const c = ranged ? t.where('publishedAt').between(q.from ?? '', `${q.to ?? '9999-12-31'}\uffff`, true, true) : t.orderBy('publishedAt');
      base = await c.reverse().primaryKeys();
      if (!ranged) {
        // Undated articles are not in the published index: they follow, newest saved first.
        const dated = new Set(base);
        base = base.concat((await t.orderBy('savedAt').reverse().primaryKeys()).filter((id) => !dated.has(id)));
      }
    }

    const sets: Promise<Set<number>>[] = [];
    if (q.site) sets.push(keySet(t.where('site').equals(q.site).primaryKeys()));
    if (q.lang) sets.push(keySet(t.where('lang').equals(q.lang).primaryKeys()));
    const tag = q.tag ? foldTag(q.tag) : '';
    if (tag) sets.push(keySet(t.where('tagKeys').equals(tag).primaryKeys()));
    for (const term of searchTerms(q.search)) sets.push(keySet(t.where('words').startsWith(term).primaryKeys()));
    if (!sets.length) return base;
    const all = (await Promise.all(sets)).sort((a, b) => a.size - b.size);
    return base.filter((id) => all.every((s) => s.has(id)));
  } catch (e) {
    throw toStorageError(e);
  }
}

const SNIPPET = 180;
const WORD = /[\p{L}\p{N}]+/gu;

function clip(text: string, start: number): string {
  const s = Math.max(0, start);
  const end = Math.min(text.length, s + SNIPPET);
  return `${s > 0 ? '…' : ''}${text.slice(s, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The piece of text a row shows: around the first matching word when searching, else the start of the lead or body. */
export function snippetOf(a: Pick<StoredArticle, 'lead' | 'paragraphs'>, terms: readonly string[]): string {
  const texts = [a.lead ?? '', ...a.paragraphs].filter((s) => s.trim());
  if (terms.length) {
    for (const text of texts) {
      for (const m of text.matchAll(WORD)) {
        if (wordMatches(m[0], terms)) {
          // Start at a word boundary a little before the match.
          const before = text.lastIndexOf(' ', Math.max(0, (m.index ?? 0) - 40));
          return clip(text, (m.index ?? 0) <= 40 ? 0 : before + 1);
        }
      }
    }
  }
  return clip(texts[0] ?? '', 0);
}

export function toRow(a: StoredArticle, terms: readonly string[] = []): ListRow {
  return {
    id: a.id,
    title: a.title,
    site: a.site,
    lang: a.lang,
    publishedAt: a.publishedAt,
    savedAt: a.savedAt,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    snippet: snippetOf(a, terms),
  };
}

/** Rows for the given ids, in the given order; ids deleted meanwhile are left out. */
export async function rowsFor(db: DalaDatabase, ids: readonly number[], search = ''): Promise<ListRow[]> {
  try {
    const terms = searchTerms(search);
    const found = await db.articles.bulkGet([...ids]);
    return found.filter((a): a is StoredArticle => a !== undefined).map((a) => toRow(a, terms));
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
