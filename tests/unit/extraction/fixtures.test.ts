import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extract } from '../../../src/extraction/extract';
import type { ExtractionResult } from '../../../src/extraction/types';
import { fixtureNames, loadExpected, loadPage, parseWithLinkedom } from '../../fixtures/load';

const TAG_LIKE = /<\/?(?:p|div|span|a|script|br|img)\b[^<>]*>?/gi;

/** Every string in a value, however deep. */
function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (typeof v === 'object' && v !== null) return Object.values(v).flatMap(stringsOf);
  return [];
}

/** The text a page prints (its title and body, scripts, styles and templates left out), whitespace-normalised. */
function printedText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  return `${doc.title}\n${doc.body?.textContent ?? ''}`.replace(/\s+/g, ' ');
}

/** What the reader would see: title, lead and body, one per line. */
function joinedText(r: ExtractionResult): string {
  if (!r.isArticle) return '';
  return ['', r.title, r.lead ?? '', ...r.paragraphs, ''].join('\n');
}

const happyWindow = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

/** happy-dom stands in for a live browser DOM: the same code must read both. */
function parseWithHappyDom(html: string): Document {
  return new happyWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const PARSERS = { linkedom: parseWithLinkedom, 'happy-dom': parseWithHappyDom } as const;

describe.each(fixtureNames())('fixture %s', (name) => {
  const page = loadPage(name);
  const expected = loadExpected(name);
  const { mustContain, mustNotContain, ...fields } = expected;

  it.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])('matches the expected fields (%s)', (parser) => {
    const result = extract(PARSERS[parser](page.html), page.url);
    const picked = Object.fromEntries(Object.keys(fields).map((k) => [k, (result as unknown as Record<string, unknown>)[k]]));
    expect(picked).toEqual(fields);
  });

  it('keeps the article text and drops the boilerplate', () => {
    const text = joinedText(extract(parseWithLinkedom(page.html), page.url));
    for (const s of mustContain) expect(text, `must contain: ${s}`).toContain(s);
    for (const s of mustNotContain) expect(text, `must not contain: ${s}`).not.toContain(s);
  });

  it('returns text only, never markup', () => {
    const result = extract(parseWithLinkedom(page.html), page.url);
    // Markup-looking text the page itself prints as text (entity-escaped in its source) is text
    // and stays; anything else that looks like a tag came out of the page's markup.
    const printed = printedText(parseWithLinkedom(page.html));
    const tags = stringsOf(result).flatMap((s) => s.match(TAG_LIKE) ?? []).map((m) => m.replace(/\s+/g, ' '));
    expect(tags.filter((tag) => !printed.includes(tag))).toEqual([]);
  });
});
