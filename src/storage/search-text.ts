/**
 * The words an article is found by, and the same folding for queries, so a query
 * word matches exactly when the text word did. Folding is the names module's:
 * case, diacritics and transliteration (`Toqaev`, `Tokayev`, `Токаев`, `Тоқаев` all
 * give `tokaev`). Chinese has no spaces, so a run of Han characters is also indexed
 * by its character pairs, and a Chinese query looks those pairs up.
 */
import { foldForSearch, foldQuery } from '../names';

/** At most this many distinct words per article go to the index. */
export const MAX_INDEXED_WORDS = 4000;

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** Each pair of neighbouring characters of a Han run (the run itself when it is one character). */
export function hanPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The index tokens of a text (duplicates removed, order kept). */
export function foldWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of foldForSearch(text)) {
    if (HAN.test(w)) for (const run of w.match(HAN_RUN) ?? []) for (const p of hanPairs(run)) out.add(p);
    else if (w.length >= 2 || /\d/.test(w)) out.add(w);
  }
  return [...out];
}

export interface SearchableParts {
  title: string;
  lead: string | null;
  paragraphs: string[];
  tags: { label: string }[];
  author: string | null;
}

export function articleWords(parts: SearchableParts): string[] {
  const text = [parts.title, parts.lead ?? '', ...parts.paragraphs, ...parts.tags.map((t) => t.label), parts.author ?? ''].join('\n');
  return foldWords(text).slice(0, MAX_INDEXED_WORDS);
}

export interface SearchQuery {
  /** Index tokens that must all be present. */
  terms: string[];
  /** The word still being typed: index tokens starting with it; null when the query ends with a space or has no such word. */
  prefix: string | null;
}

/** Folds a typed query as the index folded the text. */
export function foldSearchQuery(query: string): SearchQuery {
  const q = foldQuery(query);
  const terms = new Set<string>();
  for (const t of q.terms) {
    if (HAN.test(t)) for (const run of t.match(HAN_RUN) ?? []) for (const p of hanPairs(run)) terms.add(p);
    else if (t) terms.add(t);
  }
  let prefix = q.prefix;
  if (prefix && HAN.test(prefix)) {
    const runs = prefix.match(HAN_RUN) ?? [];
    prefix = null;
    for (const run of runs) {
      const pairs = hanPairs(run);
      // A single character is a prefix of the pairs that start with it.
      if ([...run].length === 1) prefix = run;
      else for (const p of pairs) terms.add(p);
    }
  }
  return { terms: [...terms], prefix: prefix || null };
}
