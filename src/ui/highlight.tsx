/**
 * Search matches shown as text: a string is split into plain and matching pieces,
 * and the matching ones are wrapped in <mark> elements. Nothing is ever parsed as HTML.
 */
import type { ComponentChildren } from 'preact';
import { foldWords } from '../storage/search-text';
import { wordMatches } from '../storage/query';

export interface Piece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;

/** Splits text into pieces, marking the words that match the (folded) search terms. */
export function splitMatches(text: string, terms: readonly string[]): Piece[] {
  if (!terms.length || !text) return [{ text, match: false }];
  const out: Piece[] = [];
  let last = 0;
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.match === match) prev.text += s;
    else out.push({ text: s, match });
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index ?? 0;
    if (!wordMatches(word, terms)) continue;
    push(text.slice(last, at), false);
    if (HAN.test(word)) {
      // A run of Chinese has no spaces: mark only where a term occurs inside it.
      const folded = foldWords(word)[0] ?? word;
      let i = 0;
      for (;;) {
        const hits = terms.map((term) => ({ term, at: folded.indexOf(term, i) })).filter((h) => h.at >= 0);
        if (!hits.length) break;
        const first = hits.reduce((a, b) => (b.at < a.at ? b : a));
        push(word.slice(i, first.at), false);
        push(word.slice(first.at, first.at + first.term.length), true);
        i = first.at + first.term.length;
      }
      push(word.slice(i), false);
    } else {
      push(word, true);
    }
    last = at + word.length;
  }
  push(text.slice(last), false);
  return out.length ? out : [{ text, match: false }];
}

export function Highlight({ text, terms }: { text: string; terms: readonly string[] }): ComponentChildren {
  return splitMatches(text, terms).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text));
}
