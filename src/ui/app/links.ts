/** In-app links: real hrefs (so "open in new tab" works), with plain clicks handled in place. */

/** The article in the library tab: library.html#article/<id>. */
export function libraryHref(id: number): string {
  return `library.html#article/${id}`;
}

/** The article id a library address points at (library.html#article/12 -> 12), if any. */
export function articleIdFromHash(hash: string): number | null {
  const m = hash.match(/^#article\/(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** A click the page should handle itself (not a middle click or a click with a modifier, which the browser handles). */
export function plainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
}

/** Only web addresses become links: a page could hand over a javascript: or data: "URL". */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
