/**
 * Structured data a page declares about itself: JSON-LD (schema.org Article types) and
 * Open Graph / article meta tags. Second link of every field's fallback chain.
 */
import { normalizeSpace } from './text';
import { DocIndex } from './select';

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

/** JSON-LD nests objects; real pages go two or three levels deep. Deeper values are ignored (a hostile page cannot exhaust the stack). */
const MAX_DEPTH = 6;

function str(v: Json | undefined, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (Array.isArray(v)) return str(v[0], depth + 1);
  if (isObject(v)) return str(v['name'] ?? v['@value'], depth + 1);
  return null;
}

function types(o: { [k: string]: Json }): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object of a JSON-LD value, @graph and arrays flattened, down to MAX_DEPTH levels. */
function objects(v: Json, depth = 0): { [k: string]: Json }[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(v)) return v.flatMap((x) => objects(x, depth + 1));
  if (!isObject(v)) return [];
  const graph = v['@graph'];
  return graph !== undefined ? [v, ...objects(graph, depth + 1)] : [v];
}

function jsonLdArticle(idx: DocIndex): { [k: string]: Json } | null {
  for (const script of idx.all('script[type="application/ld+json"]')) {
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

/** Every meta tag's content by its property, name or itemprop (first one wins), read in one pass. */
function metaMap(idx: DocIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of idx.all('meta')) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    const v = normalizeSpace(content);
    if (v === '') continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (!key) continue;
      const list = map.get(key.toLowerCase());
      if (list) list.push(v);
      else map.set(key.toLowerCase(), [v]);
    }
  }
  return map;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** JSON-LD text is sometimes HTML-escaped twice (`&apos;`): decode the common entities, never parse markup. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** JSON-LD articleBody as plain text; null when absent or when it carries markup, escaped or not (page text stays data, never parsed HTML). */
function plainArticleBody(v: Json | undefined): string | null {
  if (typeof v !== 'string') return null;
  const text = decodeEntities(v);
  if (normalizeSpace(text) === '' || /<\/?[a-z][^<>]*>/i.test(text)) return null;
  return text;
}

function keywordsOf(v: Json | undefined): string[] {
  if (typeof v === 'string') return v.split(',').map(normalizeSpace).filter(Boolean);
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  return [];
}

/** Read the page's structured data. Never throws: malformed JSON-LD is skipped. */
export function readStructuredData(doc: Document, idx: DocIndex = new DocIndex(doc)): StructuredData {
  const ld = jsonLdArticle(idx);
  const metas = metaMap(idx);
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k)?.[0];
      if (v) return v;
    }
    return null;
  };
  const ogType = meta('og:type');
  const metaTags = metas.get('article:tag') ?? [];
  const keywords = metaTags.length > 0 ? metaTags : keywordsOf(ld?.['keywords']);
  return {
    title: meta('og:title', 'twitter:title') ?? str(ld?.['headline']) ?? str(ld?.['name']),
    published:
      str(ld?.['datePublished']) ??
      meta('article:published_time', 'datepublished', 'pubdate', 'publish-date', 'date') ??
      idx.first('time[datetime][itemprop="datePublished"], time[pubdate][datetime]')?.getAttribute('datetime') ??
      null,
    author: str(ld?.['author']) ?? meta('author', 'article:author'),
    description: meta('og:description', 'description') ?? str(ld?.['description']),
    keywords,
    articleBody: plainArticleBody(ld?.['articleBody']),
    declaresArticle: ld !== null || (ogType !== null && /^article$/i.test(ogType)),
  };
}
