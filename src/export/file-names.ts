/**
 * File names that are safe on every system a person might unpack an export on:
 * ASCII letters, digits and hyphens only (Cyrillic and Kazakh letters transliterated,
 * Latin diacritics dropped), bounded length, and unique ignoring case (Windows and
 * macOS file systems fold case).
 */
import { localDay } from './dates';

/** Russian, Kazakh and Uzbek Cyrillic letters -> ASCII, for file names only (not a romanization standard). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ў: 'o', ҳ: 'h',
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN: Record<string, string> = { ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** Lower-case ASCII words joined by hyphens; '' when nothing transliterable is left (e.g. Chinese or Arabic script). */
export function slugify(text: string, maxLength = 80): string {
  const ascii = [...text.toLowerCase()]
    .map((c) => CYRILLIC[c] ?? LATIN[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** Hands out names never handed out before, comparing without case: "a.md", then "a-2.md", "a-3.md"... */
export function uniqueNamer(): (stem: string, extension: string) => string {
  const taken = new Set<string>();
  return (stem, extension) => {
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem}-${n}`}.${extension}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
}

/** The suggested name of an export file, e.g. dala-reader-articles-2024-05-01.csv */
export function exportFileName(what: string, extension: string, now: number): string {
  return `dala-reader-${what}-${localDay(now)}.${extension}`;
}
