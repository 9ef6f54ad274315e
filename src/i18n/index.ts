/**
 * i18next for every context of the extension: every user-facing string goes through `t`.
 * Resources are bundled (no network): locales/<lang>.json.
 */
import i18next, { type TOptions } from 'i18next';
import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import kk from '../../locales/kk.json';
import kkLatn from '../../locales/kk-Latn.json';
import zh from '../../locales/zh.json';
import uz from '../../locales/uz.json';
import kkArab from '../../locales/kk-Arab.json';
import { INTL_LOCALE, RTL_LANGUAGES, matchLanguage, type UiLanguage } from './languages';

export const RESOURCES: Record<UiLanguage, Record<string, unknown>> = {
  en,
  ru,
  kk,
  'kk-Latn': kkLatn,
  zh,
  uz,
  'kk-Arab': kkArab,
};

export const i18n = i18next.createInstance();
let ready: Promise<unknown> | null = null;

function browserLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language ?? 'en';
}

/** Initialises once; later calls return the same promise. */
export function initI18n(lang?: string): Promise<unknown> {
  ready ??= i18n.init({
    lng: matchLanguage(lang ?? browserLanguage()),
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([k, v]) => [k, { translation: v }])),
    interpolation: { escapeValue: false }, // Preact escapes text; nothing is ever rendered as HTML.
    returnNull: false,
  });
  return ready;
}

export async function setLanguage(lang: UiLanguage): Promise<void> {
  await initI18n(lang);
  await i18n.changeLanguage(lang);
}

export function currentLanguage(): UiLanguage {
  return matchLanguage(i18n.language);
}

export function isRtl(lang: UiLanguage = currentLanguage()): boolean {
  return RTL_LANGUAGES.has(lang);
}

export function intlLocale(lang: UiLanguage = currentLanguage()): string {
  return INTL_LOCALE[lang];
}

export function t(key: string, options?: TOptions): string {
  return i18n.t(key, options ?? {}) as string;
}
