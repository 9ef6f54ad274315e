/**
 * The background's answer to every message. Pure logic over injected effects, so
 * it is tested without a browser: validate the shape (messaging/validate.ts),
 * check the sender, then act. Rejections are logged with their reason and
 * answered with an error, never thrown across contexts.
 */
import { isSupportedHost } from '../sites/hosts';
import type { ExtractedArticle, ExtractionResult } from '../extraction/types';
import type {
  ErrorCode,
  ErrorResponse,
  PageStatusMessage,
  PageStatusResponse,
  PromptStrings,
  SaveMode,
  SaveResponse,
  SaveTrigger,
  TabStatusResponse,
  ToBackgroundMessage,
} from '../messaging/protocol';
import { parseMessage, validateArticle } from '../messaging/validate';
import { StorageError } from '../storage/errors';

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface SavedRef {
  id: number;
}

export interface HandlerDeps {
  extensionId: string;
  /** The extension's own origin URL, e.g. chrome-extension://<id>/ */
  extensionBaseUrl: string;
  save(article: ExtractedArticle, trigger: SaveTrigger): Promise<{ id: number; created: boolean; changed: boolean }>;
  findByUrl(url: string): Promise<SavedRef | undefined>;
  /** The user's save mode for a site. */
  saveMode(site: ExtractedArticle['site']): Promise<SaveMode>;
  /** The in-page prompt's words in the interface language. */
  promptStrings(): Promise<PromptStrings>;
  /** Asks the tab's content script to extract now; rejects when no content script answers. */
  requestExtraction(tabId: number): Promise<unknown>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /**
   * Told after every save or page report, to update the badge. The answer waits for it: a
   * worker stopped between the write and the badge then never answers, and the page, which
   * sends again when unanswered, puts the ✓ back through the next run.
   */
  onTabState(tabId: number, state: TabStatusResponse['state']): void | Promise<void>;
  log(reason: string): void;
}

export type HandlerResponse = SaveResponse | TabStatusResponse | PageStatusResponse | ErrorResponse;

function error(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, code, error: message };
}

function storageFailure(e: unknown): ErrorResponse {
  if (e instanceof StorageError) return error(e.code === 'internal' ? 'internal' : e.code, e.message);
  return error('internal', e instanceof Error ? e.message : String(e));
}

export function createMessageHandler(deps: HandlerDeps) {
  /** What the content scripts last said of each tab (lost when the worker sleeps; then the database answers). */
  const pages = new Map<number, PageStatusMessage>();
  /** The last failed save of each tab's article, until a save of it succeeds (in memory, like `pages`). */
  const failures = new Map<number, { url: string; code: ErrorCode; error: string }>();

  // An extension page may sit in a tab (the library, the popup opened as a page): its own URL tells it apart.
  const fromExtensionPage = (s: MessageSender) => s.id === deps.extensionId && (s.url ?? '').startsWith(deps.extensionBaseUrl);
  const fromOurContentScript = (s: MessageSender) =>
    s.id === deps.extensionId &&
    s.tab?.id !== undefined &&
    !(s.url ?? '').startsWith(deps.extensionBaseUrl) &&
    isSupportedHost(s.url ?? s.tab.url ?? '');

  /** Shows the tab's state on the badge before the answer goes; a badge that cannot be set is logged, not the sender's failure. */
  async function showState(tabId: number, state: TabStatusResponse['state']): Promise<void> {
    try {
      await deps.onTabState(tabId, state);
    } catch (e) {
      deps.log(`badge of tab ${tabId} not set to ${state}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function save(article: ExtractedArticle, trigger: SaveTrigger, tabId: number | undefined): Promise<SaveResponse | ErrorResponse> {
    try {
      const r = await deps.save(article, trigger);
      if (tabId !== undefined) {
        failures.delete(tabId);
        await showState(tabId, 'saved');
      }
      return { ok: true, ...r };
    } catch (e) {
      const failure = storageFailure(e);
      deps.log(`save failed: ${failure.error}`);
      // Shown, not swallowed: the badge turns to "!" and the popup says why, for an automatic save too.
      if (tabId !== undefined) {
        failures.set(tabId, { url: article.url, code: failure.code, error: failure.error });
        await showState(tabId, 'save-failed');
      }
      return failure;
    }
  }

  async function saveTab(tabId: number): Promise<SaveResponse | ErrorResponse> {
    let result: unknown;
    try {
      result = await deps.requestExtraction(tabId);
    } catch {
      const url = await deps.tabUrl(tabId).catch(() => undefined);
      return url && isSupportedHost(url)
        ? error('no-content-script', 'The page is not ready for reading yet: reload it and try again.')
        : error('not-an-article', 'Dala Reader reads only Kazinform, Qazaq TV and Senate pages.');
    }
    const r = result as Partial<ExtractionResult> | undefined;
    if (r && r.isArticle === false) {
      const reason = typeof r.reason === 'string' ? r.reason : 'not an article page';
      await showState(tabId, 'not-article');
      return error('not-an-article', reason);
    }
    let article: ExtractedArticle;
    try {
      article = validateArticle(result);
    } catch (e) {
      deps.log(`rejected extraction from tab ${tabId}: ${e instanceof Error ? e.message : String(e)}`);
      return error('invalid-message', 'The page could not be read as an article.');
    }
    return save(article, 'manual', tabId);
  }

  async function pageStatus(tabId: number, msg: PageStatusMessage): Promise<PageStatusResponse | ErrorResponse> {
    pages.set(tabId, msg);
    failures.delete(tabId); // a new read of the tab: its save (if any) follows and says how it went
    if (!msg.isArticle || !msg.site) {
      await showState(tabId, 'not-article');
      return { ok: true, saveMode: 'never', saved: false, prompt: null };
    }
    try {
      const [mode, saved] = await Promise.all([deps.saveMode(msg.site), deps.findByUrl(msg.url)]);
      await showState(tabId, saved ? 'saved' : 'not-saved');
      return { ok: true, saveMode: mode, saved: Boolean(saved), prompt: mode === 'ask' && !saved ? await deps.promptStrings() : null };
    } catch (e) {
      return storageFailure(e);
    }
  }

  async function tabStatus(tabId: number): Promise<TabStatusResponse | ErrorResponse> {
    const url = (await deps.tabUrl(tabId).catch(() => undefined)) ?? null;
    if (!url || !isSupportedHost(url)) return { ok: true, state: 'unsupported', url, articleId: null, reason: null };
    try {
      const saved = await deps.findByUrl(url);
      if (saved) return { ok: true, state: 'saved', url, articleId: saved.id, reason: null };
    } catch (e) {
      return storageFailure(e);
    }
    const failed = failures.get(tabId);
    if (failed && failed.url === url) {
      return { ok: true, state: 'save-failed', url, articleId: null, reason: failed.error, failure: { code: failed.code, error: failed.error } };
    }
    const page = pages.get(tabId);
    if (page && page.url === url && !page.isArticle) {
      return { ok: true, state: 'not-article', url, articleId: null, reason: page.reason };
    }
    return { ok: true, state: page && page.url === url ? 'not-saved' : 'unknown', url, articleId: null, reason: null };
  }

  async function handle(raw: unknown, sender: MessageSender): Promise<HandlerResponse> {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      deps.log(`rejected message: ${parsed.error}`);
      return error('invalid-message', parsed.error);
    }
    const msg = parsed.value as ToBackgroundMessage | { type: 'extract-now' };
    switch (msg.type) {
      case 'save-article':
      case 'page-status': {
        if (!fromOurContentScript(sender)) {
          deps.log(`rejected ${msg.type}: sender ${sender.id ?? '?'} ${sender.tab?.url ?? sender.url ?? '?'} is not our content script on a supported site`);
          return error('forbidden-sender', 'Only the extension’s content scripts on supported sites may send this.');
        }
        const tabId = sender.tab?.id as number;
        if (msg.type === 'page-status') return pageStatus(tabId, msg);
        if (!isSupportedHost(msg.article.url) || !isSupportedHost(msg.article.canonicalUrl)) {
          deps.log(`rejected save-article: article URL ${msg.article.url} (canonical ${msg.article.canonicalUrl}) is outside the supported sites`);
          return error('forbidden-sender', 'The article URL is outside the supported sites.');
        }
        if (msg.trigger === 'auto') {
          const mode = await deps.saveMode(msg.article.site).catch(() => 'auto' as const);
          if (mode !== 'auto') {
            deps.log(`rejected automatic save: saving on ${msg.article.site} is set to "${mode}"`);
            return error('not-allowed', `Automatic saving is off for this site (${mode}).`);
          }
        }
        return save(msg.article, msg.trigger, tabId);
      }
      case 'save-tab':
      case 'tab-status': {
        if (!fromExtensionPage(sender)) {
          deps.log(`rejected ${msg.type}: sender is not an extension page`);
          return error('forbidden-sender', 'Only the extension’s own pages may send this.');
        }
        return msg.type === 'save-tab' ? saveTab(msg.tabId) : tabStatus(msg.tabId);
      }
      default:
        deps.log(`rejected message: ${msg.type} is not for the background`);
        return error('invalid-message', `${msg.type} is not for the background`);
    }
  }

  return { handle, saveTab, tabStatus };
}
