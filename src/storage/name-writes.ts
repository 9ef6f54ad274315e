/**
 * Writes the library's name data (the compact form of src/names/name-data.ts) next to
 * the articles, inside the caller's read-write transaction, so that an article and its
 * names are stored, changed and deleted together.
 *
 * - nameSigs: one row per distinct mention signature, written once for all articles;
 *   a signature no article refers to any more is deleted with the last reference.
 * - nameRefs: per article, the ids of its signatures and how often each occurs.
 * - nameLog: one row per transaction that changed names (the article ids, or `reset`),
 *   which pages read to update an index they loaded earlier (names-store.ts). Only the
 *   last LOG_KEEP rows are kept; a page further behind loads everything again.
 *
 * Computing the names of a text (the slow part) is done before the transaction:
 * `computeNames` depends on the text only, not on the article's id.
 */
import type { ExtractedArticle } from '../extraction/types';
import { articleNames, NAMES_DATA_VERSION, type ArticleNames } from '../names/name-data';
import type { DalaDatabase, NameLogRow, NameRefRow } from './db';

export type { ArticleNames };

/** Log rows kept: a page that missed more writes than this reloads its whole index. */
export const LOG_KEEP = 1000;

/** The database, or in a schema upgrade the upgrade transaction's tables. */
export type NameTables = Pick<DalaDatabase, 'nameSigs' | 'nameRefs' | 'nameLog'>;

/** The name tables of a database, to list in a transaction next to `articles`. */
export function nameTables(db: DalaDatabase): [DalaDatabase['nameSigs'], DalaDatabase['nameRefs'], DalaDatabase['nameLog']] {
  return [db.nameSigs, db.nameRefs, db.nameLog];
}

/** The name data of an article's text (lead first, as the reader shows it). */
export function computeNames(a: Pick<ExtractedArticle, 'lang' | 'title' | 'lead' | 'paragraphs'>): ArticleNames {
  return articleNames({ lang: a.lang, title: a.title, paragraphs: a.lead ? [a.lead, ...a.paragraphs] : a.paragraphs });
}

const sameRefs = (row: NameRefRow, names: ArticleNames) =>
  row.v === NAMES_DATA_VERSION &&
  row.sigs.length === names.refs.sigs.length &&
  row.sigs.every((s, i) => s === names.refs.sigs[i] && row.counts[i] === names.refs.counts[i]);

async function log(t: NameTables, row: Omit<NameLogRow, 'seq'>): Promise<void> {
  const seq = await t.nameLog.add(row as NameLogRow);
  await t.nameLog.where('seq').below(seq - LOG_KEEP + 1).delete();
}

/**
 * Inside a read-write transaction over the name tables: replaces the name data of each
 * article (null: the article is gone), deletes signatures left without any article,
 * and logs the change. The last change of an id wins.
 */
export async function writeNames(t: NameTables, changes: Iterable<readonly [number, ArticleNames | null]>): Promise<void> {
  const wanted = new Map<number, ArticleNames | null>();
  for (const [id, names] of changes) wanted.set(id, names);
  if (wanted.size === 0) return;
  const ids = [...wanted.keys()];
  const old = await t.nameRefs.bulkGet(ids);

  const puts: NameRefRow[] = [];
  const deletes: number[] = [];
  const sigs = new Map<string, string>();
  const dropped = new Set<string>();
  ids.forEach((id, i) => {
    const before = old[i];
    const names = wanted.get(id)!;
    if (names === null) {
      if (!before) return;
      deletes.push(id);
      for (const s of before.sigs) dropped.add(s);
      return;
    }
    if (before && sameRefs(before, names)) return;
    puts.push({ articleId: id, v: NAMES_DATA_VERSION, sigs: names.refs.sigs, counts: names.refs.counts });
    for (const s of names.sigs) sigs.set(s.id, s.sig);
    if (before) for (const s of before.sigs) dropped.add(s);
  });
  if (puts.length === 0 && deletes.length === 0) return;

  const stored = await t.nameSigs.bulkGet([...sigs.keys()]);
  const fresh = [...sigs].filter((_, i) => stored[i] === undefined).map(([id, sig]) => ({ id, sig }));
  if (fresh.length) await t.nameSigs.bulkAdd(fresh);
  if (puts.length) await t.nameRefs.bulkPut(puts);
  if (deletes.length) await t.nameRefs.bulkDelete(deletes);

  const candidates = [...dropped].filter((s) => !sigs.has(s));
  const users = await Promise.all(candidates.map((s) => t.nameRefs.where('sigs').equals(s).limit(1).primaryKeys()));
  const orphans = candidates.filter((_, i) => users[i]!.length === 0);
  if (orphans.length) await t.nameSigs.bulkDelete(orphans);
  await log(t, { articleIds: [...puts.map((r) => r.articleId), ...deletes] });
}

/** Inside a read-write transaction over the name tables: forgets every article's names (the library was erased). */
export async function clearNames(t: NameTables): Promise<void> {
  await t.nameSigs.clear();
  await t.nameRefs.clear();
  await log(t, { articleIds: [], reset: true });
}
