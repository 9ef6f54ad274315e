/** Each difference is explained by the rule (and so the romanization systems) behind it. */
import { describe, expect, it } from 'vitest';
import { explainDifference, FOLD_RULES } from '../../../src/names';
import { contextOf } from '../../../src/names/name-keys';

const part = (text: string, lang = 'en', armenian = false) => ({ role: 'x', text, ctx: contextOf(lang, text.split(' '), armenian) });
const rules = (a: string, b: string, la = 'en', lb = 'en', armenian = false) =>
  explainDifference(part(a, la, armenian), part(b, lb, armenian)).map((f) => f.rule);

describe('explainDifference', () => {
  it.each([
    ['Ashimbaev', 'Ashimbayev', ['ye-after-vowel']],
    ['Toqaev', 'Tokayev', ['ye-after-vowel', 'q-k']],
    ['Erlan', 'Yerlan', ['ye-initial']],
    ['Kassym', 'Kasym', ['mvd-double-s']],
    ['Massimov', 'Masimov', ['mvd-double-s']],
    ['Majilis', 'Mazhilis', ['zh-j']],
    ['Qoşanov', 'Koshanov', ['sh-s', 'q-k']],
    ['Smaiylov', 'Smailov', ['kk-iy']],
    ['Vagharshak', 'Vagarshak', ['gh-g']],
    ['Nigmatullin', 'Nigmatulin', ['double-letter']],
    ['Şımkent', 'Shymkent', ['sh-s', 'i-vowels']],
    ['Aqtöbe', 'Aktobe', ['q-k', 'kk-vowels']],
    ['Actoebe', 'Aktobe', ['c-k', 'oe-umlaut']],
    ['Kobitskiy', 'Kobitsky', ['sky-skiy']],
    ['Iuliia', 'Yuliya', ['iu-ia']],
    ['Dzhaparov', 'Japarov', ['dzh-j']],
  ] as const)('%s / %s: %j', (a, b, expected) => {
    expect(rules(a, b)).toEqual(expected);
  });

  it('names the Armenian rules for Armenian names only', () => {
    expect(rules('Hakobyan', 'Akopyan', 'en', 'en', true)).toEqual(['hy-h-dropped', 'hy-stops']);
    expect(rules('Hakobian', 'Hakobyan', 'en', 'en', true)).toEqual(['hy-ian']);
    expect(rules('Hakobyan', 'Akopyan')[0]).toBe('unexplained');
  });

  it('reads the other scripts and languages letter by letter', () => {
    expect(rules('Тоқаев', 'Toqaev', 'kk')).toEqual(['script']);
    expect(rules('Мәулен', 'Maulen', 'kk')).toEqual(['kk-vowels']);
    expect(rules('Тўқаев', 'Tokaev', 'uz')).toEqual(['q-k', 'uz-o-breve']);
    expect(rules('Қосим', 'Qasym', 'uz')).toEqual(['uz-o-a', 'i-vowels']);
    expect(rules('Toqajew', 'Toqayev', 'de')).toEqual(['de-spelling']);
    expect(rules('Tokajev', 'Tokayev', 'hu')).toEqual(['hu-spelling']);
    expect(rules('Tokáyev', 'Tokayev', 'es')).toEqual(['stress-accent']);
  });

  it('says "unexplained" with low confidence when no rule explains a difference, and "h-dropped" for a lost h', () => {
    const cömert = explainDifference(part('Cömert', 'tr'), part('Jomart'));
    expect(cömert).toEqual([{ rule: 'unexplained', confidence: 'low' }]);
    expect(explainDifference(part('Mazilis'), part('Mazhilis'))).toEqual([{ rule: 'h-dropped', confidence: 'low' }]);
    expect(explainDifference(part('Majilis'), part('MAJILIS'))).toEqual([]);
  });
});

describe('the rules', () => {
  it('have unique ids and texts that name what differs', () => {
    const ids = FOLD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FOLD_RULES) expect(r.text.length).toBeGreaterThan(30);
    const ye = FOLD_RULES.find((r) => r.id === 'ye-after-vowel')!;
    expect(ye.text).toMatch(/ICAO 9303/);
    expect(ye.text).toMatch(/GOST/);
    expect(ye.text).toMatch(/BGN\/PCGN/);
  });
});
