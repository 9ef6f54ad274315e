/**
 * Fallback F1: the extension's generic path (the body chain used when no site rule matches)
 * against Readability alone, on the same linkedom parse of every benchmark page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readBodyWithoutSiteRules } from '../../../src/extraction/body';
import { readSingleHeading } from '../../../src/extraction/generic';
import { readStructuredData } from '../../../src/extraction/structured';
import type { BenchPage } from './dataset';

export interface FallbackTexts {
  id: string;
  truth: string;
  ours: string;
  readability: string;
}

/** Our generic path's text of a page: what extract() would keep as paragraphs without site rules. */
export function genericText(doc: Document): string {
  const structured = readStructuredData(doc);
  const { body } = readBodyWithoutSiteRules(doc, structured, { title: structured.title ?? readSingleHeading(doc), lead: null });
  return body ? body.cleaned.paragraphs.join('\n') : '';
}

/** Readability 0.6 alone, as a reader would use it: its textContent. Changes `doc`. */
export function readabilityText(doc: Document): string {
  return new Readability(doc).parse()?.textContent ?? '';
}

export function extractBenchTexts(pages: readonly BenchPage[]): FallbackTexts[] {
  return pages.map((p) => {
    const doc = parseHTML(p.html).document as unknown as Document;
    const ours = genericText(doc); // works on a clone: the document stays as parsed
    const readability = readabilityText(doc);
    return { id: p.id, truth: p.truth, ours, readability };
  });
}
