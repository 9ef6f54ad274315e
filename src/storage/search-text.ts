/**
 * The words an article is found by, and the same folding for queries, so a query
 * folds exactly as the text did.
 */

/** At most this many distinct words per article go to the index. */
export const MAX_INDEXED_WORDS = 4000;

const WORD = /[\p{L}\p{N}]+/gu;

/** Case and diacritics folded; Kazakh and Russian letters kept apart from Latin here (transliteration folding comes from the names module). */
export function foldWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().matchAll(WORD)) {
    if (m[0].length >= 2 || /\p{Script=Han}/u.test(m[0])) out.push(m[0]);
  }
  return out;
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
  return [...new Set(foldWords(text))].slice(0, MAX_INDEXED_WORDS);
}
