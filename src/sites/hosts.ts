/**
 * The hosts Dala Reader works on. The manifest's content-script matches and host
 * permissions are generated from this list, and the background checks a save
 * message's sender URL against it: one list, one truth.
 */
export const HOST_MATCHES = [
  '*://inform.kz/*',
  '*://*.inform.kz/*',
  '*://qazinform.com/*',
  '*://*.qazinform.com/*',
  '*://qazaqtv.com/*',
  '*://*.qazaqtv.com/*',
  '*://senate.parlam.kz/*',
] as const;

const HOST_SUFFIXES = ['inform.kz', 'qazinform.com', 'qazaqtv.com'] as const;

/** True when a URL's host is one the extension is allowed to read. */
export function isSupportedHost(url: string): boolean {
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    host = u.hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'senate.parlam.kz') return true;
  return HOST_SUFFIXES.some((s) => host === s || host.endsWith('.' + s));
}
