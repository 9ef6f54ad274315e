/**
 * The fixture pages the e2e browses, read with the shared loader (tests/fixtures/load.ts):
 * tests/fixtures/pages/<name>.html, first line `<!-- url: <real URL> -->`, and
 * tests/fixtures/expected/<name>.json, of which the e2e reads isArticle, title and canonicalUrl.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, fixtureNames, loadExpected, loadPage } from '../fixtures/load.ts';

export type FixtureSite = 'kazinform' | 'qazaqtv' | 'senate';

export interface ExpectedArticle {
  isArticle: true;
  title: string;
  canonicalUrl: string;
}

export interface ExpectedNotArticle {
  isArticle: false;
}

export interface FixturePage {
  name: string;
  /** The real URL the page was captured from; the fixture server answers it. */
  url: string;
  host: string;
  site: FixtureSite | null;
  html: Buffer;
  /** null when the page has no expected JSON. */
  expected: ExpectedArticle | ExpectedNotArticle | null;
}

export interface Fixtures {
  dir: string;
  pages: FixturePage[];
}

export function siteOfHost(host: string): FixtureSite | null {
  const h = host.toLowerCase();
  const under = (suffix: string): boolean => h === suffix || h.endsWith('.' + suffix);
  if (under('inform.kz') || under('qazinform.com')) return 'kazinform';
  if (under('qazaqtv.com')) return 'qazaqtv';
  if (h === 'senate.parlam.kz') return 'senate';
  return null;
}

/** The part of a page's expected JSON the e2e relies on, checked. */
export function expectationOf(name: string, data: unknown): ExpectedArticle | ExpectedNotArticle {
  if (typeof data !== 'object' || data === null) throw new Error(`expected/${name}.json: not a JSON object`);
  const record = data as Record<string, unknown>;
  if (record.isArticle === false) return { isArticle: false };
  if (record.isArticle !== true) throw new Error(`expected/${name}.json: "isArticle" must be true or false`);
  const { title, canonicalUrl } = record;
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`expected/${name}.json: an article needs a non-empty "title"`);
  if (typeof canonicalUrl !== 'string' || canonicalUrl === '') throw new Error(`expected/${name}.json: an article needs "canonicalUrl"`);
  return { isArticle: true, title, canonicalUrl };
}

export function fixturePage(name: string, url: string, html: string, expected: FixturePage['expected']): FixturePage {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`pages/${name}.html: "${url}" is not a URL`);
  }
  return { name, url: parsed.href, host: parsed.hostname.toLowerCase(), site: siteOfHost(parsed.hostname), html: Buffer.from(html, 'utf8'), expected };
}

export function loadFixtures(): Fixtures {
  const pages = fixtureNames().map((name) => {
    const { url, html } = loadPage(name);
    const hasExpected = existsSync(path.join(FIXTURES_DIR, 'expected', `${name}.json`));
    return fixturePage(name, url, html, hasExpected ? expectationOf(name, loadExpected(name)) : null);
  });
  if (pages.length === 0) throw new Error(`No fixture pages in ${FIXTURES_DIR}/pages`);
  return { dir: FIXTURES_DIR, pages };
}

/** Every distinct host the fixtures live on. */
export function fixtureHosts(fixtures: Fixtures): string[] {
  return [...new Set(fixtures.pages.map((p) => p.host))].sort();
}

export type ArticlePage = FixturePage & { expected: ExpectedArticle; site: FixtureSite };

export function isArticlePage(page: FixturePage): page is ArticlePage {
  return page.expected?.isArticle === true && page.site !== null;
}

function fixtureNamed(fixtures: Fixtures, name: string): FixturePage {
  const page = fixtures.pages.find((p) => p.name === name);
  if (!page) throw new Error(`No fixture "${name}" in ${fixtures.dir}/pages`);
  if (page.expected === null) throw new Error(`Fixture "${name}" has no ${fixtures.dir}/expected/${name}.json`);
  return page;
}

/** The named fixture, which must be expected to be an article of one of the three sites. */
export function articleFixture(fixtures: Fixtures, name: string): ArticlePage {
  const page = fixtureNamed(fixtures, name);
  if (!isArticlePage(page)) throw new Error(`Fixture "${name}" is not expected to be an article of a known site`);
  return page;
}

/** The named fixture, which must be on one of the three sites and expected not to be an article. */
export function nonArticleFixture(fixtures: Fixtures, name: string): FixturePage {
  const page = fixtureNamed(fixtures, name);
  if (page.expected?.isArticle !== false || page.site === null) {
    throw new Error(`Fixture "${name}" is not a non-article page of a known site`);
  }
  return page;
}
