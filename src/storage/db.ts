/**
 * The library database (IndexedDB through Dexie). Imported by the background and
 * extension pages only: IndexedDB opened in a content script would belong to the
 * web page's origin, and a module-level Dexie would bloat the content script.
 *
 * Schema changes are new `version(n)` blocks with an upgrade function; each is
 * tested from the version before (tests/unit/storage/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ExtractedArticle } from '../extraction/types';

export const DB_NAME = 'dala-reader';

export interface StoredArticle extends Omit<ExtractedArticle, 'isArticle'> {
  id: number;
  /** Identity keys of every URL this article was reached by (see sites/identity.ts). */
  keys: string[];
  /** Every URL the article was reached by, first one first. */
  urls: string[];
  /** When first saved (ms since epoch); never changes. */
  savedAt: number;
  /** When the stored text last changed. */
  updatedAt: number;
  /** When a page visit last confirmed the record. */
  seenAt: number;
  /** SHA-256 of the article's text fields, to tell a changed text from a revisit. */
  contentHash: string;
  /** Tag labels, folded, for the multi-entry tag index. */
  tagKeys: string[];
  /** Folded words of title, lead, body, tags (search index). */
  words: string[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type DalaDatabase = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Version 1 stores. Exported so migration tests can build a database as version 1 left it. */
export const SCHEMA_V1 = {
  articles: '++id, *keys, savedAt, publishedAt, site, lang, *tagKeys, *words',
  settings: 'key',
} as const;

export function openDatabase(name: string = DB_NAME): DalaDatabase {
  const db = new Dexie(name) as DalaDatabase;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

let shared: DalaDatabase | null = null;

/** The one database of this context, opened lazily (MV3 workers wake often; opening is cheap but not free). */
export function getDatabase(): DalaDatabase {
  shared ??= openDatabase();
  return shared;
}
