/**
 * Splits text into words with their offsets and the facts span finding needs:
 * capitalised or not, at a sentence start or not, and whether the gap before the
 * next word lets a name continue (a plain space) or ends it (punctuation, a line break).
 */
import { scriptOf, type Script } from './scripts';

export interface Token {
  /** The word as written (letters, inner apostrophes and hyphens). */
  text: string;
  start: number;
  end: number;
  script: Script;
  /** First letter is a capital. */
  capital: boolean;
  /** Every letter is a capital (ASTANA, CIS). */
  allCaps: boolean;
  /** First word of the text, of a line or of a sentence. */
  sentenceStart: boolean;
  /** A name may run on into the next word (only spaces between them). */
  joinsNext: boolean;
  /** A one- or two-letter capitalised word followed by a full stop: an initial (N. Baibulin, Ye. Koshanov). */
  initial: boolean;
}

/** A word: letters and marks, with inner apostrophes (2017 Kazakh Latin, Uzbek Latin, English possessive) and hyphens (Kassym-Jomart, Nur-Sultan). */
export const WORD_SOURCE =
  "[\\p{L}\\p{M}]+(?:['’ʻʼ`][\\p{L}\\p{M}]+)*(?:[-‐‑][\\p{L}\\p{M}]+(?:['’ʻʼ`][\\p{L}\\p{M}]+)*)*['’]?";
const WORD = new RegExp(WORD_SOURCE, 'gu');
const SENTENCE_GAP = /[.!?…:;•«»"“”„()[\]]|\n|\d\s*$/;
const JOIN_GAP = /^[ \u00a0\u202f]+$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  let prevInitial = false;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const gap = text.slice(prevEnd, start);
    const first = word.charAt(0);
    const capital = UPPER.test(first);
    const allCaps = capital && !LOWER.test(word);
    const script = scriptOf(word);
    const isInitial =
      capital && word.length <= 2 && (word.length === 1 || !UPPER.test(word.charAt(1))) && text.charAt(end) === '.';
    const prev = out[out.length - 1];
    const sentenceStart = prev === undefined || (!prevInitial && SENTENCE_GAP.test(gap));
    if (prev) {
      prev.joinsNext = prevInitial ? /^\.[ \u00a0]?$/.test(gap) : JOIN_GAP.test(gap);
    }
    out.push({ text: word, start, end, script, capital, allCaps, sentenceStart, joinsNext: false, initial: isInitial });
    prevEnd = end;
    prevInitial = isInitial;
  }
  return out;
}
