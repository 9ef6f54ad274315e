/**
 * The compact, storable form of the names in a library. A mention signature (one
 * name as written, read every way its text allows) is kept once, under a 64-bit hash
 * of it; an article keeps only the ids of the signatures it writes and how often.
 * The same spelling in a thousand articles is one signature and a thousand short ids.
 * NameIndex loads this form without reading any text again.
 */
import { decodeMention } from './mention-codec';
import { extractMentions, type Mention } from './mentions';
import type { NameArticle } from './types';

/**
 * The version of what extraction makes of a text. Raise it whenever a change to span
 * finding, case endings, folding keys or the gazetteer changes the mentions of some
 * text (tests/unit/names/name-data.test.ts notices): stored name data of another
 * version is then read again from the articles' texts.
 */
export const NAMES_DATA_VERSION = 2;

/** One distinct mention: `sig` is its JSON, `id` the hash of it. */
export interface NameSig {
  id: string;
  sig: string;
}

/** The mentions of one article: distinct signature ids in text order, and how often each occurs. */
export interface NameRefs {
  sigs: string[];
  counts: number[];
}

/** What saving an article stores for its names: its refs, and the signatures they name. */
export interface ArticleNames {
  refs: NameRefs;
  sigs: NameSig[];
}

/** 64-bit hash (two 32-bit multiply-xor lanes, cyrb53-style) of a signature, 14 base-36 digits. */
export function sigId(sig: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < sig.length; i++) {
    const c = sig.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(36).padStart(7, '0') + (h1 >>> 0).toString(36).padStart(7, '0');
}

/** Extraction shares one Mention value among equal mentions: each is hashed once. */
const ids = new WeakMap<Mention, string>();

function idOf(m: Mention): string {
  let id = ids.get(m);
  if (id === undefined) ids.set(m, (id = sigId(m.sig)));
  return id;
}

/** The mentions of an article's text, by signature id, with its refs. */
export function articleMentions(article: Pick<NameArticle, 'lang' | 'title' | 'paragraphs'>): { refs: NameRefs; mentions: Map<string, Mention> } {
  const counts = new Map<string, number>();
  const mentions = new Map<string, Mention>();
  for (const m of extractMentions(article)) {
    const id = idOf(m);
    mentions.set(id, m);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { refs: { sigs: [...counts.keys()], counts: [...counts.values()] }, mentions };
}

/** The names of an article's text (its id plays no part: compute it before the id is known). */
export function articleNames(article: Pick<NameArticle, 'lang' | 'title' | 'paragraphs'>): ArticleNames {
  const { refs, mentions } = articleMentions(article);
  return { refs, sigs: [...mentions].map(([id, m]) => ({ id, sig: m.sig })) };
}

/** A stored signature back as a mention, or null when it is not one (damaged or foreign data). */
export function parseSig(sig: string): Mention | null {
  return decodeMention(sig);
}

/** Refs as stored: parallel arrays of ids and positive counts. */
export function isNameRefs(v: unknown): v is NameRefs {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<NameRefs>;
  return Array.isArray(r.sigs) && r.sigs.every((s) => typeof s === 'string') && Array.isArray(r.counts) && r.counts.length === r.sigs.length && r.counts.every((n) => Number.isInteger(n) && n > 0);
}
