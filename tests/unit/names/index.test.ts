/** NameIndex: incremental updates touch only the groups of the changed article; state round-trips through JSON. */
import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/names';
import type { NameArticle } from '../../../src/names';

const a1: NameArticle = { id: 'a1', lang: 'en', title: 'Senate', paragraphs: ['Maulen Ashimbaev met observers in Astana.'] };
const a2: NameArticle = { id: 'a2', lang: 'en', title: 'Senate', paragraphs: ['Chairman Maulen Ashimbayev thanked the observers.'] };
const b1: NameArticle = { id: 'b1', lang: 'en', title: 'Majilis', paragraphs: ['The Majilis passed the bill.'] };
const b2: NameArticle = { id: 'b2', lang: 'ru', title: 'Мажилис', paragraphs: ['Мажилис принял закон. Депутаты Мажилиса проголосовали.'] };

describe('NameIndex', () => {
  it('adds, replaces and removes articles', () => {
    const index = new NameIndex();
    index.add(a1);
    expect(index.groups()).toEqual([]);
    index.add(a2);
    expect(index.groups().map((g) => g.forms)).toEqual([['Maulen Ashimbaev', 'Maulen Ashimbayev']]);
    index.add({ ...a2, paragraphs: ['Maulen Ashimbaev again.'] });
    expect(index.groups()).toEqual([]);
    index.add(a2);
    index.remove('a1');
    expect(index.groups()).toEqual([]);
    index.remove('nope');
    expect(index.size).toBe(1);
  });

  it('recomputes only the groups an article touches', () => {
    const index = new NameIndex();
    for (const a of [a1, a2, b1, b2]) index.add(a);
    const before = index.groups();
    const majilis = before.find((g) => g.forms.includes('Majilis'))!;
    const ashimbaev = before.find((g) => g.forms.includes('Maulen Ashimbaev'))!;
    index.add({ id: 'c1', lang: 'en', title: 'Senate', paragraphs: ['Maulen Ashimbayev spoke again.'] });
    const after = index.groups();
    expect(after.find((g) => g.forms.includes('Majilis'))).toBe(majilis);
    expect(after.find((g) => g.forms.includes('Maulen Ashimbaev'))).not.toBe(ashimbaev);
    expect(index.groupsForArticle('c1').map((g) => [...g.forms].sort())).toEqual([['Maulen Ashimbaev', 'Maulen Ashimbayev']]);
    expect(index.groupsForArticle('b2').map((g) => g.forms)).toEqual([['Мажилис', 'Majilis']]);
  });

  it('round-trips its state through JSON', () => {
    const index = new NameIndex();
    for (const a of [a1, a2, b1, b2]) index.add(a);
    const copy = NameIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(copy.groups()).toEqual(index.groups());
    copy.remove('b2');
    expect(copy.groups().map((g) => g.forms)).toEqual([['Maulen Ashimbaev', 'Maulen Ashimbayev']]);
    expect(() => NameIndex.fromJSON({ version: 2 } as never)).toThrow(TypeError);
  });

  it('rejects a malformed article with a clear error and keeps what it had', () => {
    const index = new NameIndex();
    index.add(a1);
    expect(() => index.add({ id: 'x', lang: 'en', title: 't', paragraphs: [1] } as never)).toThrow(/paragraphs/);
    expect(index.size).toBe(1);
  });
});
