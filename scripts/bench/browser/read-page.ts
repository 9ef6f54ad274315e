/**
 * Injected into a live article page for the `save latency` peer: the content script's own
 * first step, readPage (URL check and extraction from the DOM), timed alone, once (cold, as
 * the content script runs it).
 */
import { readPage } from '../../../src/content/page-reader';

function timeReadPage(): { ms: number; isArticle: boolean } {
  const t0 = performance.now();
  const r = readPage(document, location.href);
  return { ms: performance.now() - t0, isArticle: r.isArticle };
}

(globalThis as unknown as { benchReadPage: typeof timeReadPage }).benchReadPage = timeReadPage;
