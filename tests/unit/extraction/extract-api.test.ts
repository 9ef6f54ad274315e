import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extraction/extract';
import { readStructuredData } from '../../../src/extraction/structured';
import { loadPage, parseWithLinkedom } from '../../fixtures/load';

describe('extract() contract', () => {
  it('says "not our site" for other hosts without reading the page', () => {
    const r = extract(parseWithLinkedom('<html><body><p>x</p></body></html>'), 'https://example.com/news/1');
    expect(r).toEqual({ isArticle: false, site: null, lang: null, url: 'https://example.com/news/1', reason: expect.stringMatching(/not a Kazinform/) });
  });

  it('never throws: a malformed URL or a broken document becomes a NotAnArticle', () => {
    expect(extract(parseWithLinkedom('<p>x</p>'), 'not a url').isArticle).toBe(false);
    const broken = new Proxy(parseWithLinkedom('<html><body></body></html>'), {
      get(target, prop) {
        if (prop === 'querySelector' || prop === 'querySelectorAll') throw new Error('DOM exploded');
        return Reflect.get(target, prop, target) as unknown;
      },
    });
    const r = extract(broken, 'https://senate.parlam.kz/en-US/news/details/8816');
    expect(r).toMatchObject({ isArticle: false, site: 'senate', lang: 'en', reason: expect.stringMatching(/extraction failed: DOM exploded/) });
  });

  it('explains an empty page under an article URL', () => {
    const r = extract(parseWithLinkedom('<!DOCTYPE html><html><head></head><body></body></html>'), 'https://qazinform.com/news/x-4e7a1c');
    expect(r).toMatchObject({ isArticle: false, site: 'kazinform', reason: expect.stringMatching(/looks like an article but the page has no/) });
  });

  it('leaves the document as it found it, on the site path and on the generic path', () => {
    for (const name of ['kazinform-en-2023', 'kazinform-en-unknown-markup']) {
      const page = loadPage(name);
      const doc = parseWithLinkedom(page.html);
      const before = doc.documentElement.outerHTML;
      const r = extract(doc, page.url);
      expect(r.isArticle, name).toBe(true);
      expect(doc.documentElement.outerHTML, name).toBe(before);
    }
  });

  it('reports per-field methods and warnings when fields fall back', () => {
    const page = loadPage('kazinform-en-unknown-markup');
    const r = extract(parseWithLinkedom(page.html), page.url);
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.fieldMethods).toMatchObject({ title: 'structured', publishedAt: 'structured', paragraphs: 'fallback', author: 'structured', tags: 'structured' });
    expect(r.warnings.join('\n')).toMatch(/Home \/ Science/);
  });
});

describe('structured data', () => {
  it('skips malformed JSON-LD and reads the next block', () => {
    const doc = parseWithLinkedom(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"H","datePublished":"2023-03-20T16:00:00Z","author":[{"name":"A. B."}],"keywords":"CIS, Majilis"}]</script>
      </head><body></body></html>`);
    expect(readStructuredData(doc)).toMatchObject({ title: 'H', published: '2023-03-20T16:00:00Z', author: 'A. B.', keywords: ['CIS', 'Majilis'], declaresArticle: true });
  });
  it('refuses an articleBody that carries markup, escaped or not', () => {
    for (const body of ['<p>Text</p>', '&lt;div align=&quot;center&quot;&gt;Text&lt;/div&gt;']) {
      const doc = parseWithLinkedom(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script></head><body></body></html>`);
      expect(readStructuredData(doc).articleBody, body).toBeNull();
    }
    const ok = parseWithLinkedom(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Europa&apos;s plumes"}</script></head><body></body></html>`);
    expect(readStructuredData(ok).articleBody).toBe("Europa's plumes");
  });
  it('reads og/article meta when there is no JSON-LD', () => {
    const doc = parseWithLinkedom(`<html><head><meta property="og:type" content="website"><meta name="article:published_time" content="2026-08-18 21:38:00"><meta property="article:tag" content="Astana"></head><body></body></html>`);
    expect(readStructuredData(doc)).toMatchObject({ published: '2026-08-18 21:38:00', keywords: ['Astana'], declaresArticle: false });
  });
});

describe('hostile pages', () => {
  it('survives deeply nested JSON-LD and still reads the page', () => {
    let nested = '{"@type":"NewsArticle","headline":"H"}';
    for (let i = 0; i < 5000; i++) nested = `[${nested}]`;
    const page = loadPage('kazinform-en-2023');
    const html = page.html.replace('</head>', `<script type="application/ld+json">${nested}</script></head>`);
    const r = extract(parseWithLinkedom(html), page.url);
    expect(r.isArticle).toBe(true);
  });

  it('harvests paragraphs instead of running Readability on a page nested far deeper than articles are', () => {
    const page = loadPage('kazinform-en-unknown-markup');
    const doc = parseWithLinkedom(page.html);
    let outer = doc.querySelector('.story-text')!;
    for (let i = 0; i < 150; i++) {
      const wrap = doc.createElement('div');
      outer.replaceWith(wrap);
      wrap.appendChild(outer);
      outer = wrap;
    }
    const started = performance.now();
    const r = extract(doc, page.url);
    expect(performance.now() - started).toBeLessThan(2000);
    if (!r.isArticle) throw new Error(r.reason);
    expect(r.paragraphs.join('\n')).toContain('KazEOSat-3 will take images');
    expect(r.warnings.join('\n')).toMatch(/too large for Readability \(\d+ elements, depth \d+\); paragraphs harvested/);
  });
});
