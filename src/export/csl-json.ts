/**
 * CSL-JSON export (Zotero, Mendeley, Pandoc citeproc and other reference managers):
 * one "article-newspaper" item per article, the outlet as container-title, the
 * published date as printed, the saved date as the access date.
 */
import type { StoredArticle } from '../storage/db';
import { OUTLET_NAMES, parseByline, type PersonName } from './citation';
import { localDateParts, printedDateParts, type DateParts } from './dates';
import { exportFileName } from './file-names';
import type { ExportFile, ExportOptions } from './types';

export interface CslDate {
  'date-parts': DateParts[];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  URL: string;
  language: string;
  accessed: CslDate;
  issued?: CslDate;
  author?: PersonName[];
  abstract?: string;
  keyword?: string;
}

export function cslItem(a: StoredArticle): CslItem {
  const issued = printedDateParts(a.publishedAt);
  const authors = parseByline(a.author);
  const tags = a.tags.map((t) => t.label).filter(Boolean);
  return {
    id: `dala-reader-${a.id}`,
    type: 'article-newspaper',
    title: a.title,
    'container-title': OUTLET_NAMES[a.site],
    URL: a.canonicalUrl || a.url,
    language: a.lang,
    accessed: { 'date-parts': [localDateParts(a.savedAt)] },
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(authors.length ? { author: authors } : {}),
    ...(a.lead ? { abstract: a.lead } : {}),
    ...(tags.length ? { keyword: tags.join(', ') } : {}),
  };
}

export function toCslJson(articles: readonly StoredArticle[], options: ExportOptions = {}): ExportFile {
  return {
    fileName: exportFileName('references', 'json', options.now ?? Date.now()),
    mimeType: 'application/vnd.citationstyles.csl+json',
    data: JSON.stringify(articles.map(cslItem), null, 2) + '\n',
  };
}
