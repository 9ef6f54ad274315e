/**
 * The folding the store's word index uses: case, diacritics AND transliteration, so
 * that Toqaev, Tokayev, Токаев, Тоқаев and Tokaev are one token ("tokaev"), and a
 * query folds the same way. Capitalised surnames lose their case endings
 * (Токаевым, Тоқаевтың -> tokaev); Chinese, Arabic-script and Korean names the
 * gazetteer knows also index under their Latin key (托卡耶夫 -> tokaev).
 *
 * Fast: one regex pass, and each distinct word is folded once (memoised).
 */
import { surnameLemmas } from './case-endings';
import { foldKeys, PLAIN_CONTEXT, roughLatin } from './fold';
import { scanGazetteer } from './gazetteer-index';
import { STRONG_SURNAME } from './name-keys';
import { hasGazetteerScript, scriptOf } from './scripts';
import { WORD_SOURCE } from './tokenize';

const TOKEN = new RegExp(`${WORD_SOURCE}|\\d+`, 'gu');
const CLASSES: Record<string, string> = { J: 'zh', S: 'sh', C: 'ch', H: 'kh' };
const LETTERS_READ = new Set(['Latn', 'Cyrl', 'Armn']);

/** A folded key as plain lower-case letters (the fold classes J S C H spelled zh sh ch kh; unambiguous, since the fold never leaves those digraphs). */
function spell(key: string): string {
  return key.replace(/[JSCH]/g, (c) => CLASSES[c] ?? c);
}

function foldWord(word: string): string {
  const script = scriptOf(word);
  if (!LETTERS_READ.has(script)) return word.toLowerCase();
  let base = word.replace(/['’]s$|(?<=s)['’]$/u, '');
  if (/^\p{Lu}/u.test(base) && script !== 'Armn') {
    const lang = script === 'Cyrl' ? (/[әғқңөұүһі]/iu.test(base) ? 'kk' : 'ru') : 'kk-Latn';
    const lemma = surnameLemmas(base, script, lang)[0]?.text ?? base;
    if (lemma !== base && STRONG_SURNAME.test(roughLatin(lemma, script))) base = lemma;
  }
  return spell(foldKeys(roughLatin(base, script), PLAIN_CONTEXT)[0] ?? '');
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function folded(word: string): string {
  let f = memo.get(word);
  if (f === undefined) {
    f = foldWord(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, f);
  }
  return f;
}

function pushWord(out: string[], word: string): void {
  if (/^\d+$/.test(word)) {
    out.push(word);
    return;
  }
  const f = folded(word);
  if (f) out.push(f);
  if (/[-‐‑]/.test(word)) {
    for (const part of word.split(/[-‐‑]/)) {
      const p = folded(part);
      if (p && p !== f) out.push(p);
    }
  }
}

/** The search tokens of a text, in order (duplicates kept; the index may count them). */
export function foldForSearch(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) pushWord(out, m[0]);
  if (hasGazetteerScript(text)) {
    for (const hit of scanGazetteer(text)) {
      const key = hit.entry.surnameKey ?? hit.entry.wholeKey;
      if (key) out.push(spell(key));
      if (hit.entry.givenKey && !hit.surnameOnly) out.push(spell(hit.entry.givenKey));
    }
  }
  return out;
}

/** Letters that may be the first half of a digraph or a ye/yu/ya a prefix has not finished yet. */
const UNFINISHED = /[zsckgtyid]$/;

export interface FoldedQuery {
  /** Whole words: match index tokens exactly. */
  terms: string[];
  /** The last word while it is still being typed: match index tokens that start with it. Null when the query ends with a space. */
  prefix: string | null;
}

/**
 * Folds a query the way `foldForSearch` folds articles. The last word, unless the
 * query ends with a space, is a prefix; a letter that may begin a digraph (the s of
 * sh, the y of ye) is left off it, so "Tokay" still finds "tokaev".
 */
export function foldQuery(query: string): FoldedQuery {
  const words = query.match(new RegExp(`${WORD_SOURCE}|\\d+`, 'gu')) ?? [];
  const complete = /[\s.,;:!?]$/.test(query) || words.length === 0;
  const whole = complete ? words : words.slice(0, -1);
  const terms: string[] = [];
  for (const w of whole) pushWord(terms, w);
  if (complete) return { terms, prefix: null };
  const last = words[words.length - 1]!;
  if (/^\d+$/.test(last)) return { terms, prefix: last };
  const script = scriptOf(last);
  const rough = LETTERS_READ.has(script) ? roughLatin(last, script) : last.toLowerCase();
  const cut = script === 'Latn' && UNFINISHED.test(rough) && !/(?:sh|ch|zh|kh|gh)$/.test(rough) ? last.slice(0, -1) : last;
  return { terms, prefix: cut === '' ? '' : spell(foldKeys(LETTERS_READ.has(script) ? roughLatin(cut, script) : cut.toLowerCase(), PLAIN_CONTEXT)[0] ?? '') };
}
