/**
 * The library database (IndexedDB through Dexie). Imported by the background and
 * extension pages only: IndexedDB opened in a content script would belong to the
 * web page's origin, and a module-level Dexie would bloat the content script.
 *
 * Schema changes are new `version(n)` blocks with an upgrade function; each is
 * tested from the version before (tests/unit/storage/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import { DATE_ONLY_WARNING, type ExtractedArticle } from '../extraction/types';
import type { NameSig } from '../names/name-data';
import { computeNames, writeNames, type NameTables } from './name-writes';

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

/** One distinct name mention (signature) of the library, stored once however many articles write it. */
export type NameSigRow = NameSig;

/** The names of one article: ids of the signatures it writes (distinct, text order) and how often each. */
export interface NameRefRow {
  articleId: number;
  /** NAMES_DATA_VERSION of the extraction that made the row (another version is read again from the text). */
  v: number;
  sigs: string[];
  counts: number[];
}

/** One write of name data: the articles whose names changed, or `reset` when all of them went. */
export interface NameLogRow {
  seq: number;
  articleIds: number[];
  reset?: true;
}

export type DalaDatabase = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  nameSigs: EntityTable<NameSigRow, 'id'>;
  nameRefs: EntityTable<NameRefRow, 'articleId'>;
  nameLog: EntityTable<NameLogRow, 'seq'>;
};

/** Version 1 stores. Exported so migration tests can build a database as version 1 left it. */
export const SCHEMA_V1 = {
  articles: '++id, *keys, savedAt, publishedAt, site, lang, *tagKeys, *words',
  settings: 'key',
} as const;

/**
 * Version 2 adds the library's name data (transliteration notes), kept by every
 * article write in the same transaction (see name-writes.ts): each distinct mention
 * signature once, each article's refs to them (multi-entry index: which articles
 * write a signature), and a log of changes that lets a page update its index.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  nameSigs: 'id',
  nameRefs: 'articleId, *sigs',
  nameLog: '++seq',
} as const;

/**
 * Version 3 keeps the stores of version 2 and marks the articles whose page gave a date with
 * no time of day (`publishedDateOnly`), so that they are shown and exported as the date alone
 * instead of a made-up 00:00. Records saved before it are told apart by the extractor's warning.
 */
export const SCHEMA_V3 = SCHEMA_V2;

/** The schema version this build opens databases at. */
export const DB_VERSION = 3;

/**
 * Opens (lazily) the library database. `upTo` declares the versions up to that one only:
 * migration tests use it to make a database as an older build left it, then upgrade it.
 */
export function openDatabase(name: string = DB_NAME, upTo: number = DB_VERSION): DalaDatabase {
  const db = new Dexie(name) as DalaDatabase;
  db.version(1).stores(SCHEMA_V1);
  if (upTo < 2) return db;
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // Every article saved under version 1 gets the name data a save would write now.
      const computed: [number, ReturnType<typeof computeNames>][] = [];
      await tx.table<StoredArticle, number>('articles').each((a) => {
        computed.push([a.id, computeNames(a)]);
      });
      const tables = {
        nameSigs: tx.table('nameSigs'),
        nameRefs: tx.table('nameRefs'),
        nameLog: tx.table('nameLog'),
      } as NameTables;
      await writeNames(tables, computed);
    });
  if (upTo < 3) return db;
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      await tx
        .table<StoredArticle, number>('articles')
        .toCollection()
        .modify((a) => {
          a.publishedDateOnly = a.publishedAt !== null && a.warnings.some((w) => w.startsWith(DATE_ONLY_WARNING));
        });
    });
  return db;
}

let shared: DalaDatabase | null = null;

/** The one database of this context, opened lazily (MV3 workers wake often; opening is cheap but not free). */
export function getDatabase(): DalaDatabase {
  shared ??= openDatabase();
  return shared;
}
