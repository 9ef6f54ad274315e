/**
 * Language of a page: first from host and path (the adapters know the editions), then
 * confirmed by `<html lang>` and by the script of the article text.
 */
import type { Lang } from './types';

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han';

const SCRIPT_OF_LANG: Record<Lang, Script> = {
  en: 'latin',
  'kk-Latn': 'latin',
  ru: 'cyrillic',
  kk: 'cyrillic',
  uz: 'cyrillic',
  zh: 'han',
  'kk-Arab': 'arabic',
};

const KAZAKH_CYRILLIC = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const UZBEK_CYRILLIC = /[ўҳЎҲ]/g;
// Letters of the 2018 (á ǵ ı ń ó ú ý) and 2021 (ä ğ ı ñ ö ş ü ç) Kazakh Latin alphabets.
const KAZAKH_LATIN = /[áǵıńóúýäğñöşüçÁǴŃÓÚÝÄĞÑÖŞÜÇ]/g;

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  arabic: number;
  han: number;
}

/** Letters per script in a text. */
export function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, cyrillic: 0, arabic: 0, han: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) c.latin++;
    else if (cp >= 0x400 && cp <= 0x52f) c.cyrillic++;
    else if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfeff)) c.arabic++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) c.han++;
  }
  return c;
}

function dominantScript(c: ScriptCounts): Script | null {
  const entries = Object.entries(c) as [Script, number][];
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total < 20) return null;
  // Han characters carry a word each: weigh them up against alphabetic letters.
  const weighted = entries.map(([s, n]) => [s, s === 'han' ? n * 3 : n] as const).sort((a, b) => b[1] - a[1]);
  const [best] = weighted;
  return best && best[1] > 0 ? best[0] : null;
}

function rate(text: string, re: RegExp, letters: number): number {
  const m = text.match(re);
  return letters > 0 ? (m ? m.length : 0) / letters : 0;
}

/** The language the text's script points to, or null when the text is too short to tell. */
export function langFromText(text: string): Lang | null {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const counts = countScripts(sample);
  const script = dominantScript(counts);
  switch (script) {
    case 'han':
      return 'zh';
    case 'arabic':
      return 'kk-Arab';
    case 'cyrillic': {
      if (rate(sample, UZBEK_CYRILLIC, counts.cyrillic) > 0.004) return 'uz';
      return rate(sample, KAZAKH_CYRILLIC, counts.cyrillic) > 0.02 ? 'kk' : 'ru';
    }
    case 'latin':
      return rate(sample, KAZAKH_LATIN, counts.latin) > 0.01 ? 'kk-Latn' : 'en';
    default:
      return null;
  }
}

/** Map an `<html lang>` value onto our languages (null when it names none of them). */
export function langFromHtmlLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v === '') return null;
  if (v.startsWith('kk-arab') || v === 'kk-cn') return 'kk-Arab';
  if (v.startsWith('kk-latn') || v === 'qz') return 'kk-Latn';
  const primary = v.split('-')[0];
  switch (primary) {
    case 'en':
      return 'en';
    case 'ru':
      return 'ru';
    case 'kk':
    case 'kz':
      return 'kk';
    case 'zh':
      return 'zh';
    case 'uz':
      return 'uz';
    default:
      return null;
  }
}

export interface LangDecision {
  lang: Lang;
  warning?: string;
}

/**
 * Decide the language. The URL's edition is the first word; `<html lang>` and the text's
 * script confirm it. A text in another script overrides the URL (pages are sometimes served
 * under the wrong edition); inside one script the URL wins unless both other signals agree on
 * a different language.
 */
export function decideLang(urlLang: Lang | null, htmlLang: Lang | null, text: string, siteDefault: Lang): LangDecision {
  const textLang = langFromText(text);
  if (urlLang) {
    if (!textLang || textLang === urlLang) return { lang: urlLang };
    if (SCRIPT_OF_LANG[textLang] !== SCRIPT_OF_LANG[urlLang]) {
      const lang = htmlLang && SCRIPT_OF_LANG[htmlLang] === SCRIPT_OF_LANG[textLang] ? htmlLang : textLang;
      return { lang, warning: `lang: the URL says ${urlLang} but the text is in ${SCRIPT_OF_LANG[textLang]} script; used ${lang}` };
    }
    if (htmlLang === textLang) {
      return { lang: textLang, warning: `lang: the URL says ${urlLang} but <html lang> and the text say ${textLang}; used ${textLang}` };
    }
    return { lang: urlLang };
  }
  if (htmlLang && (!textLang || SCRIPT_OF_LANG[htmlLang] === SCRIPT_OF_LANG[textLang])) {
    // Inside one script the letters decide between ru/kk/uz and en/kk-Latn better than a generic lang attribute.
    return { lang: textLang && textLang !== htmlLang && htmlLang !== 'kk' ? textLang : htmlLang };
  }
  return { lang: textLang ?? htmlLang ?? siteDefault };
}
