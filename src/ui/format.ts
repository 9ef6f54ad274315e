/**
 * Dates and numbers for the interface, through Intl in the interface language.
 */
import { intlLocale } from '../i18n';
import { publishedValue } from '../export/dates';

/**
 * Formats an ISO date as the page printed it: in the offset the string carries
 * (Kazakhstan's local time then), whatever the reader's own time zone.
 */
export function formatPublished(iso: string | null, locale: string = intlLocale(), withTime = true): string | null {
  if (!iso) return null;
  const m = iso.match(/([+-])(\d{2}):(\d{2})$/);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const offsetMin = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const local = new Date(ms + offsetMin * 60_000);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(local);
}

/** What an article's date line needs: its ISO date, and whether the page gave no time of day. */
export interface PublishedDate {
  publishedAt: string | null;
  publishedDateOnly?: boolean;
}

/** An article's publication date as printed, with the time of day only when the page gave one. */
export function formatArticleDate(a: PublishedDate, locale: string = intlLocale()): string | null {
  return formatPublished(a.publishedAt, locale, !a.publishedDateOnly);
}

/** The machine-readable form for a <time datetime>: the calendar date alone when the page gave no time. */
export function articleDateTime(a: PublishedDate): string | undefined {
  return publishedValue(a) ?? undefined;
}

export function formatNumber(n: number, locale: string = intlLocale()): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A moment on the reader's own clock (when an article was saved), in the interface language. */
export function formatMoment(ms: number, locale: string = intlLocale(), withTime = true): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(new Date(ms));
}

/** A size in bytes as kB / MB / GB, in the interface language. */
export function formatBytes(bytes: number, locale: string = intlLocale()): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i ? 1 : 0 }).format(v);
}
