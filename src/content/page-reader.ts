/**
 * What the content script does with a page: decide from the URL whether it may be
 * an article, extract it from the live DOM, tell the background, and save as the
 * user's setting for the site says (automatically, after asking, or never).
 * The extractor never throws out of here: a failure becomes a page report with a reason.
 */
import { classifyUrl, extract } from '../extraction/extract';
import type { ExtractionResult } from '../extraction/types';
import type {
  ErrorResponse,
  PageStatusMessage,
  PageStatusResponse,
  PromptStrings,
  SaveArticleMessage,
  SaveResponse,
} from '../messaging/protocol';

export interface Channel {
  pageStatus(message: PageStatusMessage): Promise<PageStatusResponse | ErrorResponse>;
  save(message: SaveArticleMessage): Promise<SaveResponse | ErrorResponse>;
}

/** Shows the in-page prompt; resolves with a function that saves on the user's click. */
export type Ask = (strings: PromptStrings, save: () => Promise<SaveResponse | ErrorResponse>) => void;

export type Outcome =
  | { kind: 'not-article'; reason: string }
  | { kind: 'saved'; response: SaveResponse }
  | { kind: 'asked' }
  | { kind: 'skipped'; why: string }
  | { kind: 'failed'; error: string };

export function readPage(doc: Document, url: string): ExtractionResult {
  const cls = classifyUrl(url);
  if (!cls) return { isArticle: false, site: null, lang: null, url, reason: 'not a supported site' };
  if (cls.kind === 'not-article') {
    return { isArticle: false, site: cls.site, lang: cls.lang, url, reason: cls.reason ?? 'not an article page' };
  }
  try {
    return extract(doc, url);
  } catch (e) {
    return { isArticle: false, site: cls.site, lang: cls.lang, url, reason: `the extractor failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Reads the page, reports it, and saves or asks as the site's setting says. */
export async function readAndReport(doc: Document, url: string, channel: Channel, ask: Ask): Promise<Outcome> {
  const result = readPage(doc, url);
  const status = await channel.pageStatus({
    type: 'page-status',
    url,
    isArticle: result.isArticle,
    site: result.site,
    lang: result.lang,
    reason: result.isArticle ? null : result.reason,
  });
  if (!result.isArticle) return { kind: 'not-article', reason: result.reason };
  if (!status.ok) return { kind: 'failed', error: status.error };
  const save = (trigger: 'auto' | 'manual') => channel.save({ type: 'save-article', article: result, trigger });
  switch (status.saveMode) {
    case 'auto': {
      const r = await save('auto');
      return r.ok ? { kind: 'saved', response: r } : { kind: 'failed', error: r.error };
    }
    case 'ask':
      if (status.saved) return { kind: 'skipped', why: 'already saved' };
      if (!status.prompt) return { kind: 'failed', error: 'the background sent no prompt' };
      ask(status.prompt, () => save('manual'));
      return { kind: 'asked' };
    case 'never':
      return { kind: 'skipped', why: 'saving is off for this site' };
  }
}

/**
 * Sends through a background that may be asleep or restarting: a connection
 * failure is retried with back-off (by default 7 tries over about 16 s: a worker that
 * restarts over and over still gets the message); after the last try the error is thrown
 * at once, to be reported.
 */
export async function sendWithRetry<T>(send: () => Promise<T>, tries = 7, delayMs = 250): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      const r = await send();
      if (r === undefined) throw new Error('no answer from the background');
      return r;
    } catch (e) {
      last = e;
      if (i < tries - 1) await new Promise((res) => setTimeout(res, delayMs * 2 ** i));
    }
  }
  throw last instanceof Error ? last : new Error(String(last));
}
