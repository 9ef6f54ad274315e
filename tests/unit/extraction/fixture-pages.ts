/**
 * Fixture pages of the extraction tests: tests/fixtures/pages/<name>.html, whose first line is
 * `<!-- url: <the page's real URL> -->`, and tests/fixtures/expected/<name>.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface FixturePage {
  name: string;
  url: string;
  html: string;
}

export interface Expected {
  mustContain: string[];
  mustNotContain: string[];
  [field: string]: unknown;
}

const URL_LINE = /^<!-- url: (\S+) -->/;

export function loadPage(name: string): FixturePage {
  const html = readFileSync(join(FIXTURES_DIR, 'pages', `${name}.html`), 'utf8');
  const m = URL_LINE.exec(html);
  if (!m) throw new Error(`fixture ${name}: the first line must be <!-- url: ... -->`);
  return { name, url: m[1]!, html };
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'expected', `${name}.json`), 'utf8')) as Expected;
}

export function fixtureNames(): string[] {
  return readdirSync(join(FIXTURES_DIR, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

/** Parse a page the way the maintainer command and the bench do (linkedom). */
export function parseWithLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
