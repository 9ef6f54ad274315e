/**
 * Article identity from URLs: the keys under which one article is known, so the
 * same article reached by different URLs (qazinform.com and www.inform.kz/en,
 * AMP pages, query strings, trailing slashes, http/https) is one record.
 *
 * Every URL yields a generic key (host without www + normalised path); URLs whose
 * shape carries the site's own article id also yield an id key. Ids are scoped by
 * edition language: editions number their articles independently, and merging two
 * different articles would lose one of them.
 */

const KAZINFORM_HOSTS = /(^|\.)(inform\.kz|qazinform\.com)$/;

function normalisedPath(u: URL): string {
  let path = decodeSafe(u.pathname).toLowerCase();
  path = path.replace(/\/amp\/?$/, '/').replace(/\/index\.(html?|php)$/, '/');
  path = path.replace(/\/+/g, '/').replace(/\/$/, '');
  return path || '/';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function kazinformEdition(u: URL): string {
  const host = u.hostname.replace(/^www\./, '');
  if (host === 'qazinform.com' || host === 'en.inform.kz') return 'en';
  const sub = host.match(/^([a-z]+)\.inform\.kz$/)?.[1];
  if (sub && sub !== 'lenta') return sub;
  const first = u.pathname.split('/')[1]?.toLowerCase() ?? '';
  return /^(ru|kz|en|qz|cn|oz|tote|ar)$/.test(first) ? first : 'ru';
}

/** The keys of one URL; empty for anything that is not an http(s) URL. */
export function articleKeys(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return [];
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = normalisedPath(u);
  const keys = [`url:${host}${path}`];
  if (KAZINFORM_HOSTS.test(host)) {
    const edition = kazinformEdition(u);
    const last = path.split('/').filter(Boolean).pop() ?? '';
    const old = last.match(/_a(\d{6,8})$/);
    const hex = last.match(/-([0-9a-f]{6,8})$/);
    if (old) keys.push(`kazinform:${edition}:a${old[1]}`);

    else if (hex) keys.push(`kazinform:${edition}:${hex[1]}`);
  } else if (host === 'senate.parlam.kz') {
    const m = path.match(/^\/([a-z]{2}-[a-z]{2})\/news\/details\/(\d+)$/);
    if (m) keys.push(`senate:${m[1]}:${m[2]}`);
  }
  return keys;
}

/** Union of the keys of several URLs (the page URL and its canonical URL). */
export function keysOf(urls: readonly string[]): string[] {
  return [...new Set(urls.flatMap(articleKeys))];
}
