/**
 * Kazinform (inform.kz and its edition subdomains, qazinform.com): seven editions, two designs.
 * Evidence: ../shared/docs/sites.md (public scrapers 2022-2026 and seed 000). Every selector is a
 * first guess with fallbacks behind it (structured data, then generic extraction).
 */
import type { Lang } from '../extraction/types';
import type { DesignRules, SiteAdapter, UrlClass } from './adapter';
import { stripAuthorLabel } from '../extraction/cleaning';
import { listPageReason } from './paths';

/** Edition by subdomain. `tote` (Arabic-script Kazakh) is a guess: no URL of that edition is known. */
const HOST_LANG: Record<string, Lang> = {
  'qazinform.com': 'en',
  'www.qazinform.com': 'en',
  'en.inform.kz': 'en',
  'qz.inform.kz': 'kk-Latn',
  'cn.inform.kz': 'zh',
  'oz.inform.kz': 'uz',
  'kaz.inform.kz': 'kk',
  'tote.inform.kz': 'kk-Arab',
  'arab.inform.kz': 'kk-Arab',
};

/** Edition by first path segment on www.inform.kz / inform.kz / lenta.inform.kz (`tote`, `ar`: guesses). */
const PATH_LANG: Record<string, Lang> = {
  ru: 'ru',
  kz: 'kk',
  kk: 'kk',
  en: 'en',
  qz: 'kk-Latn',
  cn: 'zh',
  zh: 'zh',
  oz: 'uz',
  uz: 'uz',
  tote: 'kk-Arab',
  ar: 'kk-Arab',
};

function classify(url: URL): UrlClass {
  const host = url.hostname.toLowerCase();
  let lang: Lang | null = HOST_LANG[host] ?? null;
  let path = decodeURIComponent(url.pathname).toLowerCase();
  const first = path.split('/')[1] ?? '';
  if (lang === null || host === 'www.inform.kz' || host === 'inform.kz') {
    const byPath = PATH_LANG[first];
    if (byPath) {
      lang = byPath;
      path = path.slice(first.length + 1) || '/';
    }
  }
  const reason = listPageReason(path, url);
  if (reason) return { site: 'kazinform', lang, kind: 'not-article', reason };
  // Old design: <slug>_a<7 digits> (and /amp); current design: <slug>-<6 or 8 hex>. A hex tail without a
  // digit may be an ordinary word ("decade"): the page decides.
  if (/_a\d{5,}(?:\/amp)?\/?$/.test(path)) return { site: 'kazinform', lang, kind: 'article' };
  const hex = /-([0-9a-f]{6}|[0-9a-f]{8})(?:\/amp)?\/?$/.exec(path);
  if (hex && /\d/.test(hex[1]!)) return { site: 'kazinform', lang, kind: 'article' };
  return { site: 'kazinform', lang, kind: 'unknown' };
}

/** Current design, 2023 on (h1.article__title, div.article__time, div.article__body-text). */
const current: DesignRules = {
  id: 'kazinform@2023',
  detect: ['.article__body-text', 'h1.article__title', '.article__content .article__title'],
  title: ['h1.article__title', '.article__title'],
  date: ['.article__time', '.article__date', ['.article__info time[datetime]', 'datetime']],
  lead: ['.article__description > p', '.article__description', '.article__lead'],
  author: ['.article__author-name', ['.article__author', null, stripAuthorLabel]],
  // `div.article__content` (read up to `div.article__tags` by a 2026 scraper) is a wrapper or a newer markup.
  body: ['.article__body-text', '.article__content', '.article__body'],
  clean: [
    '.article__title', '.article__info', '.article__time', '.article__views', '.article__description', '.article__lead',
    '.article__author', '.article__tags', '.article__share', '.share', '.social', '.article__related', '.related',
    '.article__banner', '.banner', '.adv', '[class*="advert"]', '.article__photo', '.article__photo-source', 'figure',
    'figcaption', '.article__read-also', '.read-also', '.article__subscribe',
  ],
  tags: ['.article__tags a[href]'],
  captions: ['.article__photo figcaption', '.article__photo-source', '.article__body-text figcaption', '.article__content figcaption'],
};

/** Old design, to 2022 (div.title_article_bl, div.time_article_bl, div.body_article_bl). */
const old: DesignRules = {
  id: 'kazinform@2016',
  detect: ['.body_article_bl', '.title_article_bl'],
  title: ['.title_article_bl h1', '.title_article_bl'],
  date: ['.time_article_bl'],
  author: ['.data_author_bl a', ['.data_author_bl', null, stripAuthorLabel]],
  body: ['.body_article_bl'],
  clean: [
    '.frame_news_article_adapt', '.keywords_bl', '.data_author_bl', '.main_img_article', '.views', '.share_bl',
    '.title_article_bl', '.time_article_bl', '.img_desc', 'figcaption', '.banner_bl',
  ],
  tags: ['.keywords_bl a[href]'],
  captions: ['.main_img_article .img_desc', '.main_img_article figcaption', '.body_article_bl .img_desc', '.body_article_bl figcaption'],
};

export const kazinform: SiteAdapter = {
  site: 'kazinform',
  defaultLang: 'ru',
  ownsHost: (host) => host === 'inform.kz' || host.endsWith('.inform.kz') || host === 'qazinform.com' || host.endsWith('.qazinform.com'),
  classify,
  designs: [current, old],
  titleSuffix: /\s*[|–—-]\s*(?:kazinform|казинформ|қазақпарат|qazaqparat|inform\.kz|qazinform\.com|哈通社|قازاقپارات)\s*$/i,
  tagHref: /\/tag\/|_t\d+\/?$/i,
};
