/**
 * Export files of the library or of a list of its articles, read from the database:
 * the JSON backup (with the settings; for the whole library it is what backup.ts
 * exportLibrary writes) or one of the article formats.
 */
import { ARTICLE_EXPORTERS, type ArticleExportFormat } from '../export';
import { toJsonBackup, type AppInfo } from '../export/json-backup';
import type { ExportFile, ExportOptions } from '../export/types';
import type { DalaDatabase, StoredArticle } from './db';
import { toStorageError } from './errors';
import { DEFAULT_SETTINGS, getSettings, type Settings } from './settings';

export type ExportFormat = 'backup' | ArticleExportFormat;

/** Every format, the lossless backup first. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['backup', 'markdown', 'csv', 'csl-json', 'ris'];

export interface Exported {
  file: ExportFile;
  /** How many articles the file holds. */
  count: number;
}

/** The records of `ids`, in that order (ids deleted meanwhile are left out); every record for 'all'. */
async function records(db: DalaDatabase, ids: readonly number[] | 'all'): Promise<StoredArticle[]> {
  if (ids === 'all') return db.articles.toArray();
  return (await db.articles.bulkGet([...ids])).filter((a): a is StoredArticle => a !== undefined);
}

/**
 * The export file of the given articles ('all': the whole library) in `format`; a backup
 * also holds the settings, read in the same transaction. Throws StorageError when the database fails.
 */
export async function exportArticles(
  db: DalaDatabase,
  format: ExportFormat,
  ids: readonly number[] | 'all',
  app: AppInfo,
  options: ExportOptions = {},
): Promise<Exported> {
  let read: [StoredArticle[], Settings | null];
  try {
    read = await db.transaction('r', db.articles, db.settings, () =>
      Promise.all([records(db, ids), format === 'backup' ? getSettings(db) : null]),
    );
  } catch (e) {
    throw toStorageError(e);
  }
  const [articles, settings] = read;
  const file = format === 'backup' ? toJsonBackup(articles, settings ?? DEFAULT_SETTINGS, app, options) : ARTICLE_EXPORTERS[format](articles, options);
  return { file, count: articles.length };
}
