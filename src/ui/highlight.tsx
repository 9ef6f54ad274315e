/**
 * Search matches shown as text: a string is split into plain and matching pieces,
 * and the matching ones are wrapped in <mark> elements. Nothing is ever parsed as HTML.
 */
import type { ComponentChildren } from 'preact';
import { hasSearch, wordMatches, type SearchMatch } from '../storage/query';

export interface Piece {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** Which characters of a run of Chinese are covered by a searched character pair (or the one character being typed). */
function hanMask(chars: string[], m: SearchMatch): boolean[] {
  const mask = chars.map(() => false);
  const wanted = [...m.terms.filter((t) => HAN.test(t)), ...(m.prefix && HAN.test(m.prefix) ? [m.prefix] : [])];
  for (const w of wanted) {
    const needle = [...w];
    for (let i = 0; i + needle.length <= chars.length; i++) {
      if (needle.every((c, k) => chars[i + k] === c)) for (let k = 0; k < needle.length; k++) mask[i + k] = true;
    }
  }
  return mask;
}

/** Splits text into pieces, marking the words that match the search (whole words; inside Chinese, the searched characters). */
export function splitMatches(text: string, m: SearchMatch): Piece[] {
  if (!hasSearch(m) || !text) return [{ text, match: false }];
  const out: Piece[] = [];
  const push = (s: string, match: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.match === match) prev.text += s;
    else out.push({ text: s, match });
  };
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const at = found.index ?? 0;
    if (HAN.test(word)) {
      // Chinese has no spaces: mark characters, not the whole run.
      push(text.slice(last, at), false);
      let i = 0;
      for (const run of word.matchAll(HAN_RUN)) {
        const start = run.index ?? 0;
        push(word.slice(i, start), wordMatches(word.slice(i, start), m));
        const chars = [...run[0]];
        const mask = hanMask(chars, m);
        chars.forEach((c, k) => push(c, mask[k] ?? false));
        i = start + run[0].length;
      }
      push(word.slice(i), wordMatches(word.slice(i), m));
    } else if (wordMatches(word, m)) {
      push(text.slice(last, at), false);
      push(word, true);
    } else continue;
    last = at + word.length;
  }
  push(text.slice(last), false);
  return out.length ? out : [{ text, match: false }];
}

export function Highlight({ text, match }: { text: string; match: SearchMatch }): ComponentChildren {
  return splitMatches(text, match).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text));
}
