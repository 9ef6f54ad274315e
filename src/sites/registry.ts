/**
 * Picks the site adapter for a URL and classifies the URL (article, not an article, or
 * undecided until the page is read). Pure and fast: the content script calls it before
 * touching the DOM.
 */
import type { SiteAdapter, UrlClass } from './adapter';
import { kazinform } from './kazinform';
import { qazaqtv } from './qazaqtv';
import { senate } from './senate';
import type { SiteId } from '../extraction/types';

export const ADAPTERS: readonly SiteAdapter[] = [kazinform, qazaqtv, senate];

function parseHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The adapter owning the URL's host, or null. */
export function adapterForUrl(url: string): SiteAdapter | null {
  const u = parseHttpUrl(url);
  if (!u) return null;
  const host = u.hostname.toLowerCase();
  return ADAPTERS.find((a) => a.ownsHost(host)) ?? null;
}

export function adapterForSite(site: SiteId): SiteAdapter {
  return ADAPTERS.find((a) => a.site === site)!;
}

/** Site, edition language and page kind from the URL alone; null when the URL is not one of our sites. */
export function classifyUrl(url: string): UrlClass | null {
  const u = parseHttpUrl(url);
  if (!u) return null;
  const adapter = ADAPTERS.find((a) => a.ownsHost(u.hostname.toLowerCase()));
  return adapter ? adapter.classify(u) : null;
}
