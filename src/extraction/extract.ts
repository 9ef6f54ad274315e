/**
 * The extraction API: `extract(doc, url)` reads one page of Kazinform, Qazaq TV or the Senate
 * into an ExtractedArticle (or says why it is not one); `classifyUrl(url)` decides from the URL
 * alone. Every field goes down a fallback chain: the site's rules, then structured data
 * (JSON-LD, og/article meta), then generic extraction (Readability on a clone) with the same
 * cleaning rules. Works on a live DOM and on a linkedom document alike; returns text only.
 */
import { DATE_ONLY_WARNING, type ArticleField, type ExtractedArticle, type ExtractionResult, type FieldMethod, type Lang, type NotAnArticle, type SiteId, type TagLink } from './types';
import type { DesignRules, SiteAdapter, UrlClass } from '../sites/adapter';
import { adapterForSite, classifyUrl as classifyByRegistry } from '../sites/registry';
import { stripAuthorLabel } from './cleaning';
import { bodyFromBlocks, readBodyWithoutSiteRules, type Body } from './body';
import { canonicalUrl } from './canonical';
import { readDateline } from './dateline';
import { parseMachineDate, parsePrintedDate, type ParsedDate } from './dates';
import { findGenericDate, readDocumentTitle, readSingleHeading } from './generic';
import { decideLang, langFromHtmlLang } from './lang';
import { findDesign, readBodyBlocks, readCaptions, readTagLinks, selectField } from './rules';
import { readStructuredData, type StructuredData } from './structured';
import { normalizeSpace } from './text';
import { DocIndex } from './select';
import { fitToLimits } from './limits';

export type { UrlClass } from '../sites/adapter';

/** Site, edition language and page kind from the URL alone; null when the URL is not one of our sites. */
export function classifyUrl(url: string): UrlClass | null {
  return classifyByRegistry(url);
}

/** Fewest characters of body text for a page whose URL does not already say "article". */
const MIN_UNKNOWN_BODY_CHARS = 400;
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

type Step<T> = readonly [method: FieldMethod, read: () => T | null | undefined];

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The first step of a field's fallback chain that finds a value; later steps are not run. */
function firstOf<T>(...steps: Step<T>[]): Found<T> | null {
  for (const [method, read] of steps) {
    const value = read();
    if (!isEmpty(value)) return { value: value as T, method };
  }
  return null;
}

function parseAnyDate(raw: string | null): ParsedDate | null {
  if (!raw) return null;
  return parseMachineDate(raw) ?? parsePrintedDate(raw);
}

function isPersonName(v: string | null): v is string {
  return !!v && v.length <= 80 && !/^https?:|www\.|\.com\b|@/i.test(v);
}

/** Keywords of structured data as tags, each with the URL of the page's link to that tag when there is one. */
function linkKeywords(idx: DocIndex, labels: readonly string[], tagHref: RegExp | undefined, base: string): TagLink[] {
  const urls = new Map<string, string>();
  if (tagHref) {
    for (const link of readTagLinks(idx, ['a[href]'], base)) {
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
  const idx = new DocIndex(doc);
  const design: DesignRules | null = findDesign(idx, adapter.designs);
  const structured: StructuredData = readStructuredData(doc, idx);
  const htmlLang = langFromHtmlLang(doc.documentElement?.getAttribute('lang'));

  // Title: site rules, structured data (og:title minus the site suffix), then the page's one <h1> or <title>.
  const siteTitle = design ? selectField(idx, design.title) : null;
  let title = firstOf<string>(
    ['site', () => siteTitle],
    ['structured', () => (structured.title ? stripSuffix(structured.title, adapter) : null)],
    ['fallback', () => readSingleHeading(doc)],
  );

  const lead = firstOf<string>(['site', () => (design?.lead ? selectField(idx, design.lead) : null)]);

  // Body: site container, JSON-LD articleBody, then Readability on a clone.
  const ctx = { title: title?.value ?? null, lead: lead?.value ?? null };
  let body: Body | null = design ? bodyFromBlocks(readBodyBlocks(idx, design), 'site', ctx) : null;
  if (design && !body) warnings.push(`paragraphs: ${design.id} rules found no body; fell back`);
  let genericTitle: string | null = null;
  if (!body) {
    const fallback = readBodyWithoutSiteRules(doc, structured, ctx);
    body = fallback.body;
    if (fallback.note) warnings.push(`paragraphs: ${fallback.note}`);
    genericTitle = fallback.genericTitle ? stripSuffix(fallback.genericTitle, adapter) : null;
  }
  title ??= firstOf<string>(['fallback', () => genericTitle], ['fallback', () => readDocumentTitle(doc)]);
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
  const siteDateText = design ? selectField(idx, design.date) : null;
  const siteDate = siteDateText ? parseAnyDate(siteDateText) : null;
  if (siteDateText && !siteDate) warnings.push(`publishedAt: could not read the printed date "${siteDateText}"`);
  const date = firstOf<ParsedDate>(
    ['site', () => siteDate],
    ['structured', () => parseAnyDate(structured.published)],
    ['fallback', () => findGenericDate(doc)],
  );
  if (date?.value.note) warnings.push(`publishedAt: ${date.value.note}`);
  if (date && !date.value.hasTime) warnings.push(`${DATE_ONLY_WARNING}; 00:00 local time assumed`);

  if (cls.kind === 'unknown') {
    const confirmed =
      (body.method === 'site' && design !== null) ||
      structured.declaresArticle ||
      (date !== null && paragraphs.length >= 2 && bodyChars >= MIN_UNKNOWN_BODY_CHARS && body.linkDensity <= MAX_UNKNOWN_LINK_DENSITY);
    if (!confirmed) return notAnArticle(url, cls.site, cls.lang ?? htmlLang, 'no article on this page (the URL is not an article URL and the page does not look like one)');
  }

  const author = firstOf<string>(
    ['site', () => (design?.author ? selectField(idx, design.author) : null)],
    [body.method, () => body.cleaned.author],
    ['structured', () => {
      const name = structured.author ? stripAuthorLabel(structured.author) : null;
      return isPersonName(name) ? name : null;
    }],
  );

  const tags = firstOf<TagLink[]>(
    ['site', () => (design?.tags ? readTagLinks(idx, design.tags, url) : [])],
    ['structured', () => linkKeywords(idx, structured.keywords, adapter.tagHref, url)],
    ['fallback', () => (adapter.tagHref ? readTagLinks(idx, ['a[rel~="tag"][href]'], url).filter((t) => adapter.tagHref!.test(t.url)) : [])],
  );

  const captions = design?.captions ? readCaptions(idx, design.captions) : [];
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

  return fitToLimits({
    isArticle: true,
    site: cls.site,
    lang: langDecision.lang,
    url,
    canonicalUrl: canonicalUrl(doc, url, idx),
    title: title.value,
    publishedAt: date?.value.iso ?? null,
    publishedDateOnly: date !== null && !date.value.hasTime,
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
  });
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

