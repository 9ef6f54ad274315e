/**
 * The fixture pages the e2e browses: tests/fixtures/pages/<name>.html, whose first line is
 * `<!-- url: <real URL> -->`, and tests/fixtures/expected/<name>.json (the extractor's expected
 * result; the e2e reads isArticle, title, canonicalUrl and site from it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

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
  /** null when tests/fixtures/expected/<name>.json does not exist. */
  expected: ExpectedArticle | ExpectedNotArticle | null;
}

export interface Fixtures {
  dir: string;
  pages: FixturePage[];
}

const URL_LINE = /^\uFEFF?<!--\s*url:\s*(\S+)\s*-->/;

export function siteOfHost(host: string): FixtureSite | null {
  const h = host.toLowerCase();
  const under = (suffix: string): boolean => h === suffix || h.endsWith('.' + suffix);
  if (under('inform.kz') || under('qazinform.com')) return 'kazinform';
  if (under('qazaqtv.com')) return 'qazaqtv';
  if (h === 'senate.parlam.kz') return 'senate';
  return null;
}

function parseExpected(file: string): ExpectedArticle | ExpectedNotArticle {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: expected a JSON object`);
  const record = data as Record<string, unknown>;
  if (record.isArticle === false) return { isArticle: false };
  if (record.isArticle !== true) throw new Error(`${file}: "isArticle" must be true or false`);
  const { title, canonicalUrl } = record;
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${file}: an article needs a non-empty "title"`);
  if (typeof canonicalUrl !== 'string' || canonicalUrl === '') throw new Error(`${file}: an article needs "canonicalUrl"`);
  return { isArticle: true, title, canonicalUrl };
}

export function loadFixtures(dir: string): Fixtures {
  const pagesDir = path.join(dir, 'pages');
  if (!existsSync(pagesDir)) throw new Error(`No fixture pages: ${pagesDir} does not exist`);
  const pages: FixturePage[] = [];
  for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
    const name = file.slice(0, -'.html'.length);
    const html = readFileSync(path.join(pagesDir, file));
    const firstLine = html.subarray(0, 2048).toString('utf8').split('\n', 1)[0] ?? '';
    const match = URL_LINE.exec(firstLine);
    if (!match?.[1]) throw new Error(`${path.join(pagesDir, file)}: first line must be "<!-- url: <real URL> -->"`);
    let url: URL;
    try {
      url = new URL(match[1]);
    } catch {
      throw new Error(`${path.join(pagesDir, file)}: "${match[1]}" is not a URL`);
    }
    const expectedFile = path.join(dir, 'expected', `${name}.json`);
    pages.push({
      name,
      url: url.href,
      host: url.hostname.toLowerCase(),
      site: siteOfHost(url.hostname),
      html,
      expected: existsSync(expectedFile) ? parseExpected(expectedFile) : null,
    });
  }
  if (pages.length === 0) throw new Error(`No fixture pages in ${pagesDir}`);
  return { dir, pages };
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
