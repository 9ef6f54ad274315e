import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '../../../src/export/csv';
import { hostileLibrary, NOON, stored } from './stored';

/** An RFC 4180 reader: CRLF-separated records, quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n]|$/.exec(text.slice(i))!;
      field = text.slice(i, i + m.index);
      if (field.includes('"')) throw new Error(`bare quote in an unquoted field at ${i}`);
      i += m.index;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`records must end in CRLF (at ${i})`);
    i += 2;
    if (i === text.length) return rows;
  }
}

/** What a spreadsheet shows for a cell: the guarding apostrophe is not part of the text. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['+7 701', "'+7 701"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['a=b', 'a=b'],
  ])('%j -> %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and one CRLF-terminated row per article', () => {
    const a = stored({}, { lead: 'Lead, with comma', tags: [{ label: 'Majilis', url: '' }, { label: 'Сенат', url: '' }], credits: ['Фото: Акорда'] });
    const file = toCsv([a], { now: NOON });
    expect(file).toMatchObject({ fileName: 'dala-reader-articles-2024-05-01.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(file.data).toBe(
      '\uFEFF' +
        'title,site,lang,publishedAt,author,dateline,lead,body,tags,credits,url,canonicalUrl,savedAt,updatedAt\r\n' +
        `CIS Observation Mission hails parliamentary elections in Kazakhstan,kazinform,en,2023-03-20T22:00:00+06:00,Adlet Seilkhanov,ASTANA,"Lead, with comma","${a.paragraphs.join('\n\n')}",Majilis; Сенат,Фото: Акорда,${a.url},${a.canonicalUrl},2024-05-01T12:00:00.000Z,2024-05-01T12:00:00.000Z\r\n`,
    );
  });

  it('writes a date the page gave without a time of day as the date alone', () => {
    const file = toCsv([stored({}, { publishedAt: '2023-03-18T00:00:00+06:00', publishedDateOnly: true })], { now: NOON });
    expect(String(file.data).split('\r\n')[1]).toContain(',kazinform,en,2023-03-18,Adlet Seilkhanov,');
  });

  it('reads back to the same text for a library of hostile articles (quotes, commas, line breaks, formulas, bidi)', () => {
    const library = hostileLibrary(1000, 11);
    const text = toCsv(library, { now: NOON }).data as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(library.length + 1);
    expect(rows.flat().filter((cell) => /^'[=+\-@]/.test(cell)).length).toBeGreaterThan(10);
    library.forEach((a, i) => {
      const row = rows[i + 1]!.map(unguard);
      expect(row).toEqual([
        a.title,
        a.site,
        a.lang,
        (a.publishedDateOnly ? a.publishedAt?.slice(0, 10) : a.publishedAt) ?? '',
        a.author ?? '',
        a.dateline ?? '',
        a.lead ?? '',
        a.paragraphs.join('\n\n'),
        a.tags.map((t) => t.label).join('; '),
        a.credits.join('; '),
        a.url,
        a.canonicalUrl,
        new Date(a.savedAt).toISOString(),
        new Date(a.updatedAt).toISOString(),
      ]);
      // No cell a spreadsheet would run as a formula.
      expect(rows[i + 1]!.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    });
  });
});
