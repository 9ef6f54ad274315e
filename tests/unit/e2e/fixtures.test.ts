// @vitest-environment node
/**
 * The fixture contract the e2e relies on: a first line `<!-- url: ... -->`, an expected JSON
 * per page, and for articles a title and a canonical URL. Checked on the repository's own fixtures.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFixture, isArticlePage, loadFixtures, nonArticleFixture, siteOfHost } from '../../e2e/fixtures.ts';

const repoFixtures = path.resolve(import.meta.dirname, '../../fixtures');

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dala-fixtures-test-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

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
  it('rejects a page without the url line, and an article without a canonical URL', () => {
    const noUrl = scratch({ 'pages/a.html': '<html></html>\n' });
    const noCanonical = scratch({
      'pages/a.html': '<!-- url: https://qazaqtv.com/en/x -->\n',
      'expected/a.json': '{"isArticle": true, "title": "T"}',
    });
    try {
      expect(() => loadFixtures(noUrl)).toThrow(/first line must be/);
      expect(() => loadFixtures(noCanonical)).toThrow(/needs "canonicalUrl"/);
    } finally {
      rmSync(noUrl, { recursive: true, force: true });
      rmSync(noCanonical, { recursive: true, force: true });
    }
  });

  it('loads the repository fixtures: each on a known site, with expected JSON and distinct URLs', () => {
    const fixtures = loadFixtures(repoFixtures);
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
    const fixtures = loadFixtures(repoFixtures);
    expect(articleFixture(fixtures, 'kazinform-en-2023').site).toBe('kazinform');
    expect(articleFixture(fixtures, 'qazaqtv-en-2023').site).toBe('qazaqtv');
    expect(articleFixture(fixtures, 'senate-en-2023').site).toBe('senate');
    expect(nonArticleFixture(fixtures, 'kazinform-ru-lenta').expected?.isArticle).toBe(false);
    expect(() => articleFixture(fixtures, 'kazinform-ru-lenta')).toThrow(/not expected to be an article/);
  });
});
