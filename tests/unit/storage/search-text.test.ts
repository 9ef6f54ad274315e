import { describe, expect, it } from 'vitest';
import { articleWords, foldSearchQuery, foldWords, hanPairs } from '../../../src/storage/search-text';

describe('search folding', () => {
  it('folds case, diacritics and transliteration to one token', () => {
    const tokens = ['Tokayev', 'Toqaev', 'Токаев', 'Тоқаев', 'Tokaev', 'TOKAYEV'].map((w) => foldWords(w)[0]);
    expect(new Set(tokens).size).toBe(1);
    expect(new Set(['Majilis', 'Mazhilis', 'Мажилис', 'Мәжіліс'].map((w) => foldWords(w)[0])).size).toBe(1);
  });

  it('indexes Chinese by character pairs', () => {
    expect(hanPairs('托卡耶夫')).toEqual(['托卡', '卡耶', '耶夫']);
    const words = foldWords('哈萨克斯坦总统托卡耶夫签署了命令');
    expect(words).toEqual(expect.arrayContaining(['托卡', '卡耶', '耶夫', '总统']));
  });

  it('folds a query the way the text was folded, the last word as a prefix', () => {
    expect(foldSearchQuery('Toqaev ')).toEqual({ terms: [foldWords('Токаев')[0]], prefix: null });
    const typing = foldSearchQuery('Ашимбаев Tokay');
    expect(typing.terms).toEqual([foldWords('Ashimbayev')[0]]);
    expect(foldWords('Tokayev')[0]?.startsWith(typing.prefix ?? '∅')).toBe(true);
    expect(foldSearchQuery('托卡耶夫')).toEqual({ terms: ['托卡', '卡耶', '耶夫'], prefix: null });
    expect(foldSearchQuery('托')).toEqual({ terms: [], prefix: '托' });
    expect(foldSearchQuery('   ')).toEqual({ terms: [], prefix: null });
  });

  it('gives an article its words once each, capped', () => {
    const w = articleWords({ title: 'Tokayev and Токаев', lead: null, paragraphs: ['Tokayev'], tags: [{ label: 'Majilis' }], author: 'Adlet Seilkhanov' });
    expect(w.filter((x) => x === foldWords('Tokayev')[0])).toHaveLength(1);
    expect(w).toContain(foldWords('Majilis')[0]);
    expect(w).toContain(foldWords('Seilkhanov')[0]);
  });
});
