/**
 * Keys of name words and what their shape says: surname or not, gender, patronymic,
 * Armenian. All decided on the rough Latin form, so one set of patterns serves every
 * script.
 */
import { foldContext, foldKeys, roughLatin, type FoldContext } from './fold';
import { scriptOf } from './scripts';

/** Surname endings strong enough to make a lone word a person (Tokayev, Назарбаевым, Akopyan, Kemelūly). */
export const STRONG_SURNAME =
  /^.{3,}(?:ov|ev|ëv|ova|eva|ëva|ow|ew|owa|ewa|yan|ian|yants|yanc|jan|sky|skiy|skii|skij|skaya|skaia|enko)$/;
/** Endings shared with ordinary words (Berlin, Kremlin, Marina): a person only with a first name, an initial or a title. */
export const WEAK_SURNAME = /(?:in|yn|ina|yna|ski|ska|uly|ūly|ulı|uli|zoda|zade)$/;
export const PATRONYMIC = /(?:ovich|evich|ovič|evič|ovna|evna|ichna|uly|ūly|ulı|ūlı|qyzy|qızı|kyzy|ogly|o'g'li|oʻgʻli|qizi|ovitš)$/;
const FEMININE = /(?:ova|eva|ëva|yeva|ina|yna|skaya|skaia|ska|owa|ewa|aya|qyzy|qızı|kyzy)$/;
const MASCULINE = /(?:ov|ev|ëv|in|yn|sky|skiy|skii|skij|ski|ow|ew|uly|ūly|ulı)$/;
const ARMENIAN = /(?:yan|ian|yants|yanc|jan)$/;

export function genderOfSurname(rough: string): 'm' | 'f' | undefined {
  if (FEMININE.test(rough)) return 'f';
  if (MASCULINE.test(rough)) return 'm';
  return undefined;
}

export function isArmenianSurname(rough: string): boolean {
  return ARMENIAN.test(rough);
}

/** Rough Latin of a text in whatever script it is written. */
export function roughOf(text: string): string {
  return roughLatin(text, scriptOf(text));
}

/** The context of a name from its words. */
export function contextOf(lang: string, words: readonly string[], armenian: boolean): FoldContext {
  return foldContext(
    lang,
    words.map((text) => {
      const script = scriptOf(text);
      return { text, script, rough: roughLatin(text, script) };
    }),
    armenian,
  );
}

/** The keys of a text (a word, or several words of one name) in a context. */
export function keysOf(text: string, ctx: FoldContext): string[] {
  return foldKeys(roughOf(text), ctx);
}

/** The first part of a hyphenated given name (Kassym of Kassym-Jomart): first names agree on it. */
export function firstPart(given: string): string {
  return given.split(/[-‐‑]/)[0] ?? given;
}

/**
 * A coarser key for bodies and places: a dropped h of zh/sh/kh/ch (Mazilis for
 * Mazhilis, a machine-translation garble) meets its full spelling here, and only
 * here; such a join is always shown with low confidence.
 */
export function looseKey(key: string): string {
  return key.replace(/[JSCH]/g, (c) => ({ J: 'z', S: 's', C: 'ts', H: 'k' })[c] ?? c).toLowerCase();
}

/** Initials are compared by the sounds they can stand for (Y. may be Ye-, Yu-, Ya-; Zh. and J. are one). */
export function initialClasses(initial: string, ctx: FoldContext): string[] {
  const i = initial.toLowerCase();
  if (i === 'y' || i === 'й') return ['e', 'i', 'u', 'a'];
  if (i === 'ye' || i === 'е' || i === 'e') return ['e'];
  if (i === 'yu' || i === 'ю') return ['iu', 'u', 'i'];
  if (i === 'ya' || i === 'я') return ['ia', 'a', 'i'];
  return [keysOf(initial, ctx)[0]?.charAt(0) ?? i];
}
