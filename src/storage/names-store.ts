/**
 * The library's name index (transliteration notes), loaded from the name data every
 * article write stores next to the article (name-writes.ts): no text is read again,
 * so a popup or a woken service worker has the groups of 10,000 articles in about a
 * second instead of re-extracting them.
 *
 * - loadNameIndex(db): the index as stored now. Articles whose name data is missing,
 *   damaged or from another NAMES_DATA_VERSION are read from their text instead, and
 *   what was computed is written back (so the next load is fast again).
 * - liveNameIndex(db).current(): the same index, kept fresh: each call reads the name
 *   log (one small range read when nothing changed) and applies the saves and deletions
 *   made since, in this page or any other context, article by article. A page that
 *   fell more than LOG_KEEP writes behind, or saw the library erased, loads again.
 *
 * This module brings in the whole Names module: pages import it lazily.
 */
import { NAMES_DATA_VERSION, type ArticleNames } from '../names/name-data';
import { NameIndex } from '../names/name-index';
import type { DalaDatabase, NameRefRow, StoredArticle } from './db';
import { toStorageError } from './errors';
import { computeNames, nameTables, writeNames } from './name-writes';

export { NameIndex };

/** Names computed from an article's text at load, with what the text was, to store them only if it is still that text. */
interface Computed {
  id: number;
  hash: string;
  lang: string;
  names: ArticleNames;
}

interface Loaded {
  index: NameIndex;
  /** The last name log row the index includes (0: none). */
  seq: number;
  computed: Computed[];
  /** Name rows left by articles that are gone. */
  strays: number[];
}

function putComputed(index: NameIndex, id: number, names: ArticleNames): void {
  const sigs = new Map(names.sigs.map((s) => [s.id, s.sig]));
  index.put(String(id), names.refs, (sid) => sigs.get(sid));
}

/** Puts a stored row into the index; false when it cannot be used (another version, damaged, a signature missing). */
function putStored(index: NameIndex, row: NameRefRow, sigs: ReadonlyMap<string, string>): boolean {
  if (row.v !== NAMES_DATA_VERSION) return false;
  try {
    index.put(String(row.articleId), row, (sid) => sigs.get(sid));
    return true;
  } catch {
    return false;
  }
}

type Text = Pick<StoredArticle, 'id' | 'contentHash' | 'lang' | 'title' | 'lead' | 'paragraphs'>;

/**
 * Everything, read in one transaction (so the log position matches the data); the
 * texts of articles without usable name data are read there and their names computed
 * after it, so that writers are not kept waiting.
 */
async function readAll(db: DalaDatabase): Promise<Loaded> {
  const { index, seq, texts, strays } = await db.transaction('r', [db.articles, db.nameSigs, db.nameRefs, db.nameLog], async () => {
    const [sigRows, refRows, articleIds, last] = await Promise.all([
      db.nameSigs.toArray(),
      db.nameRefs.toArray(),
      db.articles.toCollection().primaryKeys(),
      db.nameLog.toCollection().last(),
    ]);
    const sigs = new Map(sigRows.map((r) => [r.id, r.sig]));
    const present = new Set(articleIds);
    const index = new NameIndex();
    const strays: number[] = [];
    for (const row of refRows) {
      if (!present.has(row.articleId)) strays.push(row.articleId);
      else putStored(index, row, sigs);
    }
    const missing = articleIds.filter((id) => !index.has(String(id)));
    const texts: Text[] = [];
    for (const a of missing.length ? await db.articles.bulkGet(missing) : []) {
      if (a) texts.push({ id: a.id, contentHash: a.contentHash, lang: a.lang, title: a.title, lead: a.lead, paragraphs: a.paragraphs });
    }
    return { index, seq: last?.seq ?? 0, texts, strays };
  });
  const computed = texts.map((a) => {
    const c = { id: a.id, hash: a.contentHash, lang: a.lang, names: computeNames(a) };
    putComputed(index, a.id, c.names);
    return c;
  });
  return { index, seq, computed, strays };
}

/**
 * Stores names computed at load for articles whose text is still the one they were
 * computed from, and drops rows of articles that are gone. A failure here loses
 * nothing (the index has the names; the next load computes them again), so it is not
 * reported to the reader.
 */
async function writeBack(db: DalaDatabase, { computed, strays }: Loaded): Promise<void> {
  if (computed.length === 0 && strays.length === 0) return;
  try {
    await db.transaction('rw', [db.articles, ...nameTables(db)], async () => {
      const now = await db.articles.bulkGet(computed.map((c) => c.id));
      const current = computed.filter((c, i) => now[i]?.contentHash === c.hash && now[i]?.lang === c.lang);
      const gone = (await db.articles.bulkGet(strays)).flatMap((a, i) => (a ? [] : [strays[i]!]));
      await writeNames(db, [...current.map((c) => [c.id, c.names] as const), ...gone.map((id) => [id, null] as const)]);
    });
  } catch {
    // See above: the stored name data stays as it was, and is complete again on a later load.
  }
}

async function load(db: DalaDatabase): Promise<Loaded> {
  let loaded: Loaded;
  try {
    loaded = await readAll(db);
  } catch (e) {
    throw toStorageError(e);
  }
  await writeBack(db, loaded);
  return loaded;
}

/** The name index of the whole library, from the stored name data. */
export async function loadNameIndex(db: DalaDatabase): Promise<NameIndex> {
  return (await load(db)).index;
}

export interface LiveNameIndex {
  /** The index, with every save and deletion made until now applied (loaded on the first call). */
  current(): Promise<NameIndex>;
}

type Changes = { seq: number; ids: number[]; rows: (NameRefRow | undefined)[]; sigs: Map<string, string> };
type Update = { reload: true } | ({ reload: false } & Changes);

/** Applies the changed articles' rows (none: the article is gone); false when a row cannot be used. */
function apply(index: NameIndex, { ids, rows, sigs }: Changes): boolean {
  return ids.every((id, i) => {
    const row = rows[i];
    if (row) return putStored(index, row, sigs);
    index.remove(String(id));
    return true;
  });
}

/** What changed since log position `seq`, read in one transaction. */
function readChanges(db: DalaDatabase, seq: number): Promise<Update> {
  return db.transaction('r', [db.nameSigs, db.nameRefs, db.nameLog], async (): Promise<Update> => {
    const log = await db.nameLog.where('seq').above(seq).toArray();
    if (log.length === 0) return { reload: false, seq, ids: [], rows: [], sigs: new Map() };
    // Rows are numbered one by one: a gap means rows were trimmed before this page read them.
    if (log[0]!.seq !== seq + 1 || log.some((r) => r.reset)) return { reload: true };
    const ids = [...new Set(log.flatMap((r) => r.articleIds))];
    const rows = await db.nameRefs.bulkGet(ids);
    const sigIds = [...new Set(rows.flatMap((r) => r?.sigs ?? []))];
    const sigRows = await db.nameSigs.bulkGet(sigIds);
    const sigs = new Map(sigRows.flatMap((r) => (r ? [[r.id, r.sig] as const] : [])));
    return { reload: false, seq: log[log.length - 1]!.seq, ids, rows, sigs };
  });
}

/** A name index that follows the library: see the module comment. */
export function liveNameIndex(db: DalaDatabase): LiveNameIndex {
  let state: { index: NameIndex; seq: number } | null = null;
  let running: Promise<NameIndex> | null = null;

  async function update(): Promise<NameIndex> {
    if (state) {
      let u: Update;
      try {
        u = await readChanges(db, state.seq);
      } catch (e) {
        throw toStorageError(e);
      }
      if (!u.reload && apply(state.index, u)) {
        state.seq = u.seq;
        return state.index;
      }
      // Too far behind, erased, or a row this version cannot read: start again from what is stored.
    }
    const { index, seq } = await load(db);
    state = { index, seq };
    return index;
  }

  return {
    current() {
      running ??= update().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
