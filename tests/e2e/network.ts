/**
 * Accounting for a browser's network traffic during a case, for the privacy check (issue 7:
 * the extension makes no network requests of its own).
 *
 * Two views, both needed:
 *  - by issuer: the requests the browser credits to the extension's own contexts (its pages,
 *    and in Chromium its service worker) that go to the network. There must be none.
 *  - by explanation: every network request the browser made at all (Chromium: the whole
 *    context's request events; Firefox: the fixture server's log, since it is Firefox's proxy for
 *    everything, which also covers the add-on's background page that WebDriver BiDi does not
 *    report), each explained by what the test itself did: a page it visited, a resource that
 *    page's HTML refers to, the page's favicon, or the browser's own services (Firefox's remote
 *    settings). Whatever is left was issued by someone else: the extension, from any context,
 *    content scripts included.
 */
import type { BrowserName, ExtensionSession, IssuedRequest } from './browsers/session.ts';
import type { FixturePage } from './fixtures.ts';
import type { FixtureServer } from './server.ts';
import { parseWithLinkedom } from '../fixtures/load.ts';

export interface NetworkRequest {
  url: string;
  method: string;
  /** Where the record comes from, for the failure message. */
  seenBy: string;
}

const NETWORK_SCHEME = /^(?:https?|wss?|ftp):/i;

export const isNetworkUrl = (url: string): boolean => NETWORK_SCHEME.test(url);

/** Hosts of Firefox's own background services (remote settings), which talk through the proxy whatever the add-on does. */
export const FIREFOX_SERVICE_HOSTS: readonly string[] = ['firefox.settings.services.mozilla.com'];

/** The extension's own contexts' requests to the network, as the browser credits them. */
export function extensionNetworkRequests(session: ExtensionSession): IssuedRequest[] {
  return session.requests().filter((r) => r.issuer === 'extension' && isNetworkUrl(r.url));
}

/** Every network request of this browser: Chromium's own record of its context, or Firefox's traffic through the fixture server. */
export function allNetworkRequests(browser: BrowserName, session: ExtensionSession, server: FixtureServer): NetworkRequest[] {
  if (browser === 'chromium') {
    return session
      .requests()
      .filter((r) => isNetworkUrl(r.url))
      .map((r) => ({ url: r.url, method: r.method, seenBy: `chromium, issued by ${r.issuerUrl}` }));
  }
  return server.requests
    .filter((r) => r.at >= session.startedAt && r.via !== 'connect')
    .map((r) => ({ url: r.url, method: r.method, seenBy: `fixture server (Firefox's proxy), ${r.via}, answered ${r.status}` }));
}

const withoutFragment = (url: string): string => url.split('#', 1)[0] ?? url;

/** The URLs a page's markup makes a browser load: scripts, styles and other links, images, frames, media. */
export function resourcesOf(page: FixturePage): string[] {
  const doc = parseWithLinkedom(page.html.toString('utf8'));
  const raw: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[src]'))) raw.push(el.getAttribute('src') ?? '');
  for (const el of Array.from(doc.querySelectorAll('link[href]'))) raw.push(el.getAttribute('href') ?? '');
  for (const el of Array.from(doc.querySelectorAll('[srcset]'))) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) raw.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  for (const el of Array.from(doc.querySelectorAll('video[poster]'))) raw.push(el.getAttribute('poster') ?? '');
  for (const el of Array.from(doc.querySelectorAll('object[data]'))) raw.push(el.getAttribute('data') ?? '');
  const out: string[] = [];
  for (const r of raw) {
    if (!r.trim()) continue;
    try {
      out.push(withoutFragment(new URL(r.trim(), page.url).href));
    } catch {
      // Not a URL: nothing a browser would load.
    }
  }
  return out;
}

/** What visiting these URLs (each showing the given fixture page) explains: the documents, their resources, their favicons. */
export function explainedByVisits(visits: readonly { url: string; page: FixturePage }[]): Set<string> {
  const explained = new Set<string>();
  for (const { url, page } of visits) {
    explained.add(withoutFragment(url));
    for (const resource of resourcesOf(page)) explained.add(resource);
    explained.add(new URL('/favicon.ico', url).href);
  }
  return explained;
}

/** The requests neither the visits nor (in Firefox) the browser's own services explain. */
export function unexplainedRequests(browser: BrowserName, requests: readonly NetworkRequest[], explained: ReadonlySet<string>): NetworkRequest[] {
  return requests.filter((r) => {
    if (explained.has(withoutFragment(r.url))) return false;
    if (browser === 'firefox') {
      const host = new URL(r.url).hostname;
      if (FIREFOX_SERVICE_HOSTS.includes(host)) return false;
    }
    return true;
  });
}

export const describeRequests = (requests: readonly { url: string; method: string; seenBy?: string; issuerUrl?: string }[]): string =>
  requests.map((r) => `${r.method} ${r.url} (${r.seenBy ?? `issued by ${r.issuerUrl ?? '?'}`})`).join('\n    ');
