// @vitest-environment node
/**
 * The fixture contract the e2e relies on: a first line `<!-- url: ... -->`, an expected JSON
 * per page, and for articles a title and a canonical URL. Checked on the repository's own fixtures.
 */
import { describe, expect, it } from 'vitest';
import { articleFixture, expectationOf, fixturePage, isArticlePage, loadFixtures, nonArticleFixture, siteOfHost } from '../../e2e/fixtures.ts';

describe('siteOfHost', () => {
  it('knows the three sites and their subdomains, and nothing else', () => {
    expect(siteOfHost('www.inform.kz')).toBe('kazinform');
    expect(siteOfHost('qazinform.com')).toBe('kazinform');
    expect(siteOfHost('QAZAQTV.com')).toBe('qazaqtv');
    expect(siteOfHost('senate.parlam.kz')).toBe('senate');
    expect(siteOfHost('parlam.kz')).toBeNull();
    expect(siteOfHost('notinform.kz')).toBeNull();
  });
});

describe('loadFixtures', () => {
  it('checks what the e2e reads of the expected JSON', () => {
    expect(expectationOf('a', { isArticle: false, reason: 'feed' })).toEqual({ isArticle: false });
    expect(expectationOf('a', { isArticle: true, title: 'T', canonicalUrl: 'https://qazaqtv.com/x', lang: 'en' })).toEqual({
      isArticle: true,
      title: 'T',
      canonicalUrl: 'https://qazaqtv.com/x',
    });
    expect(() => expectationOf('a', { isArticle: true, title: 'T' })).toThrow(/needs "canonicalUrl"/);
    expect(() => expectationOf('a', { isArticle: true, title: ' ', canonicalUrl: 'https://x/' })).toThrow(/non-empty "title"/);
    expect(() => expectationOf('a', { isArticle: 'yes' })).toThrow(/must be true or false/);
    expect(() => expectationOf('a', [])).toThrow(/"isArticle"/);
  });

  it('takes host and site from the page URL, and rejects a URL that is not one', () => {
    const page = fixturePage('p', 'https://QZ.inform.kz/news/x-1/', '<p></p>', null);
    expect([page.host, page.site, page.url]).toEqual(['qz.inform.kz', 'kazinform', 'https://qz.inform.kz/news/x-1/']);
    expect(() => fixturePage('p', 'not a url', '', null)).toThrow(/is not a URL/);
  });

  it('loads the repository fixtures: each on a known site, with expected JSON and distinct URLs', () => {
    const fixtures = loadFixtures();
    expect(fixtures.pages.length).toBeGreaterThan(3);
    for (const page of fixtures.pages) {
      expect(page.site, page.name).not.toBeNull();
      expect(page.expected, page.name).not.toBeNull();
    }
    expect(new Set(fixtures.pages.map((p) => p.url)).size).toBe(fixtures.pages.length);
    const articles = fixtures.pages.filter(isArticlePage);
    expect(new Set(articles.map((p) => p.site))).toEqual(new Set(['kazinform', 'qazaqtv', 'senate']));
  });

  it('has the pages the foundation e2e case visits, of the right kind', () => {
    const fixtures = loadFixtures();
    expect(articleFixture(fixtures, 'kazinform-en-2023').site).toBe('kazinform');
    expect(articleFixture(fixtures, 'qazaqtv-en-2023').site).toBe('qazaqtv');
    expect(articleFixture(fixtures, 'senate-en-2023').site).toBe('senate');
    expect(nonArticleFixture(fixtures, 'kazinform-ru-lenta').expected?.isArticle).toBe(false);
    expect(() => articleFixture(fixtures, 'kazinform-ru-lenta')).toThrow(/not expected to be an article/);
  });
});
