/**
 * The JSON backup format: everything in the library, losslessly, and the settings.
 *
 *   { "format": "dala-reader-backup", "version": 1, "exportedAt": ISO date,
 *     "app": { "name", "version" }, "settings": {...}, "articles": [ {...}, ... ] }
 *
 * Each article holds every stored field but `words`, the search index, which is a
 * function of the text and is rebuilt on import (as are keys, tagKeys and
 * contentHash: an import never trusts derived fields from a file). Articles are
 * written one a line, oldest record first.
 *
 * readBackup() checks a whole file before anything is imported, and names the first
 * thing wrong: not JSON, another format, a newer version, or the field of a record.
 */
import type { ExtractedArticle } from '../extraction/types';
import { LIMITS } from '../messaging/protocol';
import { validateArticle } from '../messaging/validate';
import type { StoredArticle } from '../storage/db';
import type { Settings } from '../storage/settings';
import { exportFileName } from './file-names';
import type { ExportFile, ExportOptions } from './types';

export const BACKUP_FORMAT = 'dala-reader-backup';
export const BACKUP_VERSION = 1;
/** At most this many URLs per article in a backup (a record gains one per distinct address it was reached by). */
export const MAX_URLS_PER_ARTICLE = 1000;

export interface AppInfo {
  name: string;
  version: string;
}

export type BackupArticle = Omit<StoredArticle, 'words'>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  app: AppInfo;
  settings: Settings;
  articles: BackupArticle[];
}

/** The order fields are written in, whatever order a record has them in (so one library always writes one file). */
const FIELD_ORDER: { [K in keyof BackupArticle]-?: K } = {
  id: 'id', site: 'site', lang: 'lang', url: 'url', canonicalUrl: 'canonicalUrl', urls: 'urls', keys: 'keys',
  title: 'title', publishedAt: 'publishedAt', publishedDateOnly: 'publishedDateOnly', dateline: 'dateline', author: 'author', lead: 'lead',
  paragraphs: 'paragraphs', tags: 'tags', credits: 'credits', method: 'method', fieldMethods: 'fieldMethods',
  adapter: 'adapter', warnings: 'warnings', savedAt: 'savedAt', updatedAt: 'updatedAt', seenAt: 'seenAt',
  contentHash: 'contentHash', tagKeys: 'tagKeys',
};

/** Every stored field but `words`, known fields in FIELD_ORDER, any other after them. */
function backupArticle({ words: _words, ...record }: StoredArticle): BackupArticle {
  const ordered: Record<string, unknown> = {};
  for (const k of Object.keys(FIELD_ORDER)) ordered[k] = record[k as keyof BackupArticle];
  return Object.assign(ordered, record) as BackupArticle;
}

export function toJsonBackup(
  articles: readonly StoredArticle[],
  settings: Settings,
  app: AppInfo,
  options: ExportOptions = {},
): ExportFile {
  const now = options.now ?? Date.now();
  const head: Omit<Backup, 'articles'> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    app: { name: app.name, version: app.version },
    settings,
  };
  const lines = [...articles].sort((a, b) => a.id - b.id).map((a) => JSON.stringify(backupArticle(a)));
  const body = lines.length ? `[\n${lines.join(',\n')}\n]` : '[]';
  return {
    fileName: exportFileName('backup', 'json', now),
    mimeType: 'application/json',
    data: `${JSON.stringify(head).slice(0, -1)},"articles":${body}}\n`,
  };
}

export type BackupErrorCode = 'not-json' | 'not-a-backup' | 'newer-version' | 'invalid';

/** Why a file cannot be imported. `path` names the offending field when there is one (e.g. "articles[12].title"). */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    readonly path: string | null = null,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** One article of a checked backup: its text as validateArticle returns it, and its stored history. */
export interface BackupRecord {
  /** The id the article had in the library it was exported from (kept on import where it is free). */
  id: number | null;
  article: ExtractedArticle;
  urls: string[];
  savedAt: number;
  updatedAt: number;
  seenAt: number;
}

export interface CheckedBackup {
  exportedAt: string;
  app: AppInfo;
  /** As found in the file; apply through normaliseSettings. */
  settings: Record<string, unknown>;
  articles: BackupRecord[];
}

function invalid(path: string, what: string): never {
  throw new BackupError('invalid', `The backup is damaged: ${path}: ${what}. Nothing was imported.`, path);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') invalid(path, 'expected a string');
  if (v.length > max) invalid(path, `longer than ${max} characters`);
  return v;
}

function time(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) invalid(path, 'expected a time in milliseconds (a non-negative integer)');
  return v;
}

function httpUrl(v: unknown, path: string): string {
  const s = text(v, path, LIMITS.url);
  let protocol = '';
  try {
    protocol = new URL(s).protocol;
  } catch {
    invalid(path, 'not a URL');
  }
  if (protocol !== 'http:' && protocol !== 'https:') invalid(path, 'not an http(s) URL');
  return s;
}

function readRecord(v: unknown, path: string): BackupRecord {
  if (!isRecord(v)) invalid(path, 'expected an object');
  let article: ExtractedArticle;
  try {
    article = validateArticle({ ...v, isArticle: true }, path);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = message.indexOf(': ');
    return at > 0 ? invalid(message.slice(0, at), message.slice(at + 2)) : invalid(path, message);
  }
  if (v.id !== undefined && (typeof v.id !== 'number' || !Number.isSafeInteger(v.id) || v.id < 1)) invalid(`${path}.id`, 'expected a positive integer');
  if (!Array.isArray(v.urls)) invalid(`${path}.urls`, 'expected an array');
  if (v.urls.length === 0) invalid(`${path}.urls`, 'empty');
  if (v.urls.length > MAX_URLS_PER_ARTICLE) invalid(`${path}.urls`, `more than ${MAX_URLS_PER_ARTICLE} items`);
  return {
    id: typeof v.id === 'number' ? v.id : null,
    article,
    urls: v.urls.map((u, i) => httpUrl(u, `${path}.urls[${i}]`)),
    savedAt: time(v.savedAt, `${path}.savedAt`),
    updatedAt: time(v.updatedAt, `${path}.updatedAt`),
    seenAt: time(v.seenAt, `${path}.seenAt`),
  };
}

/** Parses and checks a whole backup file; throws a BackupError naming the first thing wrong. */
export function readBackup(json: string): CheckedBackup {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BackupError('not-json', `The file is not a Dala Reader backup: it is not JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    const found = isRecord(data) && typeof data.format === 'string' ? `"${data.format.slice(0, 60)}"` : 'missing';
    throw new BackupError('not-a-backup', `The file is not a Dala Reader backup: its "format" is ${found}, not "${BACKUP_FORMAT}".`, 'format');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) invalid('version', 'expected a positive integer');
  if (version > BACKUP_VERSION) {
    throw new BackupError(
      'newer-version',
      `The backup is version ${version}, made by a newer Dala Reader; this one reads version ${BACKUP_VERSION}. Update the extension, then import again.`,
      'version',
    );
  }
  const exportedAt = text(data.exportedAt, 'exportedAt', 40);
  if (Number.isNaN(Date.parse(exportedAt))) invalid('exportedAt', 'not a date');
  if (!isRecord(data.app)) invalid('app', 'expected an object');
  const app = { name: text(data.app.name, 'app.name', 200), version: text(data.app.version, 'app.version', 200) };
  if (!isRecord(data.settings)) invalid('settings', 'expected an object');
  if (!Array.isArray(data.articles)) invalid('articles', 'expected an array');
  return { exportedAt, app, settings: data.settings, articles: data.articles.map((a, i) => readRecord(a, `articles[${i}]`)) };
}
