import { describe, expect, it } from 'vitest';
import { isoAtInstant, kzOffsetForLocal, monthNumber, parseMachineDate, parsePrintedDate } from '../../../src/extraction/dates';

const iso = (s: string): string | null => parsePrintedDate(s)?.iso ?? null;

describe('month names', () => {
  const table: Record<string, string[]> = {
    kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    'kk-Latn 2018': ['qańtar', 'aqpan', 'naýryz', 'sáýir', 'mamyr', 'maýsym', 'shilde', 'tamyz', 'qyrkúıek', 'qazan', 'qarasha', 'jeltoqsan'],
    'kk-Latn 2021': ['qañtar', 'aqpan', 'nauryz', 'säuır', 'mamyr', 'mausym', 'şılde', 'tamyz', 'qyrküiek', 'qazan', 'qaraşa', 'jeltoqsan'],
    'ru nominative': ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    'ru genitive': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    'kk-Arab (guessed: Cyrillic names in töte letters)': ['قاڭتار', 'اقپان', 'ناۋرىز', 'ساۋىر', 'مامىر', 'ماۋسىم', 'شىلدە', 'تامىز', 'قىركۇيەك', 'قازان', 'قاراشا', 'جەلتوقسان'],
    'uz without soft sign': ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
    en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  };
  for (const [lang, names] of Object.entries(table)) {
    it(`reads every ${lang} month`, () => {
      expect(names.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    });
  }

  it('ignores capitalisation as pages print it', () => {
    expect(monthNumber('Август')).toBe(8);
    expect(monthNumber('Августа')).toBe(8);
    expect(monthNumber('Qańtar')).toBe(1);
    expect(monthNumber('НАУРЫЗ')).toBe(3);
  });

  it('reads abbreviations and rejects other words', () => {
    expect(monthNumber('Aug.')).toBe(8);
    expect(monthNumber('сент.')).toBe(9);
    expect(monthNumber('observers')).toBeNull();
    expect(monthNumber('ма')).toBeNull();
  });

  it('parses a date in every month form of the table', () => {
    expect(iso('5 шілде 2023')).toBe('2023-07-05T00:00:00+06:00');
    expect(iso('5 Şılde 2025')).toBe('2025-07-05T00:00:00+05:00');
    expect(iso('1 Qyrkúıek 2025, 10:00')).toBe('2025-09-01T10:00:00+05:00');
    expect(iso('10 декабр 2023, 09:00')).toBe('2023-12-10T09:00:00+06:00');
  });
});

describe('printed dates', () => {
  it('reads the formats the sites print', () => {
    expect(iso('20 March 2023, 22:00')).toBe('2023-03-20T22:00:00+06:00');
    expect(iso('13:51, 15 Август 2025')).toBe('2025-08-15T13:51:00+05:00');
    expect(iso('21:38, 18 Августа 2026')).toBe('2026-08-18T21:38:00+05:00');
    expect(iso('17:36, 30 Qańtar 2026')).toBe('2026-01-30T17:36:00+05:00');
    expect(iso('17:36, 30 Qańtar 2026 | GMT +5')).toBe('2026-01-30T17:36:00+05:00');
    expect(iso('08:32, 18 8月 2026')).toBe('2026-08-18T08:32:00+05:00');
    expect(iso('2026年8月18日 08:32')).toBe('2026-08-18T08:32:00+05:00');
    expect(iso('12:27, 16 December 2016 | GMT +6')).toBe('2016-12-16T12:27:00+06:00');
    expect(iso('14 December 2021, 18:37')).toBe('2021-12-14T18:37:00+06:00');
    expect(iso('2023 жылғы 20 наурыз, 14:00')).toBe('2023-03-20T14:00:00+06:00');
    expect(iso('March 20, 2023 10:15')).toBe('2023-03-20T10:15:00+06:00');
    expect(iso('17:36، 30 قاڭتار 2026')).toBe('2026-01-30T17:36:00+05:00');
  });

  it('reads DD.MM.YYYY and ignores a view count after it', () => {
    expect(iso('18.03.2023 146')).toBe('2023-03-18T00:00:00+06:00');
    expect(parsePrintedDate('18.03.2023 146')?.hasTime).toBe(false);
    expect(iso('20.03.2023 14:05')).toBe('2023-03-20T14:05:00+06:00');
  });

  it('uses +06:00 before 2024-03-01T00:00 local time and +05:00 from then', () => {
    expect(iso('29.02.2024 23:59')).toBe('2024-02-29T23:59:00+06:00');
    expect(iso('01.03.2024 00:00')).toBe('2024-03-01T00:00:00+05:00');
    expect(iso('23:40, 29 Ақпан 2024')).toBe('2024-02-29T23:40:00+06:00');
    expect(iso('00:05, 1 Март 2024')).toBe('2024-03-01T00:05:00+05:00');
    expect(kzOffsetForLocal(2024, 2, 29, 23, 59)).toBe(6);
    expect(kzOffsetForLocal(2024, 3, 1, 0, 0)).toBe(5);
  });

  it('converts a printed offset that disagrees with the rule and says so', () => {
    const d = parsePrintedDate('12:00, 10 May 2023 | GMT +5');
    expect(d?.iso).toBe('2023-05-10T13:00:00+06:00');
    expect(d?.note).toMatch(/GMT \+5/);
  });

  it('rejects impossible and missing dates', () => {
    expect(parsePrintedDate('31.02.2023')).toBeNull();
    expect(parsePrintedDate('30 Foo 2023')).toBeNull();
    expect(parsePrintedDate('no date here')).toBeNull();
    expect(parsePrintedDate('')).toBeNull();
    expect(parsePrintedDate('25:61, 20 March 2023')?.hasTime ?? false).toBe(false);
  });
});

describe('machine dates', () => {
  it('re-expresses an instant in the offset in force at that instant', () => {
    expect(parseMachineDate('2025-11-12T04:15:00Z')?.iso).toBe('2025-11-12T09:15:00+05:00');
    expect(parseMachineDate('2023-03-20T22:00:00+06:00')?.iso).toBe('2023-03-20T22:00:00+06:00');
    expect(parseMachineDate('2024-02-29T17:59:00Z')?.iso).toBe('2024-02-29T23:59:00+06:00');
    expect(parseMachineDate('2024-02-29T18:30:00Z')?.iso).toBe('2024-02-29T23:30:00+05:00');
    expect(parseMachineDate('2023-03-20T16:00:00.000+0000')?.iso).toBe('2023-03-20T22:00:00+06:00');
  });

  it('takes a date without zone as Kazakhstan wall-clock time', () => {
    expect(parseMachineDate('2026-08-18 21:38:00')?.iso).toBe('2026-08-18T21:38:00+05:00');
    expect(parseMachineDate('2023-03-18')).toEqual({ iso: '2023-03-18T00:00:00+06:00', hasTime: false });
  });

  it('rejects what is not a machine date', () => {
    expect(parseMachineDate('20 March 2023')).toBeNull();
    expect(parseMachineDate('2023-13-01')).toBeNull();
  });

  it('formats instants around the change', () => {
    expect(isoAtInstant(Date.UTC(2024, 1, 29, 17, 59, 59))).toBe('2024-02-29T23:59:59+06:00');
    expect(isoAtInstant(Date.UTC(2024, 1, 29, 18, 0, 0))).toBe('2024-02-29T23:00:00+05:00');
  });
});
