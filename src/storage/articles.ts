/**
 * Reading and writing saved articles. One record per article: a save finds an
 * existing record by any identity key of the page URL or its canonical URL, and
 * updates it (keeping the first saved time) instead of adding a second one.
 */
import type { Table, Transaction } from 'dexie';
import type { ExtractedArticle } from '../extraction/types';
import { keysOf } from '../sites/identity';
import type { DalaDatabase, StoredArticle } from './db';
import { toStorageError } from './errors';
import { clearNames, computeNames, nameTables, writeNames, type ArticleNames } from './name-writes';
import { articleWords } from './search-text';

export { computeNames, nameTables, writeNames, type ArticleNames };

/**
 * Runs `write` in one read-write transaction over the articles, the name tables and
 * any `extra` tables, and maps a failure to a StorageError. When the transaction
 * itself failed (a browser refusing the quota at commit aborts it), its error is the
 * one reported, not the complaint of a later request that the transaction is over.
 */
export async function writeArticles<T>(db: DalaDatabase, write: () => Promise<T>, extra: readonly Table[] = []): Promise<T> {
  let tx: Transaction | undefined;
  try {
    return await db.transaction('rw', [db.articles, ...nameTables(db), ...extra], (t) => {
      tx = t;
      return write();
    });
  } catch (e) {
    throw toStorageError(tx?.idbtrans?.error ?? e);
  }
}

export interface SaveResult {
  id: number;
  created: boolean;
  changed: boolean;
}

/** Hex SHA-256 of the fields whose change means "the article text changed". */
export async function contentHash(a: Pick<ExtractedArticle, 'title' | 'lead' | 'paragraphs' | 'author' | 'dateline' | 'publishedAt' | 'tags' | 'credits'>): Promise<string> {
  const text = JSON.stringify([a.title, a.lead, a.paragraphs, a.author, a.dateline, a.publishedAt, a.tags, a.credits]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function foldTag(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}

/** An article's stored text fields with the indexes derived from them (tags, search words); shared by saving and import. */
export function textFields(a: ExtractedArticle): Omit<StoredArticle, 'id' | 'keys' | 'urls' | 'savedAt' | 'updatedAt' | 'seenAt' | 'contentHash'> {
  const { isArticle: _isArticle, ...rest } = a;
  return {
    ...rest,
    tagKeys: [...new Set(a.tags.map((t) => foldTag(t.label)).filter(Boolean))],
    words: articleWords(a),
  };
}

interface Prepared {
  article: ExtractedArticle;
  urls: string[];
  keys: string[];
  hash: string;
  /** The names of the article's text, stored if the text is stored. */
  names: ArticleNames;
}

async function prepare(article: ExtractedArticle): Promise<Prepared> {
  const urls = [...new Set([article.url, article.canonicalUrl])];
  return { article, urls, keys: keysOf(urls), hash: await contentHash(article), names: computeNames(article) };
}

/** The read-modify-write of one article and its names; runs inside a caller's rw transaction on `articles` and the name tables. */
async function upsert(db: DalaDatabase, prepared: Prepared, now: number): Promise<SaveResult> {
  const { result, folded } = await upsertArticle(db, prepared, now);
  await writeNames(db, [...(result.changed ? [[result.id, prepared.names] as const] : []), ...folded.map((id) => [id, null] as const)]);
  return result;
}

async function upsertArticle(db: DalaDatabase, { article, urls, keys, hash }: Prepared, now: number): Promise<{ result: SaveResult; folded: number[] }> {
  const matches = await db.articles.where('keys').anyOf(keys).toArray();
  const existing = matches.sort((a, b) => a.savedAt - b.savedAt)[0];
  if (!existing) {
    const id = await db.articles.add({
      ...textFields(article),
      keys,
      urls,
      savedAt: now,
      updatedAt: now,
      seenAt: now,
      contentHash: hash,
    } as StoredArticle);
    return { result: { id, created: true, changed: true }, folded: [] };
  }
  // Every match is the same article (records reached earlier by URLs with no key in
  // common fold into the oldest one, which keeps its id and first saved time).
  const changed = existing.contentHash !== hash;
  const merged: StoredArticle = {
    ...(changed ? { ...existing, ...textFields(article), contentHash: hash, updatedAt: now } : existing),
    id: existing.id,
    keys: [...new Set([...matches.flatMap((m) => m.keys), ...keys])],
    urls: [...new Set([...matches.flatMap((m) => m.urls), ...urls])],
    seenAt: now,
  };
  await db.articles.put(merged);
  const dupes = matches.filter((m) => m.id !== existing.id).map((m) => m.id);
  if (dupes.length) await db.articles.bulkDelete(dupes);
  return { result: { id: existing.id, created: false, changed }, folded: dupes };
}

/** Saves or updates one article; the whole read-modify-write is one transaction. */
export async function saveArticle(db: DalaDatabase, article: ExtractedArticle, now: number = Date.now()): Promise<SaveResult> {
  const prepared = await prepare(article);
  return writeArticles(db, () => upsert(db, prepared, now));
}

/**
 * Saves many articles in one transaction: all of them, or (on any failure) none.
 * Same rules as saveArticle, batched: one look-up of every key, merges in memory
 * (also between articles of the batch), then bulk writes.
 */
export async function saveArticles(db: DalaDatabase, articles: readonly ExtractedArticle[], now: number = Date.now()): Promise<SaveResult[]> {
  const prepared = await Promise.all(articles.map(prepare));
  const allKeys = [...new Set(prepared.flatMap((p) => p.keys))];
  return writeArticles(db, async () => {
    const found = allKeys.length ? await db.articles.where('keys').anyOf(allKeys).toArray() : [];
    // `names`: of the text the record takes from this batch (none when its stored text stays).
    type Slot = { record: StoredArticle; isNew: boolean; dirty: boolean; names?: ArticleNames };
    const byKey = new Map<string, Slot>();
    const deleted = new Set<number>();
    for (const rec of found) {
      const slot: Slot = { record: rec, isNew: false, dirty: false };
      for (const k of rec.keys) byKey.set(k, slot);
    }
    const slots: Slot[] = [];
    const outcome: { slot: Slot; created: boolean; changed: boolean }[] = [];
    for (const { article, urls, keys, hash, names } of prepared) {
      const matches = [...new Set(keys.map((k) => byKey.get(k)).filter((x): x is Slot => x !== undefined))];
      if (matches.length === 0) {
        const slot: Slot = {
          record: { ...textFields(article), keys, urls, savedAt: now, updatedAt: now, seenAt: now, contentHash: hash } as StoredArticle,
          isNew: true,
          dirty: true,
          names,
        };
        slots.push(slot);
        for (const k of keys) byKey.set(k, slot);
        outcome.push({ slot, created: true, changed: true });
        continue;
      }
      matches.sort((a, b) => a.record.savedAt - b.record.savedAt || Number(a.isNew) - Number(b.isNew));
      const keep = matches[0] as Slot;
      const changed = keep.record.contentHash !== hash;
      keep.record = {
        ...(changed ? { ...keep.record, ...textFields(article), contentHash: hash, updatedAt: now } : keep.record),
        keys: [...new Set([...matches.flatMap((m) => m.record.keys), ...keys])],
        urls: [...new Set([...matches.flatMap((m) => m.record.urls), ...urls])],
        seenAt: now,
      };
      keep.dirty = true;
      if (changed) keep.names = names;
      if (!slots.includes(keep)) slots.push(keep);
      for (const m of matches.slice(1)) {
        if (!m.isNew) deleted.add(m.record.id);
        m.dirty = false;
        for (const o of outcome) if (o.slot === m) o.slot = keep;
      }
      for (const k of keep.record.keys) byKey.set(k, keep);
      outcome.push({ slot: keep, created: false, changed });
    }
    const live = slots.filter((s) => s.dirty);
    const fresh = live.filter((s) => s.isNew);
    await db.articles.bulkPut(live.filter((s) => !s.isNew).map((s) => s.record));
    const ids = await db.articles.bulkAdd(fresh.map((s) => s.record), { allKeys: true });
    fresh.forEach((s, i) => {
      s.record.id = ids[i] as number;
      s.isNew = false;
    });
    if (deleted.size) await db.articles.bulkDelete([...deleted]);
    await writeNames(db, [
      ...live.flatMap((s) => (s.names ? [[s.record.id, s.names] as const] : [])),
      ...[...deleted].map((id) => [id, null] as const),
    ]);
    return outcome.map((o) => ({ id: o.slot.record.id, created: o.created, changed: o.changed }));
  });
}

/** The record an URL leads to, if saved. */
export async function findByUrl(db: DalaDatabase, url: string): Promise<StoredArticle | undefined> {
  const keys = keysOf([url]);
  if (!keys.length) return undefined;
  try {
    return await db.articles.where('keys').anyOf(keys).first();
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Saved articles, newest saved first. */
export async function listArticles(db: DalaDatabase, limit = Infinity): Promise<StoredArticle[]> {
  try {
    const c = db.articles.orderBy('savedAt').reverse();
    return await (Number.isFinite(limit) ? c.limit(limit) : c).toArray();
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function getArticle(db: DalaDatabase, id: number): Promise<StoredArticle | undefined> {
  try {
    return await db.articles.get(id);
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function deleteArticle(db: DalaDatabase, id: number): Promise<StoredArticle | undefined> {
  return writeArticles(db, async () => {
    const a = await db.articles.get(id);
    if (a) {
      await db.articles.delete(id);
      await writeNames(db, [[id, null]]);
    }
    return a;
  });
}

/** Puts back a deleted record exactly as it was (undo). */
export async function restoreArticle(db: DalaDatabase, record: StoredArticle): Promise<void> {
  const names = computeNames(record);
  await writeArticles(db, async () => {
    await db.articles.put(record);
    await writeNames(db, [[record.id, names]]);
  });
}

/** Erases every saved article (settings stay). Returns how many were erased. */
export async function deleteAllArticles(db: DalaDatabase): Promise<number> {
  return writeArticles(db, async () => {
    const n = await db.articles.count();
    await db.articles.clear();
    await clearNames(db);
    return n;
  });
}
