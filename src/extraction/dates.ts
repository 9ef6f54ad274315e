/**
 * Dates as the three sites print them, in every edition's language, turned into ISO 8601
 * with the offset in force in Kazakhstan: +06:00 for wall-clock times before
 * 2024-03-01T00:00 local, +05:00 from then on (the country moved from UTC+6 to UTC+5 that night).
 */

/**
 * Month names by number, every form the pages print (see docs: sites.md, "Month names"). The
 * Arabic-script Kazakh (töte) names are the Cyrillic ones written in that script: no page of that
 * edition has been seen.
 */
const MONTH_FORMS: readonly (readonly string[])[] = [
  /* 1 */ ['january', 'jan', 'январь', 'января', 'январ', 'янв', 'қаңтар', 'qańtar', 'qantar', 'qañtar', 'yanvar', 'قاڭتار'],
  /* 2 */ ['february', 'feb', 'февраль', 'февраля', 'феврал', 'фев', 'ақпан', 'aqpan', 'fevral', 'اقپان'],
  /* 3 */ ['march', 'mar', 'март', 'марта', 'мар', 'наурыз', 'naýryz', 'nauryz', 'mart', 'ناۋرىز'],
  /* 4 */ ['april', 'apr', 'апрель', 'апреля', 'апрел', 'апр', 'сәуір', 'sáýir', 'säuır', 'sauir', 'aprel', 'ساۋىر', 'ٴساۋىر'],
  /* 5 */ ['may', 'май', 'мая', 'мамыр', 'mamyr', 'مامىر'],
  /* 6 */ ['june', 'jun', 'июнь', 'июня', 'июн', 'маусым', 'maýsym', 'mausym', 'iyun', 'ماۋسىم'],
  /* 7 */ ['july', 'jul', 'июль', 'июля', 'июл', 'шілде', 'shilde', 'şılde', 'iyul', 'شىلدە'],
  /* 8 */ ['august', 'aug', 'август', 'августа', 'авг', 'тамыз', 'tamyz', 'avgust', 'تامىز'],
  /* 9 */ ['september', 'sep', 'sept', 'сентябрь', 'сентября', 'сентябр', 'сен', 'сент', 'қыркүйек', 'qyrkúıek', 'qyrküiek', 'qyrkuiek', 'sentyabr', 'قىركۇيەك'],
  /* 10 */ ['october', 'oct', 'октябрь', 'октября', 'октябр', 'окт', 'қазан', 'qazan', 'oktyabr', 'قازان'],
  /* 11 */ ['november', 'nov', 'ноябрь', 'ноября', 'ноябр', 'ноя', 'қараша', 'qarasha', 'qaraşa', 'noyabr', 'قاراشا'],
  /* 12 */ ['december', 'dec', 'декабрь', 'декабря', 'декабр', 'дек', 'желтоқсан', 'jeltoqsan', 'dekabr', 'جەلتوقسان'],
];

const MONTHS = new Map<string, number>();
MONTH_FORMS.forEach((forms, i) => forms.forEach((f) => MONTHS.set(f.normalize('NFC'), i + 1)));

/** Month number of a printed month name in any supported language, or null. */
export function monthNumber(word: string): number | null {
  const w = word.normalize('NFC').toLowerCase().replace(/\.$/, '');
  const exact = MONTHS.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 3) return null;
  // Abbreviations and inflected forms: a unique month whose name starts with the word, or that the word starts with.
  let found: number | null = null;
  for (const [form, n] of MONTHS) {
    if (form.length >= 3 && (form.startsWith(w) || (w.startsWith(form) && w.length - form.length <= 2))) {
      if (found !== null && found !== n) return null;
      found = n;
    }
  }
  return found;
}

/** The instant Kazakhstan moved from UTC+6 to UTC+5: 2024-03-01T00:00+06:00. */
export const KZ_OFFSET_CHANGE_MS = Date.UTC(2024, 1, 29, 18, 0, 0);

/** Offset in hours in force for a wall-clock time in Kazakhstan (+6 before 2024-03-01T00:00 local, +5 from then). */
export function kzOffsetForLocal(y: number, m: number, d: number, h = 0, mi = 0): 5 | 6 {
  const wall = Date.UTC(y, m - 1, d, h, mi);
  return wall < Date.UTC(2024, 2, 1, 0, 0) ? 6 : 5;
}

/** Offset in hours in force in Kazakhstan at a UTC instant. */
export function kzOffsetAtInstant(ms: number): 5 | 6 {
  return ms < KZ_OFFSET_CHANGE_MS ? 6 : 5;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function formatLocal(y: number, m: number, d: number, h: number, mi: number, s: number, offset: number): string {
  const sign = offset >= 0 ? '+' : '-';
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${sign}${pad(Math.abs(offset))}:00`;
}

/** ISO 8601 of a UTC instant, expressed in the offset in force in Kazakhstan at that instant. */
export function isoAtInstant(ms: number): string {
  const off = kzOffsetAtInstant(ms);
  const t = new Date(ms + off * 3600_000);
  return formatLocal(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), off);
}

export interface ParsedDate {
  iso: string;
  /** False when the page printed no time of day (00:00 local is assumed). */
  hasTime: boolean;
  /** Set when the printed offset disagreed with Kazakhstan's rule and the time was converted. */
  note?: string;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function build(y: number, m: number, d: number, time: readonly [number, number] | null, printedOffset: number | null): ParsedDate | null {
  if (!validDate(y, m, d)) return null;
  const [h, mi] = time ?? [0, 0];
  if (h > 23 || mi > 59) return null;
  const rule = kzOffsetForLocal(y, m, d, h, mi);
  if (printedOffset !== null && printedOffset !== rule) {
    const instant = Date.UTC(y, m - 1, d, h, mi) - printedOffset * 3600_000;
    return {
      iso: isoAtInstant(instant),
      hasTime: time !== null,
      note: `the page printed GMT ${printedOffset >= 0 ? '+' : ''}${printedOffset}; converted to the offset in force in Kazakhstan`,
    };
  }
  return { iso: formatLocal(y, m, d, h, mi, 0, rule), hasTime: time !== null };
}

const TIME_RE = /(?:^|[^\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/;
const GMT_RE = /(?:GMT|UTC)\s*([+-−])\s*(\d{1,2})(?::?00)?/i;
// 20 March 2023 | 15 Августа 2025 | 30 Qańtar 2026 | 20 наурыз 2023 ж.
const DAY_MONTH_YEAR_RE = /(?:^|[^\p{L}\p{N}])(\d{1,2})\s+([\p{L}][\p{L}\p{M}]{2,11}\.?)\s*,?\s+(\d{4})(?!\d)/u;
// March 20, 2023
const MONTH_DAY_YEAR_RE = /(?:^|[^\p{L}\p{N}])([\p{L}]{3,10}\.?)\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u;
// 2023 жылғы 20 наурыз
const YEAR_DAY_MONTH_RE = /(?:^|\D)(\d{4})\s*(?:жылғы|jylǵy|jylğy|jyly|ж\.)\s+(\d{1,2})\s+([\p{L}][\p{L}\p{M}]{2,11})/u;
// 18 8月 2026
const ZH_DAY_MONTH_YEAR_RE = /(?:^|\D)(\d{1,2})\s*(\d{1,2})\s*月\s*,?\s*(\d{4})(?!\d)/;
// 2026年8月18日
const ZH_YEAR_MONTH_DAY_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// 18.03.2023 | 18/03/2023
const DMY_NUMERIC_RE = /(?:^|[^\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/;
// 2023-03-18
const YMD_NUMERIC_RE = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

interface DayMonthYear {
  y: number;
  m: number;
  d: number;
  /** The matched date text, removed before looking for the time. */
  span: string;
}

function findDate(text: string): DayMonthYear | null {
  let r: RegExpExecArray | null;
  if ((r = ZH_YEAR_MONTH_DAY_RE.exec(text))) return { y: +r[1]!, m: +r[2]!, d: +r[3]!, span: r[0] };
  if ((r = ZH_DAY_MONTH_YEAR_RE.exec(text))) return { y: +r[3]!, m: +r[2]!, d: +r[1]!, span: r[0] };
  if ((r = YEAR_DAY_MONTH_RE.exec(text))) {
    const m = monthNumber(r[3]!);
    if (m !== null) return { y: +r[1]!, m, d: +r[2]!, span: r[0] };
  }
  if ((r = DAY_MONTH_YEAR_RE.exec(text))) {
    const m = monthNumber(r[2]!);
    if (m !== null) return { y: +r[3]!, m, d: +r[1]!, span: r[0] };
  }
  if ((r = MONTH_DAY_YEAR_RE.exec(text))) {
    const m = monthNumber(r[1]!);
    if (m !== null) return { y: +r[3]!, m, d: +r[2]!, span: r[0] };
  }
  if ((r = DMY_NUMERIC_RE.exec(text))) return { y: +r[3]!, m: +r[2]!, d: +r[1]!, span: r[0] };
  if ((r = YMD_NUMERIC_RE.exec(text))) return { y: +r[1]!, m: +r[2]!, d: +r[3]!, span: r[0] };
  return null;
}

/**
 * Read a date as a page prints it (`20 March 2023, 22:00`, `13:51, 15 Августа 2025`,
 * `17:36, 30 Qańtar 2026 | GMT +5`, `08:32, 18 8月 2026`, `18.03.2023 146`) as local time in Kazakhstan.
 */
export function parsePrintedDate(raw: string): ParsedDate | null {
  const text = raw.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ');
  const gmt = GMT_RE.exec(text);
  const withoutGmt = gmt ? text.replace(gmt[0], ' ') : text;
  const date = findDate(withoutGmt);
  if (!date) return null;
  const rest = withoutGmt.replace(date.span, ' ');
  const t = TIME_RE.exec(rest);
  const time = t ? ([+t[1]!, +t[2]!] as const) : null;
  const printedOffset = gmt ? (gmt[1] === '+' ? 1 : -1) * +gmt[2]! : null;
  return build(date.y, date.m, date.d, time, printedOffset);
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Read a machine date (article:published_time, JSON-LD datePublished, `<time datetime>`).
 * With a zone: the instant, re-expressed in Kazakhstan's offset. Without one: Kazakhstan wall-clock time.
 */
export function parseMachineDate(raw: string): ParsedDate | null {
  const r = ISO_RE.exec(raw.trim());
  if (!r) return null;
  const y = +r[1]!, m = +r[2]!, d = +r[3]!;
  if (!validDate(y, m, d)) return null;
  const hasTime = r[4] !== undefined;
  const h = hasTime ? +r[4]! : 0, mi = hasTime ? +r[5]! : 0, s = r[6] !== undefined ? +r[6] : 0;
  if (h > 23 || mi > 59 || s > 59) return null;
  const zone = r[7];
  if (!zone || !hasTime) {
    return { iso: formatLocal(y, m, d, h, mi, s, kzOffsetForLocal(y, m, d, h, mi)), hasTime };
  }
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    offsetMin = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5));
  }
  return { iso: isoAtInstant(Date.UTC(y, m - 1, d, h, mi, s) - offsetMin * 60_000), hasTime };
}
