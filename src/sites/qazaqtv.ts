/**
 * Qazaq TV (qazaqtv.com; en, ru, kz editions). No markup evidence exists (../shared/docs/sites.md):
 * the design rules below are guesses shaped on the page text of seed 001 (title, date, the title
 * repeated under the image, body with `photo` placeholders, `Photo:` credit, related/read-also/popular).
 * Where they miss, structured data and generic extraction take over field by field.
 */
import type { Lang } from '../extraction/types';
import type { DesignRules, SiteAdapter, UrlClass } from './adapter';
import { listPageReason } from './paths';

const PATH_LANG: Record<string, Lang> = { en: 'en', ru: 'ru', kz: 'kk', kk: 'kk' };

function classify(url: URL): UrlClass {
  let path = decodeURIComponent(url.pathname).toLowerCase();
  const first = path.split('/')[1] ?? '';
  const lang = PATH_LANG[first] ?? null;
  if (lang) path = path.slice(first.length + 1) || '/';
  const reason = listPageReason(path, url);
  if (reason) return { site: 'qazaqtv', lang, kind: 'not-article', reason };
  // Old scheme: /en/view/<category>/page_<id>_<slug> (2021). The current scheme is unknown: a numeric id
  // of 4+ digits in a path segment is taken as an article, anything else is decided by the page.
  const segments = path.split('/').filter(Boolean);
  if (segments.some((s) => /^page_\d+/.test(s) || /^\d{4,}(?:[-_]|$)/.test(s) || /[-_]\d{4,}$/.test(s))) {
    return { site: 'qazaqtv', lang, kind: 'article' };
  }
  if (segments.length === 1 || /^\/(?:live|tv-guide|programs?|projects?|about|contacts?|video|photo)(?:\/|$)/.test(path)) {
    return { site: 'qazaqtv', lang, kind: 'not-article', reason: `section page (${url.pathname})` };
  }
  return { site: 'qazaqtv', lang, kind: 'unknown' };
}

const guessed2023: DesignRules = {
  id: 'qazaqtv@2023',
  detect: ['.news-view__text', '.news-view__title', '.news-detail__text', '.news-content__text'],
  title: ['h1.news-view__title', '.news-detail__title', '.news-content__title', '.news-view h1'],
  date: ['.news-view__date', '.news-detail__date', '.news-content__date', ['.news-view time[datetime]', 'datetime']],
  lead: ['.news-view__lead', '.news-detail__lead'],
  author: ['.news-view__author', '.news-detail__author'],
  body: ['.news-view__text', '.news-detail__text', '.news-content__text'],
  clean: [
    '.photo-stub', '.news-view__image', '.news-view__image-title', 'figure', 'figcaption', '.share', '.social',
    '.related-news', '.read-also', '.news-tags', '.banner', '[class*="advert"]',
  ],
  tags: ['.news-tags a[href]', '.news-view__tags a[href]'],
  captions: ['.news-view__text figcaption', '.news-view__photo-source', '.news-view__image .source'],
};

export const qazaqtv: SiteAdapter = {
  site: 'qazaqtv',
  defaultLang: 'kk',
  ownsHost: (host) => host === 'qazaqtv.com' || host.endsWith('.qazaqtv.com'),
  classify,
  designs: [guessed2023],
  titleSuffix: /\s*[|–—-]\s*(?:qazaq tv|qazaqtv(?:\.com)?|казак тв|қазақ тв)\s*$/i,
  tagHref: /\/(?:tag|tags|teg)\//i,
};
