/**
 * The interface languages and how a browser language maps onto them.
 */
export const UI_LANGUAGES = ['en', 'ru', 'kk', 'kk-Latn', 'zh', 'uz', 'kk-Arab'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language's own name, for the switcher (not translated: a person finds their language by its own name). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  'kk-Latn': 'Qazaqşa',
  zh: '中文',
  uz: 'Ўзбекча',
  'kk-Arab': 'قازاقشا',
};

export const RTL_LANGUAGES: ReadonlySet<UiLanguage> = new Set(['kk-Arab']);

/** The locale for Intl (dates, numbers) of each interface language. */
export const INTL_LOCALE: Record<UiLanguage, string> = {
  en: 'en-GB',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  'kk-Latn': 'kk-Latn-KZ',
  zh: 'zh-CN',
  uz: 'uz-Cyrl-UZ',
  'kk-Arab': 'kk-Arab',
};

/** Best interface language for a BCP 47 tag such as `ru-RU`, `kk`, `zh-Hans-CN`, `uz-Cyrl`. */
export function matchLanguage(tag: string | undefined | null): UiLanguage {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-');
  if (!t) return 'en';
  if (t.startsWith('kk') || t.startsWith('kz')) {
    if (t.includes('arab')) return 'kk-Arab';
    if (t.includes('latn')) return 'kk-Latn';
    return 'kk';
  }
  const base = t.split('-')[0] as string;
  if (base === 'ru' || base === 'zh' || base === 'uz' || base === 'en') return base;
  return 'en';
}
