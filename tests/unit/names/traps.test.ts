/**
 * The traps of docs/romanization.md: pairs that look alike and are different stay apart,
 * renames and exonyms are reported as such (with their years), never as spellings, and
 * inflected forms are not taken for other names.
 */
import { describe, expect, it } from 'vitest';
import { findNameRelations, findVariantGroups, spellingId } from '../../../src/names';
import type { NameArticle, VariantGroup } from '../../../src/names';
import { articleFor, rng, type Kind } from './helpers/corpus';

let n = 0;
function lib(entries: [string, Kind, string?][]): NameArticle[] {
  const r = rng(7);
  return entries.flatMap(([form, kind, lang]) => [0, 1].map(() => articleFor(`t${n++}`, form, kind, r, lang)));
}

function together(groups: VariantGroup[], a: string, b: string): VariantGroup[] {
  const has = (g: VariantGroup, f: string) => g.forms.some((x) => spellingId(x) === spellingId(f));
  return groups.filter((g) => has(g, a) && has(g, b));
}

/** Every form on one side stays apart from every form on the other (forms on one side may be one person). */
function expectApart(left: [string, Kind, string?][], right: [string, Kind, string?][]): void {
  const groups = findVariantGroups(lib([...left, ...right]));
  for (const [a] of left) {
    for (const [b] of right) expect(together(groups, a, b).map((g) => g.forms), `${a} / ${b}`).toEqual([]);
  }
}

describe('one letter apart', () => {
  it('keeps Ashimbayev and Ashikbayev apart, even with the same first name and across scripts', () => {
    expectApart([['Maulen Ashimbayev', 'person']], [['Maulen Ashikbayev', 'person'], ['Ержан Ашықбаев', 'person', 'kk']]);
    expectApart([['Ashimbayev', 'person']], [['Ashikbayev', 'person']]);
  });
  it('keeps Koshanov and Kosanov apart', () => {
    expectApart([['Yerlan Koshanov', 'person'], ['Ерлан Кошанов', 'person']], [['Yerlan Kosanov', 'person'], ['Ерлан Косанов', 'person']]);
  });
  it('keeps Khachaturyan and Khachatryan apart (Armenian rules on)', () => {
    expectApart([['Vahagn Khachaturyan', 'person']], [['Vahagn Khachatryan', 'person'], ['Ваагн Хачатрян', 'person']]);
  });
});

describe('gender forms and same surnames', () => {
  it('keeps Nazarbayev and Nazarbayeva, Japarov and Japarova apart', () => {
    expectApart([['Nursultan Nazarbayev', 'person'], ['Нурсултан Назарбаев', 'person']], [['Dariga Nazarbayeva', 'person'], ['Дарига Назарбаева', 'person', 'kk']]);
    expectApart([['Japarov', 'person']], [['Japarova', 'person']]);
  });
  it('keeps one surname with other first names apart (twins, father and son, namesakes)', () => {
    expectApart([['Nurlan Nigmatulin', 'person']], [['Yerlan Nigmatulin', 'person'], ['Ерлан Нигматулин', 'person']]);
    expectApart([['Alikhan Smailov', 'person'], ['Алихан Смаилов', 'person']], [['Yerlan Smailov', 'person'], ['Ерлан Смайылов', 'person']]);
  });
  it('does not pin a lone surname on one of several namesakes', () => {
    const groups = findVariantGroups(lib([['Nurlan Nigmatulin', 'person'], ['Yerlan Nigmatulin', 'person'], ['Nigmatullin', 'person']]));
    expect(groups.filter((g) => g.forms.includes('Nigmatullin')).flatMap((g) => g.forms)).not.toContain('Nurlan Nigmatulin');
  });
});

describe('case endings', () => {
  it('reads Назарбаевым, Еспаевой and Әшімбаевтың as inflections of the name, not other names', () => {
    const articles: NameArticle[] = [
      { id: 'ru1', lang: 'ru', title: 'Новости', paragraphs: ['Встреча с Нурсултаном Назарбаевым прошла в Астане. Нурсултан Назарбаев поблагодарил участников.'] },
      { id: 'en1', lang: 'en', title: 'News', paragraphs: ['Nursultan Nazarbayev met the delegation.'] },
      { id: 'ru2', lang: 'ru', title: 'Выборы', paragraphs: ['Встреча с Данией Еспаевой состоялась вчера. Мурат Еспаев не пришёл.'] },
      { id: 'en2', lang: 'en', title: 'Elections', paragraphs: ['Dania Yespayeva registered as a candidate.'] },
      { id: 'kk1', lang: 'kk', title: 'Сенат', paragraphs: ['Мәулен Әшімбаевтың айтуынша, заң қабылданды.'] },
      { id: 'en3', lang: 'en', title: 'Senate', paragraphs: ['Maulen Ashimbayev opened the session.'] },
    ];
    const groups = findVariantGroups(articles);
    const forms = groups.map((g) => [...g.forms].sort());
    expect(forms).toContainEqual(['Nursultan Nazarbayev', 'Нурсултан Назарбаев']);
    expect(forms).toContainEqual(['Maulen Ashimbayev', 'Мәулен Әшімбаев']);
    expect(forms).toContainEqual(['Dania Yespayeva', 'Дания Еспаева']);
    expect(groups.flatMap((g) => g.forms).join(' ')).not.toMatch(/Назарбаевым|Еспаевой|Әшімбаевтың|Нурсултаном/);
    expect(together(groups, 'Дания Еспаева', 'Мурат Еспаев')).toEqual([]);
  });
});

describe('renames, exonyms and same-named bodies', () => {
  const articles = lib([
    ['Astana', 'place'],
    ['Nur-Sultan', 'place'],
    ['Нур-Султан', 'place', 'ru'],
    ['Aktyubinsk', 'place'],
    ['Aktobe', 'place'],
    ['Ust-Kamenogorsk', 'place'],
    ['Öskemen', 'place', 'kk-Latn'],
    ['Oskemen', 'place'],
    ['Mazhilis', 'org'],
    ['Oliy Majlis', 'org'],
    ['Олий Мажлис', 'org', 'uz'],
  ]);
  const groups = findVariantGroups(articles);
  const relations = findNameRelations(articles);

  it('never groups a rename or an exonym as a spelling', () => {
    for (const [a, b] of [['Astana', 'Nur-Sultan'], ['Aktyubinsk', 'Aktobe'], ['Ust-Kamenogorsk', 'Oskemen'], ['Mazhilis', 'Oliy Majlis'], ['Mazhilis', 'Олий Мажлис']] as const) {
      expect(together(groups, a, b), `${a} / ${b}`).toEqual([]);
    }
    expect(together(groups, 'Nur-Sultan', 'Нур-Султан')).toHaveLength(1);
    expect(together(groups, 'Oskemen', 'Öskemen')).toHaveLength(1);
  });

  it('reports renames with their years and exonyms as two names', () => {
    const astana = relations.find((r) => r.id === 'astana');
    expect(astana?.type).toBe('rename');
    expect(astana?.names).toEqual(expect.arrayContaining(['Astana', 'Nur-Sultan']));
    expect(astana?.note.text).toMatch(/2019/);
    expect(astana?.note.text).toMatch(/2022/);
    expect(astana?.note.text).not.toMatch(/romaniz|translit/i);
    expect(relations.find((r) => r.id === 'aktobe')?.note.text).toMatch(/1999/);
    expect(relations.find((r) => r.id === 'oskemen')?.type).toBe('exonym');
  });

  it('does not take the first name Nursultan for the city', () => {
    const rel = findNameRelations([
      { id: 'x', lang: 'en', title: '', paragraphs: ['Nursultan Nazarbayev visited Astana.', 'Later Nursultan spoke.'] },
    ]);
    expect(rel).toEqual([]);
  });
});
