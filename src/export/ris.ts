/**
 * RIS export (EndNote, Zotero, Mendeley, Citavi): one TY NEWS record per article.
 * Each value is one line: any line break in page text (CR, LF, NEL, U+2028/2029,
 * vertical tab, form feed) becomes a space, so no text can end a record or start a
 * tag of its own.
 */
import type { StoredArticle } from '../storage/db';
import { OUTLET_NAMES, parseByline } from './citation';
import { localDateParts, printedDateParts, type DateParts } from './dates';
import { exportFileName } from './file-names';
import type { ExportFile, ExportOptions } from './types';

const LINE_BREAKS = /[\r\n\v\f\u0085\u2028\u2029]+/g;

function risLine(tag: string, value: string): string {
  return `${tag}  - ${value.replace(LINE_BREAKS, ' ').trim()}`;
}

const risDate = ([y, m, d]: DateParts) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;

export function risRecord(a: StoredArticle): string[] {
  const published = printedDateParts(a.publishedAt);
  const lines = [risLine('TY', 'NEWS'), risLine('TI', a.title)];
  for (const p of parseByline(a.author)) lines.push(risLine('AU', 'literal' in p ? p.literal : `${p.family}, ${p.given}`));
  if (published) lines.push(risLine('PY', String(published[0])), risLine('DA', risDate(published)));
  lines.push(risLine('T2', OUTLET_NAMES[a.site]), risLine('UR', a.canonicalUrl || a.url), risLine('LA', a.lang));
  for (const t of a.tags) if (t.label.trim()) lines.push(risLine('KW', t.label));
  if (a.lead) lines.push(risLine('AB', a.lead));
  lines.push(risLine('Y2', risDate(localDateParts(a.savedAt))), 'ER  - ');
  return lines;
}

export function toRis(articles: readonly StoredArticle[], options: ExportOptions = {}): ExportFile {
  return {
    fileName: exportFileName('references', 'ris', options.now ?? Date.now()),
    mimeType: 'application/x-research-info-systems',
    data: articles.map((a) => risRecord(a).join('\r\n') + '\r\n').join('\r\n'),
  };
}
