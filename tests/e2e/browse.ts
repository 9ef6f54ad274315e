/**
 * Browsing fixture pages as a reader would, for cases that need to know when each page is
 * saved: visit, check the fixture server answered it, and wait for the saved sign on the
 * tab's badge (read from an extension page kept open as the "control" tab). Saves that are
 * waited for one by one happen in visiting order, so "newest first" has one right answer.
 *
 * Also the whole expected record of an article fixture (tests/fixtures/expected/<name>.json),
 * for cases that check more than the title: text, date, tags, and what must not be in it.
 */
import type { Tab } from './browsers/session.ts';
import { SAVED_BADGE, tabIdOf, waitForBadge } from './extension.ts';
import type { ArticlePage, FixturePage } from './fixtures.ts';
import type { CaseContext } from './registry.ts';
import { loadExpected } from '../fixtures/load.ts';

export interface Visit {
  /** The URL visited (the fixture's own, or a variant of it). */
  url: string;
  tab: Tab;
  tabId: number;
}

/** Opens `url` (default the page's own) in a new tab, checks it was served from the fixtures, and finds its tab id. */
export async function visit(ctx: CaseContext, control: Tab, page: FixturePage, url: string = page.url): Promise<Visit> {
  const tab = await ctx.session.visit(url);
  const shown = await tab.url();
  if (shown !== url) throw new Error(`visiting ${url} (${page.name}) ended at ${shown}`);
  if (!ctx.server.requests.some((r) => r.url === url && r.status === 200)) {
    throw new Error(`${url} (${page.name}) was not answered by the fixture server`);
  }
  return { url, tab, tabId: await tabIdOf(control, url) };
}

/** Visits and waits until the badge says the article is saved. */
export async function visitSaved(ctx: CaseContext, control: Tab, page: ArticlePage, url: string = page.url): Promise<Visit> {
  const v = await visit(ctx, control, page, url);
  await waitForBadge(control, v.tabId, SAVED_BADGE, 15_000).catch((err: unknown) => {
    throw new Error(`${url} (${page.name}) was not saved: ${err instanceof Error ? err.message : String(err)}`);
  });
  return v;
}

/** Visits each page in turn, each saved before the next is opened. */
export async function visitAllSaved(ctx: CaseContext, control: Tab, pages: readonly ArticlePage[]): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (const page of pages) visits.push(await visitSaved(ctx, control, page));
  return visits;
}

export interface ExpectedDetails {
  /** The edition's language (en, ru, kk, kk-Latn, kk-Arab, zh, uz). */
  lang: string;
  title: string;
  lead: string | null;
  paragraphs: string[];
  publishedAt: string | null;
  /** The page gives the date without a time of day (shown as the date alone). */
  publishedDateOnly: boolean;
  author: string | null;
  tags: { label: string; url: string }[];
  /** Boilerplate of the page that must not be in the article's title, lead or body. */
  mustNotContain: string[];
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const stringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** The expected record of an article fixture, checked field by field. */
export function expectedDetails(page: ArticlePage): ExpectedDetails {
  const e = loadExpected(page.name) as Record<string, unknown>;
  const where = `expected/${page.name}.json`;
  const { lang, title, lead, paragraphs, publishedAt, publishedDateOnly = false, author, tags, mustNotContain } = e;
  if (typeof publishedDateOnly !== 'boolean') throw new Error(`${where}: publishedDateOnly must be a boolean`);
  if (typeof title !== 'string' || typeof lang !== 'string') throw new Error(`${where}: no title or lang`);
  if (!stringOrNull(lead) || !stringOrNull(publishedAt) || !stringOrNull(author)) throw new Error(`${where}: lead, publishedAt, author must be strings or null`);
  if (!isStringArray(paragraphs) || !isStringArray(mustNotContain)) throw new Error(`${where}: paragraphs and mustNotContain must be string arrays`);
  const tagList = Array.isArray(tags) ? tags : null;
  if (!tagList || !tagList.every((t) => typeof t === 'object' && t !== null && typeof t.label === 'string' && typeof t.url === 'string')) {
    throw new Error(`${where}: tags must be {label, url} objects`);
  }
  return { lang, title, lead, paragraphs, publishedAt, publishedDateOnly, author, tags: tagList as ExpectedDetails['tags'], mustNotContain };
}

/** The <time datetime> an article's date shows: the ISO date with offset, or the day alone when the page gave no time. */
export function expectedDateTime(d: ExpectedDetails): string | null {
  if (d.publishedAt === null) return null;
  return d.publishedDateOnly ? d.publishedAt.slice(0, 10) : d.publishedAt;
}

/** Title, lead and body of an expected article, one per line: the text a search looks through (tags aside). */
export function expectedText(d: ExpectedDetails): string {
  return [d.title, d.lead ?? '', ...d.paragraphs].join('\n');
}
