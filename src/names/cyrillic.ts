/**
 * Cyrillic (Russian, Kazakh, Uzbek) to a rough Latin form, letter by letter.
 *
 * The rough form is deliberately close to one real system (ICAO 9303 for Russian
 * letters, with BGN/PCGN digraphs zh kh ts ch sh) and keeps every Kazakh and Uzbek
 * letter distinct (ә ä, ғ ğ, қ q, ң ñ, ө ö, ұ ū, ү ü, һ h, і i, ў ŏ, ҳ h), so that the
 * folding rules can later say which system's choice made two spellings differ.
 */

const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh
  ә: 'ä', ғ: 'ğ', қ: 'q', ң: 'ñ', ө: 'ö', ұ: 'ū', ү: 'ü', һ: 'h', і: 'i',
  // Uzbek
  ў: 'ŏ', ҳ: 'h',
  // Kyrgyz, Tajik, Ukrainian letters met in names
  ҷ: 'j', ӣ: 'i', ӯ: 'u', є: 'ye', ї: 'yi', ґ: 'g',
};

/** Letters only Kazakh uses (Uzbek shares қ ғ but not these). */
const KAZAKH_ONLY = /[әөұүңһі]/i;
/** Letters only Uzbek uses. */
const UZBEK_ONLY = /[ўҳ]/i;

export type CyrillicLanguage = 'kk' | 'uz' | 'ru';

/** Which language's Cyrillic a word is in, by its letters; `hint` (the article's language) decides when the letters do not. */
export function cyrillicLanguage(word: string, hint: string): CyrillicLanguage {
  if (KAZAKH_ONLY.test(word)) return 'kk';
  if (UZBEK_ONLY.test(word)) return 'uz';
  if (hint === 'kk' || hint === 'uz') return hint;
  return 'ru';
}

/** Lower-case rough Latin for a Cyrillic word; characters outside the table (hyphens, apostrophes) are kept. */
export function romanizeCyrillic(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += TABLE[ch] ?? ch;
  return out;
}
