/**
 * Export and import of the whole library as a JSON backup (format in
 * export/json-backup.ts).
 *
 * Import checks the whole file first (readBackup) and then writes everything in one
 * transaction: a bad file or a failing write changes nothing. It merges into what
 * is there by the same identity keys as saving (sites/identity.ts): one record per
 * article, the newer text wins (by updatedAt), the earliest saved time and the
 * latest visit are kept, URLs and keys are united. Derived fields (keys, tagKeys,
 * words, contentHash, the name data) are computed here, never taken from the file;
 * like every article write, the name data is written in the same transaction.
 * A new article keeps the id it had in the file when no record here holds it (up to
 * MAX_KEPT_ID), so a library erased and restored keeps its library links.
 */
import { BackupError, readBackup, toJsonBackup, type AppInfo, type BackupRecord, type CheckedBackup } from '../export/json-backup';
import type { ExportFile, ExportOptions } from '../export/types';
import { keysOf } from '../sites/identity';
import { computeNames, contentHash, nameTables, textFields, writeNames, type ArticleNames } from './articles';
import type { DalaDatabase, StoredArticle } from './db';
import { toStorageError } from './errors';
import { getSettings, normaliseSettings, updateSettings } from './settings';

export { BackupError };

/** The whole library and the settings as a JSON backup file. */
export async function exportLibrary(db: DalaDatabase, app: AppInfo, options: ExportOptions = {}): Promise<ExportFile> {
  try {
    const [articles, settings] = await db.transaction('r', db.articles, db.settings, () =>
      Promise.all([db.articles.toArray(), getSettings(db)]),
    );
    return toJsonBackup(articles, settings, app, options);
  } catch (e) {
    throw toStorageError(e);
  }
}

export interface ImportOptions {
  /** Replace the current settings with the backup's. Default false: the current settings stay. */
  importSettings?: boolean;
}

/** What an import did, one count per article in the file. */
export interface ImportReport {
  /** New to the library. */
  added: number;
  /** Already there and changed: a newer text, more URLs, an earlier saved time, a later visit, or records folded together. */
  updated: number;
  /** Already there exactly as in the file (same text, nothing to add). */
  unchanged: number;
  /** Already there with a newer text than the file's; the file's older text was not taken and nothing changed. */
  skipped: number;
  settingsImported: boolean;
}

type TextPart = Omit<StoredArticle, 'id' | 'keys' | 'urls' | 'savedAt' | 'seenAt'>;

/** A file record with every derived field computed, ready to merge (hashing and names take time, so they happen before the transaction). */
interface Incoming {
  text: TextPart;
  names: ArticleNames;
  /** The article's id in the library the file came from. */
  id: number | null;
  urls: string[];
  keys: string[];
  savedAt: number;
  seenAt: number;
}

async function prepare(r: BackupRecord): Promise<Incoming> {
  const article = r.article;
  const urls = [...new Set([...r.urls, article.url, article.canonicalUrl])];
  return {
    text: {
      ...textFields(article),
      contentHash: await contentHash(article),
      updatedAt: r.updatedAt,
    },
    names: computeNames(article),
    id: r.id,
    urls,
    keys: keysOf(urls),
    savedAt: r.savedAt,
    seenAt: r.seenAt,
  };
}

function textOf(record: StoredArticle): TextPart {
  const { id: _id, keys: _keys, urls: _urls, savedAt: _savedAt, seenAt: _seenAt, ...text } = record;
  return text;
}

/**
 * The largest id an import keeps from a file. IndexedDB numbers new records on from the
 * largest key it has seen, up to 2^53: a (forged) id near that would leave no numbers for
 * later saves, so an id above this one is numbered afresh instead.
 */
export const MAX_KEPT_ID = 2 ** 31 - 1;

/**
 * `names`: of the text the record takes in this import (unset while its stored text stays).
 * `wantId`: for a new record, the id it had in the file's library (taken if free here).
 */
type Slot = { record: StoredArticle; isNew: boolean; dirty: boolean; names?: ArticleNames; wantId?: number | null };
type Outcome = 'added' | 'updated' | 'unchanged' | 'skipped';

/**
 * Merges one file record into the slots it matches (all the same article, oldest
 * saved first: the first keeps its id and takes the others in); returns what happened.
 */
function mergeInto([keep, ...others]: [Slot, ...Slot[]], incoming: Incoming): Outcome {
  const before = keep.record;
  let text = { text: textOf(before), names: keep.names };
  for (const other of [...others.map((m) => ({ text: textOf(m.record), names: m.names })), incoming]) {
    if (other.text.updatedAt > text.text.updatedAt && other.text.contentHash !== text.text.contentHash) text = other;
  }
  const all = [before, ...others.map((m) => m.record), incoming];
  const merged = {
    ...text.text,
    ...(keep.isNew ? {} : { id: before.id }),
    keys: [...new Set(all.flatMap((r) => r.keys))],
    urls: [...new Set(all.flatMap((r) => r.urls))],
    savedAt: Math.min(...all.map((r) => r.savedAt)),
    seenAt: Math.max(...all.map((r) => r.seenAt)),
  } as StoredArticle;
  const changed =
    others.length > 0 ||
    text.text.contentHash !== before.contentHash ||
    merged.keys.length !== before.keys.length ||
    merged.urls.length !== before.urls.length ||
    merged.savedAt !== before.savedAt ||
    merged.seenAt !== before.seenAt;
  if (!changed) return incoming.text.contentHash === before.contentHash ? 'unchanged' : 'skipped';
  if (text.text.contentHash !== before.contentHash) keep.names = text.names ?? computeNames(text.text);
  keep.record = merged;
  keep.dirty = true;
  return 'updated';
}

/**
 * Imports a backup (the file's text, or one already checked with readBackup) into the
 * library. Throws BackupError for a file that is not a valid backup and StorageError
 * when the database fails; in both cases nothing is changed.
 */
export async function importBackup(db: DalaDatabase, file: string | CheckedBackup, options: ImportOptions = {}): Promise<ImportReport> {
  const backup = typeof file === 'string' ? readBackup(file) : file;
  const incoming = await Promise.all(backup.articles.map(prepare));
  const wanted = new Set(incoming.flatMap((r) => r.keys));
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: 0, settingsImported: false };
  try {
    await db.transaction('rw', [db.articles, db.settings, ...nameTables(db)], async () => {
      // One pass over the key index finds every record the file touches (a backup often
      // holds most of the library: many keys, for which where().anyOf() is far slower).
      const touched = new Set<number>();
      await db.articles.orderBy('keys').eachKey((key, cursor) => {
        if (wanted.has(key as string)) touched.add(cursor.primaryKey as number);
      });
      const found = (await db.articles.bulkGet([...touched])).filter((r): r is StoredArticle => r !== undefined);
      const byKey = new Map<string, Slot>();
      const slots: Slot[] = [];
      const folded = new Set<number>();
      const index = (slot: Slot) => {
        for (const k of slot.record.keys) byKey.set(k, slot);
      };
      for (const record of found) {
        const slot = { record, isNew: false, dirty: false };
        slots.push(slot);
        index(slot);
      }
      for (const item of incoming) {
        const matches = [...new Set(item.keys.map((k) => byKey.get(k)).filter((s): s is Slot => s !== undefined))];
        if (matches.length === 0) {
          const record = { ...item.text, keys: item.keys, urls: item.urls, savedAt: item.savedAt, seenAt: item.seenAt } as StoredArticle;
          const slot: Slot = { record, isNew: true, dirty: true, names: item.names, wantId: item.id };
          slots.push(slot);
          index(slot);
          report.added++;
          continue;
        }
        matches.sort((a, b) => a.record.savedAt - b.record.savedAt || Number(a.isNew) - Number(b.isNew));
        report[mergeInto(matches as [Slot, ...Slot[]], item)]++;
        for (const m of matches.slice(1)) {
          if (!m.isNew) folded.add(m.record.id);
          m.dirty = false;
          slots.splice(slots.indexOf(m), 1);
        }
        index(matches[0] as Slot);
      }
      const live = slots.filter((s) => s.dirty);
      const fresh = live.filter((s) => s.isNew);
      await db.articles.bulkPut(live.filter((s) => !s.isNew).map((s) => s.record));
      // A new article keeps the id it had where it came from when no record here has it (so a
      // library erased and restored keeps its links): those go in first with their ids, the
      // rest after them take the next free numbers (never one of the kept ids).
      const wantedIds = [...new Set(fresh.flatMap((s) => (s.wantId != null ? [s.wantId] : [])))];
      const taken = new Set((await db.articles.bulkGet(wantedIds)).flatMap((r) => (r ? [r.id] : [])));
      for (const id of folded) taken.add(id);
      const keeping: Slot[] = [];
      const numbering: Slot[] = [];
      for (const s of fresh) {
        const id = s.wantId;
        if (id != null && id <= MAX_KEPT_ID && !taken.has(id)) {
          taken.add(id);
          s.record.id = id;
          keeping.push(s);
        } else numbering.push(s);
      }
      await db.articles.bulkAdd(keeping.map((s) => s.record));
      const newIds = await db.articles.bulkAdd(numbering.map((s) => s.record), { allKeys: true });
      numbering.forEach((s, i) => (s.record.id = newIds[i] as number));
      if (folded.size) await db.articles.bulkDelete([...folded]);
      await writeNames(db, [
        ...live.flatMap((s) => (s.names ? [[s.record.id, s.names] as const] : [])),
        ...[...folded].map((id) => [id, null] as const),
      ]);
      if (options.importSettings) {
        await updateSettings(db, normaliseSettings(backup.settings));
        report.settingsImported = true;
      }
    });
  } catch (e) {
    throw toStorageError(e);
  }
  return report;
}
