/**
 * Names by the road they took: a Kazakh name straight from Kazakh and through its
 * russified form (reduced ы/і dropped), an Armenian name through Russian (հ and ղ
 * become г or are lost, final stops change, -ян declines), and a place ending in
 * Russian -ия. The groups must form, no title may leak into a name, and each note must
 * name the road the name actually took, never another language's rule or a rule the
 * keys did not need.
 */
import { describe, expect, it } from 'vitest';
import { explainDifference, findVariantGroups, foldForSearch, spellingId } from '../../../src/names';
import type { NameArticle, VariantGroup } from '../../../src/names';
import { personContext } from '../../../src/names/fold';
import { contextOf } from '../../../src/names/name-keys';

const ARTICLES: NameArticle[] = [
  { id: '1', lang: 'kk', title: 'Үкімет', paragraphs: ['Премьер-Министр Әлихан Смайылов жиналыс өткізді.'] },
  { id: '2', lang: 'ru', title: 'Правительство', paragraphs: ['Премьер-министр Алихан Смаилов провел совещание.'] },
  { id: '3', lang: 'en', title: 'Government', paragraphs: ['Prime Minister Alikhan Smailov chaired a meeting.'] },
  { id: '4', lang: 'kk', title: 'Әкім', paragraphs: ['Облыс әкімі Нұртілеу Иманғали кездесті.'] },
  { id: '5', lang: 'ru', title: 'Аким', paragraphs: ['Аким области Нуртлеу Имангали провел встречу.'] },
  {
    id: '6',
    lang: 'ru',
    title: 'Армения',
    paragraphs: ['Вице-спикер Ваграм Акопян встретился с сенаторами. Встреча с Акопяном прошла в Астане.'],
  },
  { id: '7', lang: 'en', title: 'Armenia', paragraphs: ['Deputy Speaker Vahram Hakobyan met senators.'] },
  { id: '8', lang: 'en', title: 'Meeting', paragraphs: ['Armenian Deputy Speaker Vagharshak Hakobyan met senators in Astana.'] },
  {
    id: '9',
    lang: 'en',
    title: 'Talks',
    paragraphs: ['Vagarshak Akobyan, Deputy Chairman of the National Assembly of Armenia, visited Astana.'],
  },
];

const groups = findVariantGroups(ARTICLES);
const has = (g: VariantGroup, form: string) => g.forms.some((f) => spellingId(f) === spellingId(form));
const groupOf = (form: string) => groups.filter((g) => has(g, form));
const rulesOf = (g: VariantGroup | undefined) => (g?.notes ?? []).map((n) => n.rule);
const noteOf = (g: VariantGroup | undefined, rule: string) => g?.notes.find((n) => n.rule === rule);

describe('the groups of these articles', () => {
  it('hold no title in any form', () => {
    const forms = groups.flatMap((g) => g.forms).join(' | ');
    expect(forms).not.toMatch(/Премьер|министр|Вице|спикер|Prime|Minister|Deputy|Speaker/i);
  });
});

describe('a Kazakh name straight from Kazakh and through Russian', () => {
  it('joins Alikhan Smailov (English) with Алихан Смаилов and Әлихан Смайылов', () => {
    const g = groupOf('Alikhan Smailov');
    expect(g.map((x) => [...x.forms].sort())).toEqual([['Alikhan Smailov', 'Алихан Смаилов', 'Әлихан Смайылов']]);
    expect(g[0]?.kind).toBe('person');
    expect(rulesOf(g[0])).toContain('kk-iy');
  });

  it('joins Нұртілеу Иманғали and Нуртлеу Имангали, naming the dropped reduced vowel', () => {
    const g = groupOf('Нуртлеу Имангали');
    expect(g.map((x) => [...x.forms].sort())).toEqual([['Нуртлеу Имангали', 'Нұртілеу Иманғали']]);
    const reduced = noteOf(g[0], 'kk-reduced-vowel');
    expect(reduced?.pairs).toEqual([['Нуртлеу', 'Нұртілеу']]);
    expect(reduced?.text).toMatch(/reduced ы\/і dropped in the Russian form/);
    expect(noteOf(g[0], 'gh-g')?.pairs).toEqual([['Имангали', 'Иманғали']]);
  });

  it('explains Нұртілеу / Нуртлеу and Nurtileu / Нуртлеу by the dropped vowel, for a person only', () => {
    const person = (text: string, lang: string) => ({ role: 'g0', text, ctx: personContext(contextOf(lang, [text], false)) });
    expect(explainDifference(person('Нұртілеу', 'kk'), person('Нуртлеу', 'ru')).map((f) => f.rule)).toEqual(['kk-vowels', 'kk-reduced-vowel']);
    expect(explainDifference(person('Nurtileu', 'en'), person('Нуртлеу', 'ru')).map((f) => f.rule)).toEqual(['kk-reduced-vowel']);
    expect(explainDifference(person('Äbdirahmanov', 'kk-Latn'), person('Абдрахманов', 'ru')).map((f) => f.rule)).toContain('kk-reduced-vowel');
    // A place or body keeps its vowels; so does the word index of the search.
    const whole = (text: string, lang: string) => ({ role: 'whole', text, ctx: contextOf(lang, [text], false) });
    expect(explainDifference(whole('Nurtileu', 'en'), whole('Нуртлеу', 'ru'))[0]?.confidence).toBe('low');
    expect(foldForSearch('Нұртілеу')).toEqual(['nurtileu']);
  });
});

describe('an Armenian name through Russian', () => {
  it('joins Ваграм Акопян (and Акопяном) with Vahram Hakobyan, apart from Vagharshak Hakobyan', () => {
    const g = groupOf('Vahram Hakobyan');
    expect(g.map((x) => [...x.forms].sort())).toEqual([['Vahram Hakobyan', 'Ваграм Акопян']]);
    expect(g[0]?.articles['Ваграм Акопян']).toEqual(['6']);
    expect(g[0]?.counts['Ваграм Акопян']).toBe(2);
    expect(groups.flatMap((x) => x.forms).join(' ')).not.toMatch(/Акопяном/);
    expect(groupOf('Vagharshak Hakobyan').map((x) => [...x.forms].sort())).toEqual([['Vagarshak Akobyan', 'Vagharshak Hakobyan']]);
  });

  it('names the Armenian rules: հ to г, Հ lost, b / p', () => {
    const g = groupOf('Vahram Hakobyan')[0];
    expect(noteOf(g, 'hy-h-medial')?.pairs).toEqual([['Ваграм', 'Vahram']]);
    expect(noteOf(g, 'hy-h-dropped')?.pairs).toEqual([['Акопян', 'Hakobyan']]);
    expect(noteOf(g, 'hy-stops')?.pairs).toEqual([['Акопян', 'Hakobyan']]);
    expect(rulesOf(g).sort()).toEqual(['hy-h-dropped', 'hy-h-medial', 'hy-stops']);
  });

  it('explains Vagarshak / Vagharshak by the Armenian road only, and a Kazakh gh by the Kazakh one only', () => {
    const g = groupOf('Vagharshak Hakobyan')[0];
    expect(rulesOf(g)).toEqual(['hy-h-dropped', 'hy-gh-g']);
    const text = g?.notes.map((n) => n.text).join(' ') ?? '';
    expect(text).toMatch(/Armenian ղ/);
    expect(text).not.toMatch(/Kazakh/);
    const kazakh = (text: string) => ({ role: 'sur', text, ctx: personContext(contextOf('en', [text], false)) });
    expect(explainDifference(kazakh('Nyghmatulin'), kazakh('Nigmatulin')).map((f) => f.rule)).toEqual(['gh-g', 'i-vowels']);
  });

  it('reads Armenian հ inside a name both ways (Ваграм with г, Ваагн with none), and keeps one-letter neighbours apart', () => {
    const lib: NameArticle[] = [
      { id: 'a', lang: 'en', title: '', paragraphs: ['Deputy Minister Vahagn Khachaturyan arrived.'] },
      { id: 'b', lang: 'ru', title: '', paragraphs: ['Заместитель министра Ваагн Хачатурян прибыл.'] },
      { id: 'c', lang: 'ru', title: '', paragraphs: ['Министр Ваагн Хачатрян прибыл.'] },
    ];
    const found = findVariantGroups(lib);
    expect(found.map((x) => [...x.forms].sort())).toEqual([['Vahagn Khachaturyan', 'Ваагн Хачатурян']]);
    expect(noteOf(found[0], 'hy-h-medial')?.pairs).toEqual([['Vahagn', 'Ваагн']]);
  });
});

describe('a place ending in Russian -ия', () => {
  it('explains Armenia / Армения by -iya / -ia, never by a doubled letter', () => {
    const g = groupOf('Armenia');
    expect(g.map((x) => [...x.forms].sort())).toEqual([['Armenia', 'Армения']]);
    expect(g[0]?.kind).toBe('place');
    expect(rulesOf(g[0])).toEqual(['iya-ia']);
    expect(g[0]?.notes[0]?.text).toMatch(/BGN\/PCGN/);
  });

  it('cites double-letter only where a letter is written twice', () => {
    const part = (text: string, lang = 'en') => ({ role: 'whole', text, ctx: contextOf(lang, [text], false) });
    expect(explainDifference(part('Nigmatullin'), part('Nigmatulin')).map((f) => f.rule)).toEqual(['double-letter']);
    for (const [a, b, la, lb] of [
      ['Armenia', 'Армения', 'en', 'ru'],
      ['Armeniia', 'Armenia', 'en', 'en'],
      ['Mariya', 'Maria', 'en', 'en'],
    ] as const) {
      expect(explainDifference(part(a, la), part(b, lb)).map((f) => f.rule), `${a} / ${b}`).toEqual(['iya-ia']);
    }
    // Keys that meet only through a double the folding made (eye -> ee -> e): no rule explains it, and no h was dropped.
    expect(explainDifference(part('Eye'), part('E'))).toEqual([{ rule: 'unexplained', confidence: 'low' }]);
  });
});
