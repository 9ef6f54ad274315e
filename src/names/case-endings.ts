/**
 * Case endings and possessives stripped from name words, per language, so that an
 * inflected name is not taken for another name: Назарбаевым -> Назарбаев,
 * Еспаевой -> Еспаева (the feminine stays feminine), Әшімбаевтың -> Әшімбаев,
 * Mäjiliste -> Mäjilis, Tokayev's -> Tokayev.
 *
 * A surname's ending is read by its shape (-ов/-ев/-ин + ending). Other words get
 * candidate stems next to the word itself, because "Астана" and "Астане" must both
 * reach "Астана" while "Канада" must not lose its -да; the grouping keeps the stem
 * that other spellings share.
 */
import type { Script } from './scripts';

export interface Lemma {
  text: string;
  /** Set when the ending fixes it (Еспаевой is feminine; Назарбаевым masculine). */
  gender?: 'm' | 'f';
}

type Rule = readonly [RegExp, (m: RegExpExecArray) => Lemma[]];

const stem = (m: RegExpExecArray): string => m[1] ?? '';

// ---- Russian surnames (Cyrillic) -------------------------------------------------
const RU_SURNAME: readonly Rule[] = [
  // -ского/-скому/-ским/-ском -> -ский; -ской/-скую -> -ская
  [/^(.+ск)(?:ого|ому|им|ом)$/iu, (m) => [{ text: `${stem(m)}ий`, gender: 'm' }]],
  [/^(.+ск)(?:ой|ую)$/iu, (m) => [{ text: `${stem(m)}ая`, gender: 'f' }]],
  // -ова/-ева/-ина + ой (feminine oblique)
  [/^(.+(?:ов|ев|ёв|ин|ын))ой$/iu, (m) => [{ text: `${stem(m)}а`, gender: 'f' }]],
  // -ову: masculine dative or feminine accusative
  [/^(.+(?:ов|ев|ёв|ин|ын))у$/iu, (m) => [{ text: stem(m), gender: 'm' }, { text: `${stem(m)}а`, gender: 'f' }]],
  // -ова: masculine genitive or feminine nominative
  [/^(.+(?:ов|ев|ёв|ин|ын))а$/iu, (m) => [{ text: stem(m), gender: 'm' }, { text: `${stem(m)}а`, gender: 'f' }]],
  [/^(.+(?:ов|ев|ёв|ин|ын))(?:ым|е)$/iu, (m) => [{ text: stem(m), gender: 'm' }]],
  [/^(.+(?:ов|ев|ёв|ин|ын))(?:ых|ыми)$/iu, (m) => [{ text: stem(m) }]],
  // Armenian -ян declines in the masculine
  [/^(.+янц?)(?:а|у|ом|е)$/iu, (m) => [{ text: stem(m), gender: 'm' }]],
];

// ---- Kazakh and Uzbek case suffixes (Cyrillic and Latin) -------------------------
const KK_CYRL_SUFFIX =
  '(?:[ыі]|[сc][ыі])?(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен|н)';
const KK_LATN_SUFFIX =
  '(?:[ıyi]|s[ıyi])?(?:n[ıyi]ñ|d[ıyi]ñ|t[ıyi]ñ|n[ıyi]ng|d[ıyi]ng|t[ıyi]ng|ğa|ge|qa|ke|na|ne|n[ıyi]|d[ıyi]|t[ıyi]|nda|nde|da|de|ta|te|nan|nen|dan|den|tan|ten|men|ben|pen)';
const UZ_CYRL_SUFFIX = '(?:нинг|га|ка|қа|ни|да|дан|лар)';
const UZ_LATN_SUFFIX = '(?:ning|ga|ka|qa|ni|da|dan|lar)';

const KK_CYRL_SURNAME = new RegExp(`^(.+(?:ов|ев|ин|ова|ева|ина|ұлы|қызы))${KK_CYRL_SUFFIX}$`, 'iu');
const KK_LATN_SURNAME = new RegExp(`^(.+(?:ov|ev|in|ova|eva|ina|ūly|uly|ulı|qyzy|qızı))${KK_LATN_SUFFIX}$`, 'iu');
const UZ_CYRL_SURNAME = new RegExp(`^(.+(?:ов|ев|ова|ева))${UZ_CYRL_SUFFIX}$`, 'iu');
const UZ_LATN_SURNAME = new RegExp(`^(.+(?:ov|ev|ova|eva))${UZ_LATN_SUFFIX}$`, 'iu');

const KK_CYRL_WORD = new RegExp(`^(.{3,}?)${KK_CYRL_SUFFIX}$`, 'iu');
const KK_LATN_WORD = new RegExp(`^(.{3,}?)${KK_LATN_SUFFIX}$`, 'iu');
const UZ_CYRL_WORD = new RegExp(`^(.{3,}?)${UZ_CYRL_SUFFIX}$`, 'iu');
const UZ_LATN_WORD = new RegExp(`^(.{3,}?)${UZ_LATN_SUFFIX}$`, 'iu');

// Russian nouns and given names: -а/-у/-е/-ом/-ым after a consonant stem; feminine -ы/-и/-е/-у/-ой/-ей from -а.
const RU_CONSONANT_STEM = /^(.{2,}[бвгджзклмнпрстфхцчшщ])(?:а|у|е|ом|ым|ем)$/iu;
const RU_FEMININE_STEM = /^(.{2,}[бвгджзклмнпрстфхцчшщ])(?:ы|и|е|у|ой|ей)$/iu;
// -ия (Дания: Дании, Данией, Данию) and -ий (Дмитрий: Дмитрия, Дмитрием, Дмитрию).
const RU_I_STEM = /^(.{2,})(?:ии|ией|ию|ия|ием)$/iu;

function stripPossessive(word: string, lang: string): string {
  if (lang === 'kk-Latn') return word.replace(/['’]s$/u, '');
  return word.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

function isKazakh(lang: string): boolean {
  return lang === 'kk' || lang.startsWith('kk-');
}

function isUzbek(lang: string): boolean {
  return lang === 'uz' || lang.startsWith('uz-');
}

/**
 * Candidate nominative forms of a surname, most likely first. A word that is no
 * inflected surname comes back as itself.
 */
export function surnameLemmas(word: string, script: Script, lang: string): Lemma[] {
  const w = script === 'Latn' ? stripPossessive(word, lang) : word;
  if (script === 'Cyrl') {
    if (isKazakh(lang) || isUzbek(lang)) {
      const m = (isKazakh(lang) ? KK_CYRL_SURNAME : UZ_CYRL_SURNAME).exec(w);
      return [{ text: m ? stem(m) : w }];
    }
    for (const [re, make] of RU_SURNAME) {
      const m = re.exec(w);
      if (m) return make(m);
    }
    return [{ text: w }];
  }
  if (script === 'Latn') {
    const re = isKazakh(lang) ? KK_LATN_SURNAME : isUzbek(lang) ? UZ_LATN_SURNAME : null;
    const m = re?.exec(w);
    if (m) return [{ text: stem(m) }];
  }
  return [{ text: w }];
}

/**
 * Candidate nominative forms of any other name word (a given name, a place, a body):
 * the word itself first, then stems the language's endings allow.
 */
export function wordLemmas(word: string, script: Script, lang: string): string[] {
  const w = script === 'Latn' ? stripPossessive(word, lang) : word;
  const out = [w];
  const add = (s: string | undefined) => {
    if (s && s.length >= 3 && !out.includes(s)) out.push(s);
  };
  if (script === 'Cyrl') {
    if (isKazakh(lang)) add(KK_CYRL_WORD.exec(w)?.[1]);
    else if (isUzbek(lang)) add(UZ_CYRL_WORD.exec(w)?.[1]);
    else {
      add(RU_CONSONANT_STEM.exec(w)?.[1]);
      const f = RU_FEMININE_STEM.exec(w)?.[1];
      if (f) add(`${f}а`);
      const i = RU_I_STEM.exec(w)?.[1];
      if (i) {
        add(`${i}ия`);
        add(`${i}ий`);
      }
    }
  } else if (script === 'Latn') {
    if (lang === 'kk-Latn') add(KK_LATN_WORD.exec(w)?.[1]);
    else if (isUzbek(lang)) add(UZ_LATN_WORD.exec(w)?.[1]);
  }
  return out;
}
