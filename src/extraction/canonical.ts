/**
 * Canonical URL of a page: `<link rel=canonical>`, else `og:url`, else the page URL without
 * tracking parameters and fragment. Only http(s) URLs on the page's own site are trusted.
 */

import { DocIndex } from './select';

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'ysclid', 'igshid', 'mc_cid', 'mc_eid',
  '_ga', '_gl', 'ref', 'ref_src', 'spm', 'amp_js_v', 'usqp', 'twclid', 'ttclid',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('hmb_') || n.startsWith('pk_') || TRACKING_PARAMS.has(n);
}

/** The URL without tracking parameters and fragment; null when it is not an absolute http(s) URL. */
export function stripTracking(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  // forEach, not the iterator: URLSearchParams iterators are not iterable inside Firefox content scripts (Xray wrappers).
  const names: string[] = [];
  u.searchParams.forEach((_value, name) => names.push(name));
  for (const name of names) {
    if (isTrackingParam(name)) u.searchParams.delete(name);
  }
  return u.toString();
}

/** Registrable part of a host, enough to tell our sites apart (inform.kz, qazinform.com, qazaqtv.com, parlam.kz). */
function siteKey(host: string): string {
  return host.toLowerCase().split('.').slice(-2).join('.');
}

function sameFamily(a: URL, b: URL): boolean {
  const ka = siteKey(a.hostname);
  const kb = siteKey(b.hostname);
  const kazinform = new Set(['inform.kz', 'qazinform.com']);
  return ka === kb || (kazinform.has(ka) && kazinform.has(kb));
}

/** Resolve `candidate` against `base`; keep it only when it is http(s) on the same site. */
function trusted(candidate: string | null | undefined, base: URL): string | null {
  if (!candidate || candidate.trim() === '') return null;
  let u: URL;
  try {
    u = new URL(candidate.trim(), base);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !sameFamily(u, base)) return null;
  return stripTracking(u.toString());
}

/** The page's canonical URL, as described above. Falls back to the given URL as it is when it cannot be parsed. */
export function canonicalUrl(doc: Document, url: string, idx: DocIndex = new DocIndex(doc)): string {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return url;
  }
  const link = idx.first('link[rel~="canonical"][href]')?.getAttribute('href');
  const og = idx.first('meta[property="og:url"][content], meta[name="og:url"][content]')?.getAttribute('content');
  return trusted(link, base) ?? trusted(og, base) ?? stripTracking(url) ?? url;
}
