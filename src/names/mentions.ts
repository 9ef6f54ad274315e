/**
 * Turns an article into mentions: each name span read as a person (first name,
 * initials, patronymic, surname with its gender) or as a place or body (the whole
 * name), with the keys of every reading its case ending allows; plus every form of
 * the shipped gazetteer written in the text (Chinese, Arabic script, Korean).
 */
import { surnameLemmas, wordLemmas } from './case-endings';
import type { FoldContext } from './fold';
import { gazetteerByKey, isKnownPlace, scanGazetteer, type GazetteerHit } from './gazetteer-index';
import {
  PATRONYMIC,
  STRONG_SURNAME,
  WEAK_SURNAME,
  contextOf,
  firstPart,
  genderOfSurname,
  isArmenianSurname,
  keysOf,
  roughOf,
} from './name-keys';
import { PLAIN_CONTEXT, personContext } from './fold';
import { encodeMention, personBuckets, wholeBuckets } from './mention-codec';
import { findNameSpans, forgetWordAnswers, type NameSpan } from './spans';
import type { NameArticle, NameKind } from './types';

/** One reading of a name or name part: its text as written (case ending stripped) and its keys. */
export interface KeyedText {
  text: string;
  keys: string[];
  gender?: 'm' | 'f';
  /** For a first name: the keys of all of it (Kassym-Jomart), which decide between its case readings. */
  fullKeys?: string[];
  /** A case ending was taken off to get this reading. */
  stripped?: boolean;
}

export interface PersonParts {
  /** Readings of the first name as written (Kassym-Jomart); keys are those of its first part. Null when only initials or the surname are written. */
  given: KeyedText[] | null;
  /** Further first names or an Armenian patronymic (Cömert, Vachiki), as written. */
  givenRest: string[];
  initials: string | null;
  patronymic: string | null;
  /** Readings of the surname (Токаева: Токаев, masculine genitive, or Токаева, feminine). */
  surname: KeyedText[];
}

/**
 * One name as written, read in every way its text allows. It carries no article: equal
 * mentions in many articles are one value (and one stored signature).
 */
export interface Mention {
  lang: string;
  kind: NameKind | null;
  person: PersonParts | null;
  /** Readings of a place or body's whole name. */
  whole: KeyedText[] | null;
  ctx: FoldContext;
  /** Index buckets: 'p:' + surname key for people, 'n:' + loose key for the rest. */
  buckets: string[];
  /** Set for forms found through the shipped gazetteer: the entry, and the note for this form. */
  gazetteer?: { id: string; note: string };
  /** The form as written when it is not built from parts (gazetteer forms). */
  display?: string;
  /** The mention in short (mention-codec.ts): mentions with equal signatures are resolved once, and stored once. */
  sig: string;
}

/** Fills in the signature of a mention built without one. */
function signed(m: Omit<Mention, 'sig'>): Mention {
  return { ...m, sig: encodeMention(m) };
}

function spanMention(span: NameSpan, lang: string): Omit<Mention, 'sig'> | null {
  const initialWords = span.words.filter((w) => w.initial);
  const words = span.words.filter((w) => !w.initial);
  const last = words[words.length - 1];
  if (!last) return null;
  const initials = initialWords.length > 0 ? initialWords.map((w) => w.text).join(' ') : null;

  const surnameReadings = surnameLemmas(last.text, last.script, lang);
  const surnameRough = roughOf(surnameReadings[0]!.text);
  const texts = words.map((w) => w.text);
  const plainCtx = contextOf(lang, texts, false);

  // The whole name, as a place or body would be read.
  const prefix = texts.slice(0, -1);
  const wholeReadings = wordLemmas(last.text, last.script, lang).map((l) => [...prefix, l].join(' '));
  const whole: KeyedText[] = wholeReadings.map((text) => ({ text, keys: keysOf(text, plainCtx) }));
  const known = whole.flatMap((w) => w.keys).map((k) => gazetteerByKey(k)).find((g) => g !== undefined);
  const place = whole.some((w) => w.keys.some(isKnownPlace));

  const middle = words.slice(0, -1);
  const strong = STRONG_SURNAME.test(surnameRough);
  const weak = WEAK_SURNAME.test(surnameRough);
  const hasFirst = middle.length > 0 || initials !== null;
  const isPerson =
    !known &&
    !place &&
    words.length <= 4 &&
    (strong || (weak && (hasFirst || span.titled)) || (span.titled && words.length <= 3) || (initials !== null && words.length === 1));

  if (!isPerson) {
    const ctx = plainCtx;
    if (known?.alias) {
      const target = known.entry.wholeKey!;
      const rekeyed = whole.map((w) => ({ text: w.text, keys: [target] }));
      return {
        lang,
        kind: known.entry.entry.kind,
        person: null,
        whole: rekeyed,
        ctx,
        buckets: wholeBuckets(rekeyed),
        gazetteer: { id: known.entry.entry.id, note: known.alias.note },
      };
    }
    return {
      lang,
      kind: known?.entry.entry.kind ?? (place ? 'place' : null),
      person: null,
      whole,
      ctx,
      buckets: wholeBuckets(whole),
      ...(known ? { gazetteer: { id: known.entry.entry.id, note: '' } } : {}),
    };
  }

  const ctx = personContext(isArmenianSurname(surnameRough) ? contextOf(lang, texts, true) : plainCtx);
  let patronymic: string | null = null;
  const givenWords: string[] = [];
  for (const w of middle) {
    if (patronymic === null && givenWords.length > 0 && PATRONYMIC.test(roughOf(w.text))) patronymic = w.text;
    else givenWords.push(w.text);
  }
  const surname: KeyedText[] = surnameReadings.map((r) => {
    const gender = r.gender ?? genderOfSurname(roughOf(r.text));
    return { text: r.text, keys: keysOf(r.text, ctx), stripped: r.text !== last.text, ...(gender ? { gender } : {}) };
  });
  const firstGiven = givenWords[0];
  const given: KeyedText[] | null = firstGiven
    ? // Kazakh and Uzbek put the case ending on the last word only; Russian declines the first name too.
      (lang === 'ru' || (last.script === 'Cyrl' && lang !== 'kk' && lang !== 'uz') ? wordLemmas(firstGiven, last.script, 'ru') : [firstGiven]).map((text) => ({
        text,
        keys: keysOf(firstPart(text), ctx),
        fullKeys: keysOf(text, ctx),
        stripped: text !== firstGiven,
      }))
    : null;
  return {
    lang,
    kind: 'person',
    person: { given, givenRest: givenWords.slice(1), initials, patronymic, surname },
    whole: null,
    ctx,
    buckets: personBuckets(surname),
  };
}

function gazetteerMention(hit: GazetteerHit, lang: string): Omit<Mention, 'sig'> {
  const { entry, form } = hit;
  const base = {
    lang,
    kind: entry.entry.kind,
    ctx: PLAIN_CONTEXT,
    gazetteer: { id: entry.entry.id, note: form.note },
    display: form.text,
  };
  if (entry.surnameKey !== undefined) {
    const surname: KeyedText[] = [{ text: form.text, keys: [entry.surnameKey] }];
    return {
      ...base,
      person: {
        given: hit.surnameOnly ? null : [{ text: form.text, keys: [entry.givenKey ?? ''] }],
        givenRest: [],
        initials: null,
        patronymic: null,
        surname,
      },
      whole: null,
      buckets: personBuckets(surname),
    };
  }
  const whole: KeyedText[] = [{ text: form.text, keys: [entry.wholeKey ?? ''] }];
  return { ...base, person: null, whole, buckets: wholeBuckets(whole) };
}

/**
 * Mentions are pure functions of their words and the article's language, and names
 * repeat across a library (and within an article): each is built once and shared.
 */
const cache = new Map<string, Mention | null>();
const CACHE_LIMIT = 50_000;

function cached(key: string, make: () => Omit<Mention, 'sig'> | null): Mention | null {
  let m = cache.get(key);
  if (m === undefined) {
    const made = make();
    m = made ? signed(made) : null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** Forgets every mention built so far and the per-word answers of span finding: extraction starts from cold, as in a page just opened. */
export function forgetMentions(): void {
  cache.clear();
  forgetWordAnswers();
}

function spanKey(span: NameSpan, lang: string): string {
  let key = `s${span.titled ? 1 : 0}\u0002${lang}`;
  for (const w of span.words) key += `\u0001${w.initial ? '.' : ''}${w.text}`;
  return key;
}

/** Every name mention in an article, in text order (a name written twice gives two equal mentions). Mentions are shared values: never change one. */
export function extractMentions(article: Pick<NameArticle, 'lang' | 'title' | 'paragraphs'>): Mention[] {
  const lang = article.lang;
  const out: Mention[] = [];
  for (const span of findNameSpans(article)) {
    const m = cached(spanKey(span, lang), () => spanMention(span, lang));
    if (m) out.push(m);
  }
  for (const block of [article.title, ...article.paragraphs]) {
    for (const hit of scanGazetteer(block)) {
      const key = `g${hit.surnameOnly ? 1 : 0}\u0002${lang}\u0002${hit.entry.entry.id}\u0001${hit.form.text}\u0001${hit.form.note}`;
      out.push(cached(key, () => gazetteerMention(hit, lang))!);
    }
  }
  return out;
}
