/**
 * CSV export: one row per article, RFC 4180 (CRLF between rows, fields with a comma,
 * quote or line break quoted, quotes doubled), UTF-8 with a byte order mark so Excel
 * reads Cyrillic, Kazakh and Chinese text correctly.
 *
 * Page text is hostile data: a cell starting with = + - @ or a tab/CR would run as a
 * formula in Excel or LibreOffice ("CSV injection"), so such cells get a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
import type { StoredArticle } from '../storage/db';
import { publishedValue } from './dates';
import { exportFileName } from './file-names';
import type { ExportFile, ExportOptions } from './types';

export const CSV_COLUMNS = [
  'title',
  'site',
  'lang',
  'publishedAt',
  'author',
  'dateline',
  'lead',
  'body',
  'tags',
  'credits',
  'url',
  'canonicalUrl',
  'savedAt',
  'updatedAt',
] as const;

/** Body paragraphs are joined with a blank line; tags and credits with "; ". */
export const CSV_PARAGRAPH_SEPARATOR = '\n\n';
export const CSV_LIST_SEPARATOR = '; ';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: neutralised if a spreadsheet would take it for a formula, quoted if needed. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(a: StoredArticle): string[] {
  return [
    a.title,
    a.site,
    a.lang,
    publishedValue(a) ?? '',
    a.author ?? '',
    a.dateline ?? '',
    a.lead ?? '',
    a.paragraphs.join(CSV_PARAGRAPH_SEPARATOR),
    a.tags.map((t) => t.label).join(CSV_LIST_SEPARATOR),
    a.credits.join(CSV_LIST_SEPARATOR),
    a.url,
    a.canonicalUrl,
    new Date(a.savedAt).toISOString(),
    new Date(a.updatedAt).toISOString(),
  ];
}

export function toCsv(articles: readonly StoredArticle[], options: ExportOptions = {}): ExportFile {
  const lines = [CSV_COLUMNS as readonly string[], ...articles.map(row)].map((cells) => cells.map(csvField).join(','));
  return {
    fileName: exportFileName('articles', 'csv', options.now ?? Date.now()),
    mimeType: 'text/csv;charset=utf-8',
    data: '\uFEFF' + lines.join('\r\n') + '\r\n',
  };
}
