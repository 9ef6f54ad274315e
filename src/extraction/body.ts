/**
 * The article body and its fallback chain: the site's body container (when a design matched),
 * then JSON-LD articleBody, then generic extraction (Readability on a clone). Every path ends in
 * the same cleaning rules. `readBodyWithoutSiteRules` is the chain used when no site rule
 * matches; the fallback-F1 bench measures exactly that function.
 */
import type { FieldMethod } from './types';
import { cleanBlocks, type CleanedBody } from './cleaning';
import { readGenericContent } from './generic';
import type { StructuredData } from './structured';
import { normalizeSpace, type Block } from './text';

/** Fewest characters of a body found without site rules (error pages leave a few navigation words). */
const MIN_FALLBACK_BODY_CHARS = 150;

export interface Body {
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

export interface BodyContext {
  /** The article title when known: a line repeating it is dropped. */
  title: string | null;
  lead: string | null;
}

/** Clean raw blocks into a body; null when nothing (or, off the site path, too little) is left. */
export function bodyFromBlocks(blocks: readonly Block[], method: FieldMethod, ctx: BodyContext): Body | null {
  if (blocks.length === 0) return null;
  const cleaned = cleanBlocks(blocks, ctx);
  if (cleaned.paragraphs.length === 0) return null;
  const chars = cleaned.paragraphs.reduce((n, p) => n + p.length, 0);
  if (method !== 'site' && chars < MIN_FALLBACK_BODY_CHARS) return null;
  return { cleaned, method, linkDensity: linkDensity(blocks) };
}

function bodyFromArticleBody(text: string | null, ctx: BodyContext): Body | null {
  if (!text) return null;
  const blocks: Block[] = text
    .split(/\n+/)
    .map((t) => normalizeSpace(t))
    .filter(Boolean)
    .map((t) => ({ text: t, tag: 'p', linkShare: 0 }));
  return bodyFromBlocks(blocks, 'structured', ctx);
}

/** Share of the generic body's length a JSON-LD articleBody must reach to count as complete. */
const LD_COMPLETE_SHARE = 0.8;

const chars = (b: Body): number => b.cleaned.paragraphs.reduce((n, p) => n + p.length, 0);

export interface FallbackBody {
  body: Body | null;
  /** Readability's title, when the generic step ran and found one. */
  genericTitle: string | null;
  /** Why generic extraction took its bounded path, when it did. */
  note?: string;
}

/** The body chain without site rules: JSON-LD articleBody, then Readability on a clone, then cleaning. */
export function readBodyWithoutSiteRules(doc: Document, structured: StructuredData, ctx: BodyContext): FallbackBody {
  const fromLd = bodyFromArticleBody(structured.articleBody, ctx);
  const generic = readGenericContent(doc);
  const fromGeneric = generic ? bodyFromBlocks(generic.blocks, 'fallback', { ...ctx, title: ctx.title ?? generic.title }) : null;
  const genericTitle = generic?.title ?? null;
  // Many sites publish a truncated articleBody (a teaser): it wins only when it is about as long as the page's own text.
  if (fromLd && (!fromGeneric || chars(fromLd) >= LD_COMPLETE_SHARE * chars(fromGeneric))) return { body: fromLd, genericTitle };
  return generic?.note ? { body: fromGeneric, genericTitle, note: generic.note } : { body: fromGeneric, genericTitle };
}
