/** Which writing system a word is in, from its letters. */

export type Script = 'Latn' | 'Cyrl' | 'Armn' | 'Han' | 'Arab' | 'Hang' | 'Other';

const CYRL = /\p{Script=Cyrillic}/u;
const LATN = /\p{Script=Latin}/u;
const ARMN = /\p{Script=Armenian}/u;
const HAN = /\p{Script=Han}/u;
const ARAB = /\p{Script=Arabic}/u;
const HANG = /\p{Script=Hangul}/u;

/** The script of a word: decided by its first letter that belongs to a script (apostrophes and marks are skipped). */
export function scriptOf(word: string): Script {
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'Latn';
      continue;
    }
    if (code >= 0x400 && code <= 0x52f) return 'Cyrl';
    if (LATN.test(ch)) return 'Latn';
    if (CYRL.test(ch)) return 'Cyrl';
    if (ARMN.test(ch)) return 'Armn';
    if (HAN.test(ch)) return 'Han';
    if (ARAB.test(ch)) return 'Arab';
    if (HANG.test(ch)) return 'Hang';
  }
  return 'Other';
}

/** Scripts whose names only the shipped gazetteer may join (no capitals, no reliable reading into Latin). */
export const GAZETTEER_ONLY_SCRIPTS: ReadonlySet<Script> = new Set(['Han', 'Arab', 'Hang']);

/** True when the text holds any Han, Arabic or Hangul letter: only then is a gazetteer scan worth doing. */
export function hasGazetteerScript(text: string): boolean {
  return /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/.test(text);
}
