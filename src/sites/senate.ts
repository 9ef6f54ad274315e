/**
 * The Senate of the Parliament (senate.parlam.kz; editions en-US, ru-RU, kk-KZ by path).
 * Article URL: /<edition>/news/details/<id>. No markup evidence (../shared/docs/sites.md): the design
 * rules are guesses shaped on seed 004's page text (title, `18.03.2023 146` date and view count,
 * body, press-service credit line, `Share this`). Fallbacks cover them field by field.
 */
import type { Lang } from '../extraction/types';
import type { DesignRules, SiteAdapter, UrlClass } from './adapter';
import { listPageReason } from './paths';

const PATH_LANG: Record<string, Lang> = { 'en-us': 'en', 'ru-ru': 'ru', 'kk-kz': 'kk', en: 'en', ru: 'ru', kk: 'kk', kz: 'kk' };

function classify(url: URL): UrlClass {
  let path = decodeURIComponent(url.pathname).toLowerCase();
  const first = path.split('/')[1] ?? '';
  const lang = PATH_LANG[first] ?? null;
  if (lang) path = path.slice(first.length + 1) || '/';
  if (/^\/[\w-]+\/details\/\d+\/?$/.test(path)) return { site: 'senate', lang, kind: 'article' };
  const reason = listPageReason(path, url);
  if (reason) return { site: 'senate', lang, kind: 'not-article', reason };
  if (/^\/(?:news|announcements|events|press)(?:\/|$)/.test(path)) {
    return { site: 'senate', lang, kind: 'not-article', reason: `news list (${url.pathname})` };
  }
  return { site: 'senate', lang, kind: 'unknown' };
}

const guessed2023: DesignRules = {
  id: 'senate@2023',
  detect: ['.news-detail__body', '.news-detail__title', '.news-details__text'],
  title: ['.news-detail__title', '.news-details__title', '.news-detail h1', '.news-detail h2'],
  date: ['.news-detail__date', '.news-details__date', '.news-detail__meta'],
  body: ['.news-detail__body', '.news-details__text'],
  clean: ['.news-detail__share', '.share-block', '.news-detail__gallery', '.news-detail__views', 'figure', 'figcaption'],
  captions: ['.news-detail__body figcaption', '.news-detail__gallery figcaption'],
};

export const senate: SiteAdapter = {
  site: 'senate',
  defaultLang: 'ru',
  ownsHost: (host) => host === 'senate.parlam.kz',
  classify,
  designs: [guessed2023],
  titleSuffix:
    /\s*[|–—-]\s*(?:senate of the parliament of the republic of kazakhstan|сенат парламента республики казахстан|қазақстан республикасы парламентінің сенаты|senate|сенат)\s*$/i,
};
