/**
 * An article as Markdown and as a citation, for the clipboard. Page text is escaped
 * so that it stays text in Markdown too (a title with * or [ ] is not formatting).
 */
import type { StoredArticle } from '../storage/db';
import { t } from '../i18n';
import { formatArticleDate, formatMoment, formatPublished } from './format';
import { safeHttpUrl } from './app/links';

export type CopyableArticle = Pick<
  StoredArticle,
  'title' | 'site' | 'publishedAt' | 'publishedDateOnly' | 'dateline' | 'author' | 'lead' | 'paragraphs' | 'tags' | 'credits' | 'canonicalUrl' | 'url'
>;

/** Backslash-escapes what Markdown would read as formatting, and line starts that would become headings, quotes or lists. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function sourceUrl(a: CopyableArticle): string {
  return a.canonicalUrl || a.url;
}

export function toMarkdown(a: CopyableArticle): string {
  const date = formatArticleDate(a);
  const meta = [t(`site.${a.site}`), date, a.dateline, a.author].filter((s): s is string => Boolean(s)).map(escapeMarkdown);
  const parts = [`# ${escapeMarkdown(a.title)}`, `*${meta.join(' · ')}*`];
  if (a.lead) parts.push(`> ${escapeMarkdown(a.lead)}`);
  parts.push(...a.paragraphs.map(escapeMarkdown));
  if (a.credits.length) parts.push(a.credits.map(escapeMarkdown).join('  \n'));
  if (a.tags.length) {
    const tags = a.tags.map((tag) => {
      const url = safeHttpUrl(tag.url);
      return url ? `[${escapeMarkdown(tag.label)}](<${url}>)` : escapeMarkdown(tag.label);
    });
    parts.push(`${t('copy.tags')}: ${tags.join(', ')}`);
  }
  parts.push(`${t('copy.source')}: <${sourceUrl(a)}>`);
  return parts.join('\n\n') + '\n';
}

/** "Author. “Title”. Site, date. URL (accessed …)" in the interface language's wording. */
export function toCitation(a: CopyableArticle, now: number = Date.now()): string {
  const values = {
    author: a.author ?? '',
    title: a.title,
    site: t(`site.${a.site}`),
    date: formatPublished(a.publishedAt, undefined, false) ?? t('popup.undated'),
    url: sourceUrl(a),
    accessed: formatMoment(now, undefined, false),
  };
  return a.author ? t('copy.citeWithAuthor', values) : t('copy.citeNoAuthor', values);
}
