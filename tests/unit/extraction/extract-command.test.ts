import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runExtractCommand } from '../../../scripts/extract-command';
import { FIXTURES_DIR, loadPage } from '../../fixtures/load';

const REPO = resolve(FIXTURES_DIR, '../..');
const pagePath = (name: string) => join(FIXTURES_DIR, 'pages', `${name}.html`);
const tmp = mkdtempSync(join(tmpdir(), 'dala-extract-'));

describe('extract command', () => {
  it('prints one JSON object with the article fields', () => {
    const page = loadPage('senate-en-2023');
    const r = runExtractCommand(['--url', page.url, pagePath('senate-en-2023')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ isArticle: true, site: 'senate', lang: 'en', title: 'Maulen Ashimbaev met with OSCE observers', publishedAt: '2023-03-18T00:00:00+06:00' });
  });

  it('prints isArticle false, site, lang and reason for a non-article', () => {
    const page = loadPage('kazinform-ru-lenta');
    const r = runExtractCommand([`--url=${page.url}`, pagePath('kazinform-ru-lenta')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ isArticle: false, site: 'kazinform', lang: 'ru', url: page.url, reason: expect.stringMatching(/feed/) });
  });

  it.each([
    ['no --url', [pagePath('senate-en-2023')], /missing --url/],
    ['--url without value', ['--url'], /missing value after --url/],
    ['a URL that is not one', ['--url', 'senate', pagePath('senate-en-2023')], /not a valid URL/],
    ['no file', ['--url', 'https://qazinform.com/news/x-4e7a1c'], /missing the HTML file/],
    ['a missing file', ['--url', 'https://qazinform.com/news/x-4e7a1c', join(tmp, 'nope.html')], /no such file/],
    ['a directory', ['--url', 'https://qazinform.com/news/x-4e7a1c', tmp], /directory/],
    ['two files', ['--url', 'https://qazinform.com/news/x-4e7a1c', 'a.html', 'b.html'], /one HTML file at a time/],
    ['an unknown option', ['--uri', 'x'], /unknown option --uri/],
  ])('fails clearly on %s', (_, argv, message) => {
    const r = runExtractCommand(argv);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['empty', '   \n', /empty/],
    ['binary', 'PK\u0003\u0004\u0000\u0000', /binary/],
    ['plain text', 'CIS Observation Mission hails parliamentary elections', /does not look like HTML/],
  ])('refuses an %s file', (_, content, message) => {
    const file = join(tmp, `${_}.html`);
    writeFileSync(file, content);
    const r = runExtractCommand(['--url', 'https://qazinform.com/news/x-4e7a1c', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('runs as `node --import tsx scripts/extract.ts` with the exit codes of the core', () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', '--url', loadPage('qazaqtv-en-2023').url, pagePath('qazaqtv-en-2023')], { cwd: REPO, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ isArticle: true, site: 'qazaqtv', credits: ['Photo: election.gov.kz'] });
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', pagePath('qazaqtv-en-2023')], { cwd: REPO, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/missing --url/);
  });
});
