/**
 * The export formats of a list of saved articles (the whole library or the current
 * filtered list), for the interface to offer side by side. Every exporter is a pure
 * function: (articles, { now? }) -> { fileName, mimeType, data }.
 * The JSON backup, which also holds the settings, is storage/backup.ts exportLibrary()
 * for the whole library, or json-backup.ts toJsonBackup() for a list.
 */
import type { StoredArticle } from '../storage/db';
import { toCslJson } from './csl-json';
import { toCsv } from './csv';
import { toMarkdownZip } from './markdown';
import { toRis } from './ris';
import type { ExportFile, ExportOptions } from './types';

export type { ExportFile, ExportOptions } from './types';

export type ArticleExportFormat = 'markdown' | 'csv' | 'csl-json' | 'ris';

export const ARTICLE_EXPORTERS: Record<ArticleExportFormat, (articles: readonly StoredArticle[], options?: ExportOptions) => ExportFile> = {
  markdown: toMarkdownZip,
  csv: toCsv,
  'csl-json': toCslJson,
  ris: toRis,
};
