/**
 * The shape of what the extractor returns for a page. Shared by the content
 * script (which produces it), the message protocol (which carries it) and the
 * store (which keeps it). Plain data only: every string is page *text*, never markup.
 */

export const SITE_IDS = ['kazinform', 'qazaqtv', 'senate'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const LANGS = ['en', 'ru', 'kk', 'kk-Latn', 'zh', 'uz', 'kk-Arab'] as const;
export type Lang = (typeof LANGS)[number];

export interface TagLink {
  label: string;
  /** Absolute URL of the site's tag page; '' when the page gives no link. */
  url: string;
}

/** Where a field's value came from: the site's own rules, structured data (JSON-LD, og/article meta) or generic extraction. */
export type FieldMethod = 'site' | 'structured' | 'fallback';

export const ARTICLE_FIELDS = [
  'title',
  'publishedAt',
  'dateline',
  'author',
  'lead',
  'paragraphs',
  'tags',
  'credits',
] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** The start of the warning the extractor has written, since its first version, for a date without a time of day. */
export const DATE_ONLY_WARNING = 'publishedAt: the page gives no time of day';

export interface ExtractedArticle {
  isArticle: true;
  site: SiteId;
  lang: Lang;
  url: string;
  canonicalUrl: string;
  title: string;
  /** ISO 8601 with the offset in force in Kazakhstan at that instant (+06:00 before 2024-03-01, +05:00 after); null when the page has no readable date. */
  publishedAt: string | null;
  /**
   * True when the page gives a calendar date but no time of day: publishedAt then holds 00:00
   * local time, which is no time the article was published, and is shown and exported as the
   * date alone. False or absent when the time is known (or there is no date).
   */
  publishedDateOnly?: boolean;
  dateline: string | null;
  author: string | null;
  lead: string | null;
  /** Body paragraphs in order, lead excluded. */
  paragraphs: string[];
  tags: TagLink[];
  credits: string[];
  /** 'site' when every found field came from the site rules, 'fallback' when none did, 'mixed' otherwise. */
  method: 'site' | 'fallback' | 'mixed';
  /** Per field, where its value came from (fields not found are absent). */
  fieldMethods: Partial<Record<ArticleField, FieldMethod>>;
  /** Which adapter (and version) read the page, e.g. 'kazinform@2023'. */
  adapter: string;
  warnings: string[];
}

export interface NotAnArticle {
  isArticle: false;
  site: SiteId | null;
  lang: Lang | null;
  url: string;
  /** Why the page is not saved, in English, for logs and the maintainer CLI. */
  reason: string;
}

export type ExtractionResult = ExtractedArticle | NotAnArticle;
