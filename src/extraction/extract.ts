/**
 * The extraction API: `extract(doc, url)` reads one page of Kazinform, Qazaq TV or the Senate
 * into an ExtractedArticle (or says why it is not one); `classifyUrl(url)` decides from the URL
 * alone. Every field goes down a fallback chain: the site's rules, then structured data
 * (JSON-LD, og/article meta), then generic extraction (Readability on a clone) with the same
 * cleaning rules. Works on a live DOM and on a linkedom document alike; returns text only.
 */
import type { ArticleField, ExtractedArticle, ExtractionResult, FieldMethod, Lang, NotAnArticle, SiteId, TagLink } from './types';
import type { DesignRules, SiteAdapter, UrlClass } from '../sites/adapter';
import { adapterForSite, classifyUrl as classifyByRegistry } from '../sites/registry';
import { cleanBlocks, stripAuthorLabel, type CleanedBody } from './cleaning';
import { canonicalUrl } from './canonical';
import { readDateline } from './dateline';
import { parseMachineDate, parsePrintedDate, type ParsedDate } from './dates';
import { findGenericDate, readDocumentTitle, readGenericContent, readSingleHeading } from './generic';
import { decideLang, langFromHtmlLang } from './lang';
import { findDesign, readBodyBlocks, readCaptions, readTagLinks, selectField } from './rules';
import { readStructuredData, type StructuredData } from './structured';
import { normalizeSpace, type Block } from './text';

export type { UrlClass } from '../sites/adapter';

/** Site, edition language and page kind from the URL alone; null when the URL is not one of our sites. */
export function classifyUrl(url: string): UrlClass | null {
  return classifyByRegistry(url);
}

/** Fewest characters of body text for a page whose URL does not already say "article". */
const MIN_UNKNOWN_BODY_CHARS = 400;
/** Fewest characters of a body found without site rules (error pages leave a few navigation words). */
const MIN_FALLBACK_BODY_CHARS = 150;
/** Most link text a generic body of an undecided URL may have: lists of news are mostly links. */
const MAX_UNKNOWN_LINK_DENSITY = 0.25;

interface Found<T> {
  value: T;
  method: FieldMethod;
}

function notAnArticle(url: string, site: SiteId | null, lang: Lang | null, reason: string): NotAnArticle {
  return { isArticle: false, site, lang, url, reason };
}

function stripSuffix(title: string, adapter: SiteAdapter): string {
  const t = normalizeSpace(title.replace(adapter.titleSuffix, ''));
  return t === '' ? normalizeSpace(title) : t;
}

function first<T>(...candidates: (Found<T> | null)[]): Found<T> | null {
  return candidates.find((c) => c !== null) ?? null;
}

function found<T>(value: T | null | undefined, method: FieldMethod): Found<T> | null {
  return value === null || value === undefined || value === '' ? null : { value, method };
}

function parseAnyDate(raw: string | null): ParsedDate | null {
  if (!raw) return null;
  return parseMachineDate(raw) ?? parsePrintedDate(raw);
}

function isPersonName(v: string | null): v is string {
  return !!v && v.length <= 80 && !/^https?:|www\.|\.com\b|@/i.test(v);
}

interface Body {
  cleaned: CleanedBody;
  method: FieldMethod;
  /** Share of the raw body's characters inside links, before cleaning. */
  linkDensity: number;
}

function linkDensity(blocks: readonly Block[]): number {
  let all = 0;
  let linked = 0;
  for (const b of blocks) {
    all += b.text.length;
    linked += b.text.length * b.linkShare;
  }
  return all === 0 ? 0 : linked / all;
}

function bodyFromBlocks(blocks: Block[], method: FieldMethod, title: string | null, lead: string | null): Body | null {
  if (blocks.length === 0) return null;
  const cleaned = cleanBlocks(blocks, { title, lead });
  if (cleaned.paragraphs.length === 0) return null;
  const chars = cleaned.paragraphs.reduce((n, p) => n + p.length, 0);
  if (method !== 'site' && chars < MIN_FALLBACK_BODY_CHARS) return null;
  return { cleaned, method, linkDensity: linkDensity(blocks) };
}

function bodyFromArticleBody(text: string | null, title: string | null, lead: string | null): Body | null {
  if (!text) return null;
  const blocks: Block[] = text
    .split(/\n+/)
    .map((t) => normalizeSpace(t))
    .filter(Boolean)
    .map((t) => ({ text: t, tag: 'p', linkShare: 0 }));
  return bodyFromBlocks(blocks, 'structured', title, lead);
}

/** Keywords of structured data as tags, each with the URL of the page's link to that tag when there is one. */
function linkKeywords(doc: Document, labels: readonly string[], tagHref: RegExp | undefined, base: string): TagLink[] {
  const urls = new Map<string, string>();
  if (tagHref) {
    for (const link of readTagLinks(doc, ['a[href]'], base)) {
      if (tagHref.test(link.url) && !urls.has(link.label.toLowerCase())) urls.set(link.label.toLowerCase(), link.url);
    }
  }
  return labels.map((label) => ({ label, url: urls.get(label.toLowerCase()) ?? '' }));
}

function methodOf(methods: Partial<Record<ArticleField, FieldMethod>>): ExtractedArticle['method'] {
  const all = Object.values(methods);
  if (all.every((m) => m === 'site')) return 'site';
  if (all.every((m) => m !== 'site')) return 'fallback';
  return 'mixed';
}

function extractPage(doc: Document, url: string, cls: UrlClass): ExtractionResult {
  const adapter = adapterForSite(cls.site);
  const warnings: string[] = [];
  const design: DesignRules | null = findDesign(doc, adapter.designs);
  const structured: StructuredData = readStructuredData(doc);
  const htmlLang = langFromHtmlLang(doc.documentElement?.getAttribute('lang'));

  // Title: site rules, structured data (og:title minus the site suffix), then the page's one <h1> or <title>.
  const siteTitle = design ? selectField(doc, design.title) : null;
  let title = first(
    found(siteTitle, 'site'),
    found(structured.title ? stripSuffix(structured.title, adapter) : null, 'structured'),
    found(readSingleHeading(doc), 'fallback'),
  );

  const lead = design?.lead ? found(selectField(doc, design.lead), 'site') : null;

  // Body: site container, JSON-LD articleBody, then Readability on a clone.
  let body = design ? bodyFromBlocks(readBodyBlocks(doc, design), 'site', title?.value ?? null, lead?.value ?? null) : null;
  if (design && !body) warnings.push(`paragraphs: ${design.id} rules found no body; fell back`);
  body ??= bodyFromArticleBody(structured.articleBody, title?.value ?? null, lead?.value ?? null);
  let genericTitle: string | null = null;
  if (!body) {
    const generic = readGenericContent(doc);
    if (generic) {
      genericTitle = generic.title ? stripSuffix(generic.title, adapter) : null;
      body = bodyFromBlocks(generic.blocks, 'fallback', title?.value ?? genericTitle, lead?.value ?? null);
    }
  }
  title ??= first(found(genericTitle, 'fallback'), found(readDocumentTitle(doc), 'fallback'));
  if (title && title.method === 'fallback') title = { ...title, value: stripSuffix(title.value, adapter) };

  if (!body || !title) {
    const why = !body ? 'no article body' : 'no title';
    const reason =
      cls.kind === 'article' ? `the URL looks like an article but the page has ${why}` : `no article on this page (${why})`;
    return notAnArticle(url, cls.site, cls.lang ?? htmlLang, reason);
  }
  const paragraphs = body.cleaned.paragraphs;
  const bodyChars = paragraphs.reduce((n, p) => n + p.length, 0);

  // Date: the printed date under site rules, machine dates of structured data, then date-ish elements.
  const siteDateText = design ? selectField(doc, design.date) : null;
  const siteDate = siteDateText ? parseAnyDate(siteDateText) : null;
  if (siteDateText && !siteDate) warnings.push(`publishedAt: could not read the printed date "${siteDateText}"`);
  const date = first(found(siteDate, 'site'), found(parseAnyDate(structured.published), 'structured'), found(findGenericDate(doc), 'fallback'));
  if (date?.value.note) warnings.push(`publishedAt: ${date.value.note}`);
  if (date && !date.value.hasTime) warnings.push('publishedAt: the page gives no time of day; 00:00 local time assumed');

  if (cls.kind === 'unknown') {
    const confirmed =
      (body.method === 'site' && design !== null) ||
      structured.declaresArticle ||
      (date !== null && paragraphs.length >= 2 && bodyChars >= MIN_UNKNOWN_BODY_CHARS && body.linkDensity <= MAX_UNKNOWN_LINK_DENSITY);
    if (!confirmed) return notAnArticle(url, cls.site, cls.lang ?? htmlLang, 'no article on this page (the URL is not an article URL and the page does not look like one)');
  }

  const siteAuthor = design?.author ? selectField(doc, design.author) : null;
  const structuredAuthor = structured.author ? stripAuthorLabel(structured.author) : null;
  const author = first(
    found(siteAuthor, 'site'),
    found(body.cleaned.author, body.method),
    found(isPersonName(structuredAuthor) ? structuredAuthor : null, 'structured'),
  );

  const siteTags = design?.tags ? readTagLinks(doc, design.tags, url) : [];
  const genericTags = adapter.tagHref
    ? readTagLinks(doc, ['a[rel~="tag"][href]'], url).filter((t) => adapter.tagHref!.test(t.url))
    : [];
  const tags = first<TagLink[]>(
    siteTags.length ? { value: siteTags, method: 'site' } : null,
    structured.keywords.length ? { value: linkKeywords(doc, structured.keywords, adapter.tagHref, url), method: 'structured' } : null,
    genericTags.length ? { value: genericTags, method: 'fallback' } : null,
  );

  const captions = design?.captions ? readCaptions(doc, design.captions) : [];
  const credits = [...captions, ...body.cleaned.credits.filter((c) => !captions.includes(c))];

  const firstText = lead?.value ?? paragraphs[0] ?? '';
  const datelineValue = readDateline(firstText) ?? (lead ? readDateline(paragraphs[0] ?? '') : null);

  const langDecision = decideLang(cls.lang, htmlLang, `${title.value}\n${paragraphs.join('\n')}`, adapter.defaultLang);
  if (langDecision.warning) warnings.push(langDecision.warning);

  if (body.cleaned.dropped.length > 0) warnings.push(`dropped ${body.cleaned.dropped.length} boilerplate line(s): ${body.cleaned.dropped.slice(0, 5).join(' | ')}`);

  const fieldMethods: Partial<Record<ArticleField, FieldMethod>> = { title: title.method, paragraphs: body.method };
  if (date) fieldMethods.publishedAt = date.method;
  if (datelineValue) fieldMethods.dateline = lead && readDateline(lead.value) ? lead.method : body.method;
  if (author) fieldMethods.author = author.method;
  if (lead) fieldMethods.lead = lead.method;
  if (tags) fieldMethods.tags = tags.method;
  if (credits.length > 0) fieldMethods.credits = captions.length > 0 ? 'site' : body.method;

  return {
    isArticle: true,
    site: cls.site,
    lang: langDecision.lang,
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: title.value,
    publishedAt: date?.value.iso ?? null,
    dateline: datelineValue,
    author: author?.value ?? null,
    lead: lead?.value ?? null,
    paragraphs,
    tags: tags?.value ?? [],
    credits,
    method: methodOf(fieldMethods),
    fieldMethods,
    adapter: body.method === 'site' && design ? design.id : `${cls.site}@generic`,
    warnings,
  };
}

/**
 * Read a page. Never throws: a page that is not one of our sites, not an article, or that
 * breaks the extractor comes back as a NotAnArticle with the reason.
 */
export function extract(doc: Document, url: string): ExtractionResult {
  let cls: UrlClass | null = null;
  try {
    cls = classifyUrl(url);
    if (!cls) return notAnArticle(url, null, null, 'not a Kazinform, Qazaq TV or Senate page');
    if (cls.kind === 'not-article') {
      const lang = cls.lang ?? langFromHtmlLang(doc.documentElement?.getAttribute('lang'));
      return notAnArticle(url, cls.site, lang, cls.reason ?? 'not an article page');
    }
    return extractPage(doc, url, cls);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return notAnArticle(url, cls?.site ?? null, cls?.lang ?? null, `extraction failed: ${message}`);
  }
}

