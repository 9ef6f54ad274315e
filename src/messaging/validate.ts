/**
 * Validation of messages received from another context. Everything arriving is
 * `unknown` until proven otherwise; a failure names the first offending field.
 */
import {
  ARTICLE_FIELDS,
  LANGS,
  SITE_IDS,
  type ArticleField,
  type ExtractedArticle,
  type FieldMethod,
  type Lang,
  type SiteId,
  type TagLink,
} from '../extraction/types';
import { LIMITS, type Message } from './protocol';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

class Invalid extends Error {}

function fail(path: string, what: string): never {
  throw new Invalid(`${path}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function record(v: unknown, path: string): Record<string, unknown> {
  if (!isRecord(v)) fail(path, 'expected an object');
  return v;
}

function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') fail(path, 'expected a string');
  if (v.length > max) fail(path, `longer than ${max} characters`);
  return v;
}

function optStr(v: unknown, path: string, max: number): string | null {
  return v === null || v === undefined ? null : str(v, path, max);
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'expected a boolean');
  return v;
}

function int(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(path, 'expected a non-negative integer');
  return v;
}

function oneOf<T extends string>(v: unknown, options: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    fail(path, `expected one of ${options.join(', ')}`);
  }
  return v as T;
}

function optOneOf<T extends string>(v: unknown, options: readonly T[], path: string): T | null {
  return v === null || v === undefined ? null : oneOf(v, options, path);
}

function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  if (v.length > max) fail(path, `more than ${max} items`);
  return v;
}

function httpUrl(v: unknown, path: string): string {
  const s = str(v, path, LIMITS.url);
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    fail(path, 'not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') fail(path, 'not an http(s) URL');
  return s;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([+-])(\d{2}):(\d{2})|Z)$/;

/** An ISO 8601 date-time with offset that names a real instant: no 30 February, no 24:00, offsets within ±14:00. */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  const sameParts = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === sec;
  const offsetOk = m[7] === undefined || (Number(m[8]) * 60 + Number(m[9]) <= 14 * 60 && Number(m[9]) < 60);
  return sameParts && offsetOk;
}
const FIELD_METHODS: readonly FieldMethod[] = ['site', 'structured', 'fallback'];

function tag(v: unknown, path: string): TagLink {
  const r = record(v, path);
  const url = r.url === '' ? '' : httpUrl(r.url, `${path}.url`);
  return { label: str(r.label, `${path}.label`, LIMITS.shortText), url };
}

export function validateArticle(v: unknown, path = 'article'): ExtractedArticle {
  const r = record(v, path);
  if (r.isArticle !== true) fail(`${path}.isArticle`, 'expected true');
  const title = str(r.title, `${path}.title`, LIMITS.title).trim();
  if (!title) fail(`${path}.title`, 'empty');
  const paragraphs = arr(r.paragraphs, `${path}.paragraphs`, LIMITS.paragraphs).map((p, i) =>
    str(p, `${path}.paragraphs[${i}]`, LIMITS.paragraph),
  );
  const lead = optStr(r.lead, `${path}.lead`, LIMITS.paragraph);
  const total = title.length + (lead?.length ?? 0) + paragraphs.reduce((n, p) => n + p.length, 0);
  if (total > LIMITS.totalText) fail(path, `more than ${LIMITS.totalText} characters of text`);
  if (paragraphs.length === 0 && !lead) fail(`${path}.paragraphs`, 'no body text');

  const publishedAt = optStr(r.publishedAt, `${path}.publishedAt`, 40);
  if (publishedAt !== null && !isRealIsoDate(publishedAt)) {
    fail(`${path}.publishedAt`, 'not an ISO 8601 date with offset');
  }
  if (r.publishedDateOnly !== undefined && typeof r.publishedDateOnly !== 'boolean') fail(`${path}.publishedDateOnly`, 'expected a boolean');
  const fm = r.fieldMethods === undefined ? {} : record(r.fieldMethods, `${path}.fieldMethods`);
  const fieldMethods: Partial<Record<ArticleField, FieldMethod>> = {};
  for (const [k, m] of Object.entries(fm)) {
    const field = oneOf(k, ARTICLE_FIELDS, `${path}.fieldMethods key`);
    fieldMethods[field] = oneOf(m, FIELD_METHODS, `${path}.fieldMethods.${k}`);
  }
  return {
    isArticle: true,
    site: oneOf<SiteId>(r.site, SITE_IDS, `${path}.site`),
    lang: oneOf<Lang>(r.lang, LANGS, `${path}.lang`),
    url: httpUrl(r.url, `${path}.url`),
    canonicalUrl: httpUrl(r.canonicalUrl, `${path}.canonicalUrl`),
    title,
    publishedAt,
    // Always set, so that a later save of the same article replaces what an earlier one said.
    publishedDateOnly: publishedAt !== null && r.publishedDateOnly === true,
    dateline: optStr(r.dateline, `${path}.dateline`, LIMITS.shortText),
    author: optStr(r.author, `${path}.author`, LIMITS.shortText),
    lead,
    paragraphs,
    tags: arr(r.tags, `${path}.tags`, LIMITS.tags).map((t, i) => tag(t, `${path}.tags[${i}]`)),
    credits: arr(r.credits, `${path}.credits`, LIMITS.credits).map((c, i) =>
      str(c, `${path}.credits[${i}]`, LIMITS.shortText),
    ),
    method: oneOf(r.method, ['site', 'fallback', 'mixed'] as const, `${path}.method`),
    fieldMethods,
    adapter: str(r.adapter ?? '', `${path}.adapter`, 200),
    warnings: arr(r.warnings ?? [], `${path}.warnings`, LIMITS.warnings).map((w, i) =>
      str(w, `${path}.warnings[${i}]`, LIMITS.shortText),
    ),
  };
}

function parse(v: unknown): Message {
  const r = record(v, 'message');
  switch (r.type) {
    case 'save-article':
      return {
        type: 'save-article',
        article: validateArticle(r.article),
        trigger: oneOf(r.trigger, ['auto', 'manual'] as const, 'trigger'),
      };
    case 'page-status':
      return {
        type: 'page-status',
        url: httpUrl(r.url, 'url'),
        isArticle: bool(r.isArticle, 'isArticle'),
        site: optOneOf<SiteId>(r.site, SITE_IDS, 'site'),
        lang: optOneOf<Lang>(r.lang, LANGS, 'lang'),
        reason: optStr(r.reason, 'reason', LIMITS.shortText),
      };
    case 'save-tab':
      return { type: 'save-tab', tabId: int(r.tabId, 'tabId') };
    case 'tab-status':
      return { type: 'tab-status', tabId: int(r.tabId, 'tabId') };
    case 'extract-now':
      return { type: 'extract-now' };
    default:
      return fail('message.type', typeof r.type === 'string' ? `unknown type "${r.type.slice(0, 40)}"` : 'missing');
  }
}

/** Checks an incoming message; never throws. */
export function parseMessage(v: unknown): Parsed<Message> {
  try {
    return { ok: true, value: parse(v) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
