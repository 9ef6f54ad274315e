/**
 * Finds the stretches of an article that may be names: runs of capitalised words
 * (Latin, Cyrillic, Armenian) joined by plain spaces, cut at stop words, titles and
 * acronyms. A title before a run (President, Senator, төрағасы) marks it as a person.
 * A lone capitalised word at a sentence start that the article also writes in lower
 * case is an ordinary word, not a name.
 */
import { wordLemmas } from './case-endings';
import { foldKeys, PLAIN_CONTEXT, roughLatin } from './fold';
import { isKnownPlace } from './gazetteer-index';
import { STOP, TITLE_COMPLEMENTS, TITLES, stopKey } from './stoplist';
import { tokenize, type Token } from './tokenize';
import type { NameArticle } from './types';

export interface NameSpan {
  /** The name's words in order; initials are words with `initial` set. */
  words: Token[];
  /** A title stood right before the name. */
  titled: boolean;
}

const NAME_SCRIPTS = new Set(['Latn', 'Cyrl', 'Armn']);
const MAX_WORDS = 4;


const isNameWord = (t: Token | undefined): t is Token => t !== undefined && t.capital && NAME_SCRIPTS.has(t.script);

function plainKey(t: Token): string {
  return stopKey(t.text).replace(/'s$|(?<=s)'$/, '');
}

/**
 * A stop word, or a word the article also writes in lower case, in an English text
 * ("Group of Observers Vagarshak Akobyan" where the text says "observers") and in any
 * headline (a Title Case headline capitalises ordinary words).
 */
function isStop(t: Token, lang: string, lowerVocab: ReadonlySet<string>, headline: boolean): boolean {
  const key = plainKey(t);
  if (STOP.has(key) || (HYPHEN.test(key) && isTitle(t, lang))) return true;
  if ((headline || (lang === 'en' && t.script === 'Latn')) && lowerVocab.has(key)) return true;
  if (t.script !== 'Cyrl') return false;
  return memo(stopLemmas, `${lang}\u0001${t.text}`, () => wordLemmas(t.text, t.script, lang).some((l) => STOP.has(stopKey(l))));
}

/** Per-word answers that depend on the word and the language only (names repeat across a library). */
const stopLemmas = new Map<string, boolean>();
const placeWords = new Map<string, boolean>();
const titleWords = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

/** Forgets the per-word answers (to measure span finding from cold). */
export function forgetWordAnswers(): void {
  stopLemmas.clear();
  placeWords.clear();
  titleWords.clear();
}

function memo(table: Map<string, boolean>, key: string, answer: () => boolean): boolean {
  let v = table.get(key);
  if (v === undefined) {
    v = answer();
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(key, v);
  }
  return v;
}

const HYPHEN = /[-‐‑]/;
/** The first letters of every title: a Cyrillic word that starts otherwise is no inflected title (no need to read its case endings). */
const TITLE_STARTS = new Set([...TITLES].map((w) => w.slice(0, 4)));

/** A title (President, министр), in any case form (министром, Министрінің), or a hyphenated title whose every part is one (Премьер-министр, Вице-спикер, Vice-President). */
function isTitle(t: Token, lang: string): boolean {
  const key = plainKey(t);
  if (TITLES.has(key)) return true;
  if (!HYPHEN.test(key) && (t.script !== 'Cyrl' || !TITLE_STARTS.has(key.slice(0, 4)))) return false;
  return memo(titleWords, `${lang}\u0001${t.text}`, () =>
    key.split(HYPHEN).every((part) => TITLES.has(part) || (t.script === 'Cyrl' && wordLemmas(part, 'Cyrl', lang).some((l) => TITLES.has(l)))),
  );
}

/** Words that may stand between a title and the name it introduces (аким области Нуртлеу Имангали). */
const MAX_TITLE_COMPLEMENTS = 3;

/** A title stands right before token i, or before it with only title complements between (аким области). */
function titledBefore(tokens: readonly Token[], i: number, lang: string): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_TITLE_COMPLEMENTS; k--) {
    const t = tokens[k]!;
    if (!t.joinsNext) return false;
    if (isTitle(t, lang)) return true;
    if (t.capital || !TITLE_COMPLEMENTS.has(plainKey(t))) return false;
  }
  return false;
}

/** A place the gazetteer knows, in any case form (Астанада, Tajikistan). */
function isPlaceWord(t: Token, lang: string): boolean {
  return memo(placeWords, `${lang}\u0001${t.text}`, () =>
    wordLemmas(t.text, t.script, lang).some((l) => foldKeys(roughLatin(l, t.script), PLAIN_CONTEXT).some(isKnownPlace)),
  );
}

/** An acronym (CIS, OSCE, CEC) is not a transliterated name. */
function isAcronym(t: Token): boolean {
  return t.allCaps && !t.initial && [...t.text].length <= 5;
}

export function findNameSpans(article: Pick<NameArticle, 'lang' | 'title' | 'paragraphs'>): NameSpan[] {
  const blocks = [article.title, ...article.paragraphs].map(tokenize);
  const lowerVocab = new Set<string>();
  for (const tokens of blocks) for (const t of tokens) if (!t.capital && NAME_SCRIPTS.has(t.script)) lowerVocab.add(stopKey(t.text));

  const spans: NameSpan[] = [];
  blocks.forEach((tokens, block) => {
    const headline = block === 0;
    let i = 0;
    while (i < tokens.length) {
      if (!isNameWord(tokens[i])) {
        i++;
        continue;
      }
      let j = i;
      while (tokens[j]!.joinsNext && isNameWord(tokens[j + 1])) j++;
      let titled = titledBefore(tokens, i, article.lang);
      let segment: Token[] = [];
      const flush = () => {
        const words = segment;
        segment = [];
        const wasTitled = titled;
        titled = false;
        if (words.length === 0 || words.length > MAX_WORDS || words.every((w) => w.initial)) return;
        const first = words[0]!;
        if (words.length === 1 && [...first.text].length < 3) return;
        if (words.length === 1 && first.sentenceStart && lowerVocab.has(plainKey(first))) return;
        spans.push({ words, titled: wasTitled });
      };
      for (let k = i; k <= j; k++) {
        const w = tokens[k]!;
        if (w.initial) {
          segment.push(w);
          continue;
        }
        if (isAcronym(w) || isStop(w, article.lang, lowerVocab, headline)) {
          flush();
          if (isTitle(w, article.lang)) titled = true;
          continue;
        }
        if (j > i && isPlaceWord(w, article.lang)) {
          // A known place stands alone: "Tajikistan Bakhtiyor Hudoerzoda" is a place, then a person.
          flush();
          segment.push(w);
          flush();
          continue;
        }
        segment.push(w);
      }
      flush();
      i = j + 1;
    }
  });
  return spans;
}
