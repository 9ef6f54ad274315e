import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/extraction/extract';

const cls = (url: string) => {
  const c = classifyUrl(url);
  return c ? { site: c.site, lang: c.lang, kind: c.kind } : null;
};

const KNOWN: [url: string, site: string, lang: string, kind: string][] = [
  ['https://qazinform.com/news/cis-observation-mission-hails-parliamentary-elections-in-kazakhstan-4e7a1c', 'kazinform', 'en', 'article'],
  ['https://www.inform.kz/en/cis-observation-mission_a4047123', 'kazinform', 'en', 'article'],
  ['https://en.inform.kz/news/some-news_a3012345/', 'kazinform', 'en', 'article'],
  ['https://www.inform.kz/ru/v-astane-otkrylsya-terminal-4c2a9e1b', 'kazinform', 'ru', 'article'],
  ['https://www.inform.kz/ru/some-news_a3872001/amp', 'kazinform', 'ru', 'article'],
  ['https://www.inform.kz/kz/zhanalyq-b7e03d', 'kazinform', 'kk', 'article'],
  ['https://qz.inform.kz/news/astanada-jana-mektep-5d3f0e/', 'kazinform', 'kk-Latn', 'article'],
  ['https://cn.inform.kz/news/trade-9a0c4e/', 'kazinform', 'zh', 'article'],
  ['https://oz.inform.kz/news/chegara-2e8b71/', 'kazinform', 'uz', 'article'],
  ['https://lenta.inform.kz/ru/old-news_a2500001', 'kazinform', 'ru', 'article'],
  // The Arabic-script Kazakh edition's address is a guess (tote.inform.kz or /tote/).
  ['https://tote.inform.kz/news/x-1a2b3c/', 'kazinform', 'kk-Arab', 'article'],
  ['https://www.inform.kz/tote/x-1a2b3c', 'kazinform', 'kk-Arab', 'article'],
  ['https://qazaqtv.com/en/view/news/page_226584_kazakh-cec-chair', 'qazaqtv', 'en', 'article'],
  ['https://old.qazaqtv.com/en/view/society/page_214337_slug', 'qazaqtv', 'en', 'article'],
  ['https://qazaqtv.com/kz/news/245110-astanada-kitap', 'qazaqtv', 'kk', 'article'],
  ['https://qazaqtv.com/ru/news', 'qazaqtv', 'ru', 'not-article'],
  ['https://qazaqtv.com/en', 'qazaqtv', 'en', 'not-article'],
  ['https://qazaqtv.com/en/live', 'qazaqtv', 'en', 'not-article'],
  ['https://senate.parlam.kz/en-US/news/details/8816', 'senate', 'en', 'article'],
  ['https://senate.parlam.kz/ru-RU/news/details/5468', 'senate', 'ru', 'article'],
  ['https://senate.parlam.kz/kk-KZ/news/details/7915', 'senate', 'kk', 'article'],
  ['https://senate.parlam.kz/en-US/news', 'senate', 'en', 'not-article'],
  ['https://senate.parlam.kz/en-US/news?page=3', 'senate', 'en', 'not-article'],
  ['https://senate.parlam.kz/ru-RU', 'senate', 'ru', 'not-article'],
];

describe('classifyUrl', () => {
  it.each(KNOWN)('%s is %s / %s / %s', (url, site, lang, kind) => {
    expect(cls(url)).toEqual({ site, lang, kind });
  });

  it('returns null for other sites and non-http URLs', () => {
    expect(classifyUrl('https://tengrinews.kz/news/x-487341/')).toBeNull();
    expect(classifyUrl('https://inform.kz.evil.example/ru/x-4c2a9e1b')).toBeNull();
    expect(classifyUrl('ftp://www.inform.kz/ru/x-4c2a9e1b')).toBeNull();
    expect(classifyUrl('not a url')).toBeNull();
    expect(classifyUrl('https://parlam.kz/ru')).toBeNull();
  });

  it('says why Kazinform lists are not articles', () => {
    const reasons: [string, RegExp][] = [
      ['https://www.inform.kz/ru/lenta/?page=2', /feed/],
      ['https://cn.inform.kz/lenta', /feed/],
      ['https://qz.inform.kz/category/saiasat_s10030/', /category/],
      ['https://cn.inform.kz/category/politics_c211/', /category/],
      ['https://www.inform.kz/tag/astana_t11100', /tag/],
      ['https://www.inform.kz/search_results/?q=x', /search/],
      ['https://www.inform.kz/ru/archive?date=18.08.2026', /archive/],
      ['https://qazinform.com/', /home/],
      ['https://www.inform.kz/ru', /home/],
      ['https://qazinform.com/news', /news list/],
    ];
    for (const [url, reason] of reasons) {
      const c = classifyUrl(url);
      expect(c?.kind, url).toBe('not-article');
      expect(c?.reason, url).toMatch(reason);
    }
  });

  it('leaves shapes it cannot tell to the page', () => {
    expect(cls('https://www.inform.kz/ru/special-projects')?.kind).toBe('unknown');
    // A six-letter hex tail without a digit is as likely an ordinary word ("decade").
    expect(cls('https://qazinform.com/news/kazakhstan-s-decade')?.kind).toBe('unknown');
    expect(cls('https://qazaqtv.com/en/news/politics')?.kind).toBe('unknown');
    expect(cls('https://senate.parlam.kz/ru-RU/about/deputies/921')?.kind).toBe('unknown');
  });

  it('is fast enough to run before touching the DOM', () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) classifyUrl(`https://www.inform.kz/ru/news-${i.toString(16)}-4c2a9e1b`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
