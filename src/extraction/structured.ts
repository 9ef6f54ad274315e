/**
 * Structured data a page declares about itself: JSON-LD (schema.org Article types) and
 * Open Graph / article meta tags. Second link of every field's fallback chain.
 */
import { normalizeSpace } from './text';

export interface StructuredData {
  /** og:title or JSON-LD headline, as given (site suffix not yet removed). */
  title: string | null;
  /** Machine date string (JSON-LD datePublished, article:published_time, ...). */
  published: string | null;
  author: string | null;
  description: string | null;
  /** article:tag metas and JSON-LD keywords. */
  keywords: string[];
  /** JSON-LD articleBody, when given. */
  articleBody: string | null;
  /** True when og:type or a JSON-LD @type says the page is an article. */
  declaresArticle: boolean;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name'] ?? v['@value']);
  return null;
}

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object of a JSON-LD value, @graph and arrays flattened (one level of nesting is all sites use). */
function objects(v: Json): { [k: string]: Json }[] {
  if (Array.isArray(v)) return v.flatMap(objects);
  if (!isObject(v)) return [];
  const graph = v['@graph'];
  return graph !== undefined ? [v, ...objects(graph)] : [v];
}

function jsonLdArticle(doc: Document): { [k: string]: Json } | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const found = objects(parsed).find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
    if (found) return found;
  }
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"][content], meta[name="${key}"][content], meta[itemprop="${key}"][content]`);
    const v = el?.getAttribute('content');
    if (v && normalizeSpace(v) !== '') return normalizeSpace(v);
  }
  return null;
}

function keywordsOf(v: Json | undefined): string[] {
  if (typeof v === 'string') return v.split(',').map(normalizeSpace).filter(Boolean);
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  return [];
}

/** Read the page's structured data. Never throws: malformed JSON-LD is skipped. */
export function readStructuredData(doc: Document): StructuredData {
  const ld = jsonLdArticle(doc);
  const ogType = meta(doc, 'og:type');
  const metaTags = Array.from(doc.querySelectorAll('meta[property="article:tag"][content], meta[name="article:tag"][content]'))
    .map((m) => normalizeSpace(m.getAttribute('content') ?? ''))
    .filter(Boolean);
  const keywords = metaTags.length > 0 ? metaTags : keywordsOf(ld?.['keywords']);
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? str(ld?.['headline']) ?? str(ld?.['name']),
    published:
      str(ld?.['datePublished']) ??
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date') ??
      doc.querySelector('time[datetime][itemprop="datePublished"], time[pubdate][datetime]')?.getAttribute('datetime') ??
      null,
    author: str(ld?.['author']) ?? meta(doc, 'author', 'article:author'),
    description: meta(doc, 'og:description', 'description') ?? str(ld?.['description']),
    keywords,
    articleBody: str(ld?.['articleBody']) === null ? null : String(ld?.['articleBody']),
    declaresArticle: ld !== null || (ogType !== null && /^article$/i.test(ogType)),
  };
}
