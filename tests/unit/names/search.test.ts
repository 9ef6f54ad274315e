/** foldForSearch / foldQuery: case, diacritics and transliteration fold to shared tokens, fast. */
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldQuery } from '../../../src/names';

describe('foldForSearch', () => {
  it('gives Toqaev, Tokayev, Токаев, Тоқаев and Tokaev one token', () => {
    const tokens = ['Toqaev', 'Tokayev', 'Токаев', 'Тоқаев', 'Tokaev', 'TOKAYEV'].map((w) => foldForSearch(w));
    for (const t of tokens) expect(t).toEqual(tokens[0]);
    expect(tokens[0]).toHaveLength(1);
  });

  it('folds diacritics and Kazakh Latin letters, and strips case endings of names', () => {
    expect(foldForSearch('Öskemen')).toEqual(foldForSearch('Oskemen'));
    expect(foldForSearch('Äşimbaev')).toEqual(foldForSearch('Ashimbayev'));
    expect(foldForSearch('Назарбаевым')).toEqual(foldForSearch('Nazarbayev'));
    expect(foldForSearch('Тоқаевтың')).toEqual(foldForSearch('Tokayev'));
    expect(foldForSearch("Tokayev's")).toEqual(foldForSearch('Tokayev'));
    expect(foldForSearch('Ashikbayev')).not.toEqual(foldForSearch('Ashimbayev'));
  });

  it('keeps words in order, numbers as they are, hyphen parts as extra tokens', () => {
    expect(foldForSearch('Kassym-Jomart Tokayev, 2023')).toEqual([
      foldForSearch('Kasymzhomart')[0],
      foldForSearch('Kasym')[0],
      foldForSearch('Zhomart')[0],
      foldForSearch('Tokaev')[0],
      '2023',
    ]);
  });

  it('indexes a gazetteer name in Chinese under its Latin key too', () => {
    expect(foldForSearch('托卡耶夫会见了观察员')).toContain(foldForSearch('Tokayev')[0]);
  });

  it('is fast enough for every saved article and keystroke', () => {
    const text = 'Chairman of the Senate Maulen Ashimbayev met Kassym-Jomart Tokayev in Astana. Мәулен Әшімбаев кездесті. '.repeat(2000);
    const start = performance.now();
    const tokens = foldForSearch(text);
    expect(tokens.length).toBeGreaterThan(20_000);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('foldQuery', () => {
  it('folds whole words like the index and leaves the last one as a prefix', () => {
    const q = foldQuery('Maulen Tokay');
    expect(q.terms).toEqual(foldForSearch('Maulen'));
    expect(foldForSearch('Tokayev')[0]!.startsWith(q.prefix!)).toBe(true);
    expect(foldForSearch('Токаев')[0]!.startsWith(foldQuery('Тока').prefix!)).toBe(true);
    expect(foldForSearch('Ashimbayev')[0]!.startsWith(foldQuery('As').prefix!)).toBe(true);
    expect(foldQuery('Tokayev ').prefix).toBeNull();
    expect(foldQuery('Tokayev ').terms).toEqual(foldForSearch('Tokayev'));
  });
});
