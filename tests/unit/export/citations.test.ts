import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../src/export/citation';
import { cslItem, toCslJson, type CslItem } from '../../../src/export/csl-json';
import { risRecord, toRis } from '../../../src/export/ris';
import { hostileLibrary, NOON, stored } from './stored';

describe('parseByline', () => {
  it.each([
    ['Adlet Seilkhanov', [{ family: 'Seilkhanov', given: 'Adlet' }]],
    ['Seilkhanov, Adlet', [{ family: 'Seilkhanov', given: 'Adlet' }]],
    ['Айгерим Утешова', [{ family: 'Утешова', given: 'Айгерим' }]],
    ['Иванов Иван Иванович', [{ family: 'Иванов', given: 'Иван Иванович' }]],
    ['Тоқаев Қасым-Жомарт Кемелұлы', [{ family: 'Тоқаев', given: 'Қасым-Жомарт Кемелұлы' }]],
    ['Mary Ann Smith', [{ family: 'Smith', given: 'Mary Ann' }]],
    ['A. Bekova and D. Omarov', [{ family: 'Bekova', given: 'A.' }, { family: 'Omarov', given: 'D.' }]],
    ['Айгерим Утешова, Нұрлан Әбдіров', [{ family: 'Утешова', given: 'Айгерим' }, { family: 'Әбдіров', given: 'Нұрлан' }]],
    ['Айгерим Утешова және Нұрлан Әбдіров', [{ family: 'Утешова', given: 'Айгерим' }, { family: 'Әбдіров', given: 'Нұрлан' }]],
    ['Kazinform', [{ literal: 'Kazinform' }]],
    ['Press service of the Senate', [{ literal: 'Press service of the Senate' }]],
    ['<b>Bold</b> Author', [{ literal: '<b>Bold</b> Author' }]],
    ['  ', []],
    [null, []],
  ])('%j', (byline, people) => {
    expect(parseByline(byline)).toEqual(people);
  });
});

describe('CSL-JSON', () => {
  it('describes a newspaper article for reference managers', () => {
    const a = stored({ id: 7 }, { lead: 'The lead.', tags: [{ label: 'Majilis', url: '' }, { label: 'Elections', url: '' }] });
    expect(cslItem(a)).toEqual({
      id: 'dala-reader-7',
      type: 'article-newspaper',
      title: a.title,
      'container-title': 'Kazinform',
      URL: a.canonicalUrl,
      language: 'en',
      accessed: { 'date-parts': [[2024, 5, 1]] },
      issued: { 'date-parts': [[2023, 3, 20]] },
      author: [{ family: 'Seilkhanov', given: 'Adlet' }],
      abstract: 'The lead.',
      keyword: 'Majilis, Elections',
    });
  });

  it('takes the published date as printed in Kazakhstan, not converted to UTC', () => {
    expect(cslItem(stored({}, { publishedAt: '2024-03-01T00:30:00+05:00' })).issued).toEqual({ 'date-parts': [[2024, 3, 1]] });
  });

  it('leaves out what is unknown rather than writing empty values', () => {
    const item = cslItem(stored({}, { publishedAt: null, author: null, lead: null, tags: [] }));
    expect(Object.keys(item).sort()).toEqual(['URL', 'accessed', 'container-title', 'id', 'language', 'title', 'type']);
  });

  it('writes a JSON array whose items all have the schema essentials, for a hostile library', () => {
    const articles = hostileLibrary(500, 13);
    const file = toCslJson(articles, { now: NOON });
    expect(file).toMatchObject({ fileName: 'dala-reader-references-2024-05-01.json', mimeType: 'application/vnd.citationstyles.csl+json' });
    const items = JSON.parse(file.data as string) as CslItem[];
    expect(items).toHaveLength(articles.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const isDate = (d: unknown) =>
      typeof d === 'object' && d !== null && Array.isArray((d as { 'date-parts': unknown })['date-parts']) &&
      (d as { 'date-parts': unknown[][] })['date-parts'].every((p) => Array.isArray(p) && p.length === 3 && p.every(Number.isInteger));
    items.forEach((item, i) => {
      const a = articles[i]!;
      expect(item.type).toBe('article-newspaper');
      expect(item.title).toBe(a.title);
      expect(['Kazinform', 'Qazaq TV', 'Senate of the Parliament of the Republic of Kazakhstan']).toContain(item['container-title']);
      expect(item.URL).toBe(a.canonicalUrl);
      expect(item.language).toBe(a.lang);
      expect(isDate(item.accessed)).toBe(true);
      expect(item.issued === undefined ? a.publishedAt === null : isDate(item.issued)).toBe(true);
      for (const p of item.author ?? []) {
        expect('literal' in p ? typeof p.literal === 'string' : typeof p.family === 'string' && typeof p.given === 'string').toBe(true);
      }
    });
  });
});

describe('RIS', () => {
  it('writes a TY NEWS record', () => {
    const a = stored({}, { lead: 'The lead.', tags: [{ label: 'Majilis', url: '' }, { label: 'Elections', url: '' }] });
    expect(risRecord(a)).toEqual([
      'TY  - NEWS',
      `TI  - ${a.title}`,
      'AU  - Seilkhanov, Adlet',
      'PY  - 2023',
      'DA  - 2023/03/20',
      'T2  - Kazinform',
      `UR  - ${a.canonicalUrl}`,
      'LA  - en',
      'KW  - Majilis',
      'KW  - Elections',
      'AB  - The lead.',
      'Y2  - 2024/05/01',
      'ER  - ',
    ]);
  });

  it('keeps the tag structure whatever the text holds: one record per article, one tag per line', () => {
    const articles = hostileLibrary(500, 13);
    const file = toRis(articles, { now: NOON });
    expect(file).toMatchObject({ fileName: 'dala-reader-references-2024-05-01.ris', mimeType: 'application/x-research-info-systems' });
    const text = file.data as string;
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/); // CRLF only
    const records = text.split('\r\n\r\n');
    expect(records).toHaveLength(articles.length);
    records.forEach((record, i) => {
      const lines = record.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toBe('TY  - NEWS');
      expect(lines.at(-1)).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      const tags = lines.map((l) => l.slice(0, 2));
      expect(tags.filter((t) => t === 'TY' || t === 'ER')).toEqual(['TY', 'ER']);
      expect(tags.filter((t) => t === 'KW')).toHaveLength(articles[i]!.tags.filter((t) => t.label.trim()).length);
      expect(lines.find((l) => l.startsWith('TI'))).toBe(`TI  - ${articles[i]!.title.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ').trim()}`);
    });
  });
});
