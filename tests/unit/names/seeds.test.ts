/**
 * The seeds' own pairs are found from the seed texts (Ashimbaev / Ashimbayev within 004,
 * Hakobyan / Akobyan and Vagharshak / Vagarshak across 001 / 002, Majilis / Mazhilis
 * across 000-003 / 004), each note names the right rule, and nothing else is grouped.
 */
import { describe, expect, it } from 'vitest';
import { findVariantGroups, NameIndex } from '../../../src/names';
import type { VariantGroup } from '../../../src/names';
import { seedArticles } from './helpers/seeds';

const seeds = seedArticles();
const groups = findVariantGroups(seeds);
const byForms = (...forms: string[]) => groups.find((g) => forms.every((f) => g.forms.includes(f)));
const rulesFor = (g: VariantGroup | undefined, a: string, b: string) =>
  (g?.notes ?? []).filter((n) => n.pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))).map((n) => n.rule);

describe('the seed texts', () => {
  it('finds Ashimbaev / Ashimbayev within the Senate article and names the -ev / -yev rule', () => {
    const g = byForms('Maulen Ashimbaev', 'Maulen Ashimbayev');
    expect(g?.kind).toBe('person');
    expect(g?.articles).toEqual({ 'Maulen Ashimbaev': ['004'], 'Maulen Ashimbayev': ['004'] });
    expect(rulesFor(g, 'Ashimbaev', 'Ashimbayev')).toEqual(['ye-after-vowel']);
    expect(g?.notes[0]?.text).toMatch(/ICAO 9303.*BGN\/PCGN/);
  });

  it('finds Vagharshak Hakobyan (Qazaq TV) and Vagarshak Akobyan (Kazinform) as one man', () => {
    const g = byForms('Vagharshak Hakobyan', 'Vagarshak Akobyan');
    expect(g?.kind).toBe('person');
    expect(g?.articles['Vagharshak Hakobyan']).toEqual(['001']);
    expect(g?.articles['Vagarshak Akobyan']).toEqual(['002']);
    expect(rulesFor(g, 'Hakobyan', 'Akobyan')).toEqual(['hy-h-dropped']);
    expect(rulesFor(g, 'Vagharshak', 'Vagarshak')).toEqual(['hy-gh-g']);
  });

  it('finds Majilis / Mazhilis across outlets and names the zh / j rule', () => {
    const g = byForms('Majilis', 'Mazhilis');
    expect(g?.kind).toBe('org');
    expect(g?.articles.Majilis).toEqual(['000', '001', '002', '003']);
    expect(g?.articles.Mazhilis).toEqual(['004']);
    expect(rulesFor(g, 'Majilis', 'Mazhilis')).toEqual(['zh-j']);
  });

  it('makes no other group: no sentence starts, months, adjectives or same-spelling repeats', () => {
    expect(groups.map((g) => g.forms).sort()).toEqual(
      [['Majilis', 'Mazhilis'], ['Maulen Ashimbaev', 'Maulen Ashimbayev'], ['Vagarshak Akobyan', 'Vagharshak Hakobyan']].sort(),
    );
  });

  it('lists for one article the groups it takes part in', () => {
    const index = new NameIndex();
    for (const a of seeds) index.add(a);
    expect(index.groupsForArticle('004').map((g) => g.forms[0]).sort()).toEqual(['Majilis', 'Maulen Ashimbaev']);
    expect(index.groupsForArticle('003').map((g) => g.forms[0])).toEqual(['Majilis']);
    index.remove('004');
    expect(index.groups().map((g) => g.forms)).toEqual([['Vagarshak Akobyan', 'Vagharshak Hakobyan']]);
  });
});
