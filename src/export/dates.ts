/**
 * Calendar dates for exports: the date an article was published as the page printed
 * it (its own offset, not the reader's time zone), and local dates of the export's
 * own moments (saved, accessed, exported).
 */

export type DateParts = [number, number, number];

/** The calendar date an ISO string with offset names (the date as printed in Kazakhstan, not converted). */
export function printedDateParts(iso: string | null): DateParts | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** An article's publication date for a text export: ISO 8601 with offset, or the date alone when the page gave no time. */
export function publishedValue(a: { publishedAt: string | null; publishedDateOnly?: boolean }): string | null {
  if (!a.publishedAt) return null;
  return a.publishedDateOnly ? a.publishedAt.slice(0, 10) : a.publishedAt;
}

/** The local calendar date of an instant (ms since epoch) on the machine exporting. */
export function localDateParts(ms: number): DateParts {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of an instant in the local time zone of the machine exporting. */
export function localDay(ms: number): string {
  const [y, m, d] = localDateParts(ms);
  return `${y}-${pad(m)}-${pad(d)}`;
}
