/**
 * Generic extraction, the last link of the fallback chain: Mozilla Readability on a clone of
 * the document (Readability changes what it is given), then its content element read as blocks.
 * Readability's work grows faster than the page: on pages far larger or deeper than real
 * articles (none of the 181 benchmark pages has over 1,600 elements or depth 51) it is not run,
 * and the page's paragraphs are harvested instead, so a hostile page cannot stall the tab.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks, normalizeSpace, textOf, type Block } from './text';
import { parsePrintedDate, parseMachineDate, type ParsedDate } from './dates';

export interface GenericContent {
  title: string | null;
  byline: string | null;
  blocks: Block[];
  /** How the blocks were found, and why not by Readability when so. */
  via: 'readability' | 'paragraphs';
  note?: string;
}

/** Beyond these, Readability is not run (see above). */
const MAX_READABILITY_ELEMENTS = 5000;
const MAX_READABILITY_DEPTH = 100;

/**
 * Class or id words of page parts that are not article text. Chosen by measuring on the public
 * extraction benchmark (never by looking at single pages): a wider list (ads, bios, read-more...)
 * cost more recall than it won precision.
 */
const BOILERPLATE_CLASS_RE =
  /(?:^|[\s_-])(?:caption|credit|byline|share|sharing|social|related|newsletter|subscribe|promo|author|author-bio|advert|sponsor|comments?|timestamp|date|time|breadcrumbs?)(?:$|[\s_-])/i;

/** Elements whose class or id names them as non-article parts (captions, credits, share bars, promos). */
function isBoilerplateElement(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && BOILERPLATE_CLASS_RE.test(names);
}

/** Element count and nesting depth of a document, in one pass over its elements. */
export function measurePage(doc: Document): { elements: number; depth: number } {
  const all = Array.from(doc.querySelectorAll('*'));
  const depth = new Map<Element, number>();
  let max = 0;
  for (const el of all) {
    const parent = el.parentNode as Element | null;
    const d = (parent ? depth.get(parent) ?? 0 : 0) + 1;
    depth.set(el, d);
    if (d > max) max = d;
  }
  return { elements: all.length, depth: max };
}

const OUTSIDE_ARTICLE = new Set(['header', 'nav', 'footer', 'aside', 'form', 'menu']);

/** The page body's text blocks outside page furniture, in document order: the bounded-time fallback. */
function harvestBlocks(doc: Document): Block[] {
  const body = doc.body ?? doc.documentElement;
  if (!body) return [];
  return collectBlocks(body, { skip: (el) => OUTSIDE_ARTICLE.has(el.localName) || isBoilerplateElement(el) });
}

function readabilityContent(doc: Document): GenericContent | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // JSON-LD is read by the structured-data step; keeping Readability off it avoids a second parse.
    disableJSONLD: true,
    // Class names stay on the kept elements so that captions, share bars and bylines can be left out below.
    keepClasses: true,
  }).parse();
  if (!parsed || !parsed.content) return null;
  return {
    title: parsed.title ? normalizeSpace(parsed.title) : null,
    byline: parsed.byline ? normalizeSpace(parsed.byline) : null,
    blocks: collectBlocks(parsed.content, { skip: isBoilerplateElement }),
    via: 'readability',
  };
}

/** The page's main content by generic means, or null when none is found. Never changes `doc`, never throws. */
export function readGenericContent(doc: Document): GenericContent | null {
  const size = measurePage(doc);
  let note: string;
  if (size.elements > MAX_READABILITY_ELEMENTS || size.depth > MAX_READABILITY_DEPTH) {
    note = `page too large for Readability (${size.elements} elements, depth ${size.depth}); paragraphs harvested`;
  } else {
    try {
      return readabilityContent(doc);
    } catch (err) {
      note = `Readability failed (${err instanceof Error ? err.message : String(err)}); paragraphs harvested`;
    }
  }
  const blocks = harvestBlocks(doc);
  return blocks.length > 0 ? { title: null, byline: null, blocks, via: 'paragraphs', note } : null;
}

/** The page's only `<h1>` text, or null. */
export function readSingleHeading(doc: Document): string | null {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => textOf(h))
    .filter(Boolean);
  const unique = [...new Set(h1s)];
  return unique.length === 1 ? unique[0]! : null;
}

/** The `<title>` text, or null. */
export function readDocumentTitle(doc: Document): string | null {
  const t = doc.querySelector('title');
  const v = t ? normalizeSpace(t.textContent ?? '') : '';
  return v === '' ? null : v;
}

const DATE_HINT_SELECTORS = [
  'time[datetime]',
  '[itemprop="datePublished"]',
  '[class*="date" i]',
  '[class*="time" i]',
  '[class*="published" i]',
  '[id*="date" i]',
];

/** A publication date found in the page without site rules: `<time datetime>`, then date-ish elements' text. */
export function findGenericDate(doc: Document): ParsedDate | null {
  let candidates: Element[];
  try {
    candidates = Array.from(doc.querySelectorAll(DATE_HINT_SELECTORS.join(', ')));
  } catch {
    return null;
  }
  for (const el of candidates.slice(0, 40)) {
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const fromAttr = attr ? parseMachineDate(attr) : null;
    if (fromAttr) return fromAttr;
    const text = textOf(el);
    if (text.length > 0 && text.length <= 80) {
      const printed = parsePrintedDate(text);
      if (printed) return printed;
    }
  }
  return null;
}
