/**
 * Size limits of an extracted article: the message protocol's (src/messaging/protocol.ts
 * LIMITS), which refuses anything larger. The extractor fits its output to them itself and
 * says what it did in `warnings`. Text is split or merged rather than dropped wherever that
 * keeps it within the limits.
 */
import type { ExtractedArticle, TagLink } from './types';
import { LIMITS } from '../messaging/protocol';

export const OUTPUT_LIMITS = LIMITS;

/** Cut `text` to at most `max` characters, at a space when one is near the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max);
  return text.slice(0, at > max * 0.8 ? at : max).trimEnd();
}

/** Split a paragraph longer than `max` into pieces of at most `max`, at sentence ends or spaces when possible. */
export function splitLong(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('! '), head.lastIndexOf('? '));
    const space = head.lastIndexOf(' ');
    const at = sentence > max * 0.5 ? sentence + 1 : space > max * 0.5 ? space : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== '') out.push(rest);
  return out;
}

/** Merge neighbouring paragraphs (joined by a line break) until at most `max` remain, none over `maxLength`. */
function mergeToCount(paragraphs: string[], max: number, maxLength: number): string[] {
  const size = Math.ceil(paragraphs.length / max);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i += size) {
    let merged = '';
    for (const p of paragraphs.slice(i, i + size)) {
      if (merged !== '' && merged.length + 1 + p.length > maxLength) {
        out.push(merged);
        merged = p;
      } else merged = merged === '' ? p : `${merged}\n${p}`;
    }
    if (merged !== '') out.push(merged);
  }
  return out.length > max ? out.slice(0, max) : out;
}

function fitParagraphs(paragraphs: readonly string[], budget: number, warnings: string[]): string[] {
  const L = OUTPUT_LIMITS;
  let total = 0;
  let kept: string[] = [];
  for (const p of paragraphs) {
    if (total + p.length > budget) {
      const room = budget - total;
      if (room > 0) kept.push(cut(p, room));
      warnings.push(`paragraphs: text cut at ${L.totalText} characters`);
      break;
    }
    kept.push(p);
    total += p.length;
  }
  if (kept.some((p) => p.length > L.paragraph)) {
    kept = kept.flatMap((p) => (p.length > L.paragraph ? splitLong(p, L.paragraph) : [p]));
    warnings.push(`paragraphs: paragraphs over ${L.paragraph} characters split`);
  }
  if (kept.length > L.paragraphs) {
    const before = kept.length;
    kept = mergeToCount(kept, L.paragraphs, L.paragraph);
    warnings.push(`paragraphs: ${before} paragraphs merged into ${kept.length}`);
  }
  return kept;
}

function fitList<T>(items: readonly T[], max: number, field: string, warnings: string[]): T[] {
  if (items.length <= max) return [...items];
  warnings.push(`${field}: ${items.length - max} of ${items.length} left out (at most ${max})`);
  return items.slice(0, max);
}

/** The article within OUTPUT_LIMITS, with a warning for every change. */
export function fitToLimits(a: ExtractedArticle): ExtractedArticle {
  const L = OUTPUT_LIMITS;
  const warnings = [...a.warnings];
  const title = a.title.length > L.title ? cut(a.title, L.title) : a.title;
  if (title !== a.title) warnings.push(`title: cut to ${L.title} characters`);
  let lead = a.lead;
  if (lead !== null && lead.length > L.paragraph) {
    lead = cut(lead, L.paragraph);
    warnings.push(`lead: cut to ${L.paragraph} characters`);
  }
  const paragraphs = fitParagraphs(a.paragraphs, L.totalText - title.length - (lead?.length ?? 0), warnings);
  const short = (v: string | null, field: string): string | null => {
    if (v === null || v.length <= L.shortText) return v;
    warnings.push(`${field}: longer than ${L.shortText} characters, left out`);
    return null;
  };
  const tags: TagLink[] = fitList(a.tags, L.tags, 'tags', warnings).map((t) => ({
    label: cut(t.label, L.shortText),
    url: t.url.length > L.url ? '' : t.url,
  }));
  const credits = fitList(a.credits, L.credits, 'credits', warnings).map((c) => cut(c, L.shortText));
  const dateline = short(a.dateline, 'dateline');
  const author = short(a.author, 'author');
  const fitted = warnings.length > L.warnings ? [...warnings.slice(0, L.warnings - 1), `${warnings.length - L.warnings + 1} more warnings`] : warnings;
  return { ...a, title, lead, paragraphs, tags, credits, dateline, author, warnings: fitted.map((w) => cut(w, L.shortText)) };
}
