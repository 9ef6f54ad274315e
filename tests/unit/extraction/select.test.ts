import { describe, expect, it } from 'vitest';
import { DocIndex, parseSelectorList } from '../../../src/extraction/select';
import { fixtureNames, loadPage, parseWithLinkedom } from '../../fixtures/load';
import { ADAPTERS } from '../../../src/sites/registry';

// Every selector the adapters use, plus the generic ones, must select what querySelectorAll selects.
const adapterSelectors = ADAPTERS.flatMap((a) =>
  a.designs.flatMap((d) => [
    ...d.detect,
    ...d.body,
    d.clean.join(', '),
    ...(d.tags ?? []),
    ...(d.captions ?? []),
    ...[d.title, d.date, d.lead ?? [], d.author ?? []].flat().map((r) => (typeof r === 'string' ? r : r[0])),
  ]),
);
const generic = ['meta', 'a[href]', 'a[rel~="tag"][href]', 'link[rel~="canonical"][href]', 'script[type="application/ld+json"]', '[class*="date" i]', 'div > p', 'ul li a', '*'];

describe('DocIndex', () => {
  it.each(fixtureNames().slice(0, 40))('selects as querySelectorAll does on %s', (name) => {
    const doc = parseWithLinkedom(loadPage(name).html);
    const idx = new DocIndex(doc);
    for (const css of [...adapterSelectors, ...generic]) {
      expect(idx.all(css), css).toEqual(Array.from(doc.querySelectorAll(css)));
    }
  });

  it('limits a query to a container', () => {
    const doc = parseWithLinkedom('<html><body><div class="a"><p class="x">1</p></div><p class="x">2</p></body></html>');
    const idx = new DocIndex(doc);
    const a = idx.first('.a')!;
    expect(idx.all('.x', a).map((e) => e.textContent)).toEqual(['1']);
    expect(idx.contains(a, a)).toBe(false);
  });

  it('hands selectors it does not parse to querySelectorAll and matches nothing on invalid ones', () => {
    expect(parseSelectorList('p:not(.x)')).toBeNull();
    expect(parseSelectorList('a + b')).toBeNull();
    const doc = parseWithLinkedom('<html><body><p class="x">1</p><p>2</p></body></html>');
    const idx = new DocIndex(doc);
    expect(idx.all('p:not(.x)').map((e) => e.textContent)).toEqual(['2']);
    expect(idx.all('p[')).toEqual([]);
  });
});
