/**
 * What a test case sees of a browser with the built extension installed, the same for
 * Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 */

export const BROWSER_NAMES = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** A page function; it runs in the browser, so it may only use its argument, not closures. */
export type PageFunction<Arg, Result> = (arg: Arg) => Result | Promise<Result>;

export interface Tab {
  /** The document's current URL (asked of the page itself). */
  url(): Promise<string>;
  evaluate<Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg): Promise<Result>;
  /** Reloads and waits until the document has loaded again. */
  reload(): Promise<void>;
  /** Waits until a selector matches in the page; throws with the page's URL after timeoutMs. */
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** A real mouse click (the browser's input events, not element.click()) at viewport coordinates in CSS pixels. */
  click(x: number, y: number): Promise<void>;
  /** Types `text` with the keyboard into whatever has the focus. */
  type(text: string): Promise<void>;
  /** Presses one key, e.g. `Enter`, `Escape`, `ArrowDown`. */
  press(key: string): Promise<void>;
  /** Every dialog (alert, confirm, prompt, beforeunload) this tab opened, as `type: message`; each is dismissed. */
  dialogs(): readonly string[];
  close(): Promise<void>;
}

/**
 * A request as the browser reported it. `issuer` says whose context issued it: a page or
 * the service worker of the extension (`extension`), or a web page (`page`).
 */
export interface IssuedRequest {
  url: string;
  method: string;
  issuer: 'extension' | 'page';
  /** The issuing document's or worker's URL, as far as the browser tells it. */
  issuerUrl: string;
}

export interface LaunchOptions {
  executablePath: string;
  /** The unpacked build: .output/chrome-mv3 or .output/firefox-mv2. */
  extensionDir: string;
  /** The fixture server's port on 127.0.0.1: Chromium maps the fixture hosts to it, Firefox uses it as its proxy. */
  serverPort: number;
  hosts: readonly string[];
  viewport: { width: number; height: number };
}

/** What the browser last said of a service worker (DevTools protocol ServiceWorker.ServiceWorkerVersionRunningStatus). */
export type WorkerRunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * The extension's MV3 service worker, for cases about its restarts (Chromium only: Firefox's
 * MV2 background page is persistent and has no such life cycle). Driven through the DevTools
 * protocol's ServiceWorker domain, which the browser offers on page targets only, so the first
 * use opens one blank tab of its own and keeps it until the session closes.
 */
export interface BackgroundWorker {
  /** The worker's running status as the browser last reported it ('stopped' before the first report). */
  status(): Promise<WorkerRunningStatus>;
  /** How many times the browser has reported it running and stopped since the first use (a run going on then counts as a start). */
  counts(): Promise<{ starts: number; stops: number }>;
  /**
   * Stops it for real (DevTools ServiceWorker.stopWorker: the run ends whatever it was doing,
   * open message channels close unanswered) and resolves once the browser reports it stopped;
   * at once when it is stopped already.
   */
  stop(): Promise<void>;
  /** Runs a function in the running worker's global scope (for instrumenting one run); throws if it is not running. */
  evaluate<Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg): Promise<Result>;
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  readonly extensionOrigin: string;
  readonly browserVersion: string;
  /** When the launch began (ms since the epoch): what the fixture server logged from then on is this browser's. */
  readonly startedAt: number;
  /** Opens a new tab on a web URL and waits for its load event. The tab stays open. */
  visit(url: string): Promise<Tab>;
  /** Opens a page of the extension (e.g. `popup.html`) in a new tab, loaded. */
  openExtensionPage(pagePath: string): Promise<Tab>;
  /**
   * Console messages (warnings and errors, and anything mentioning Dala Reader) and uncaught
   * errors of the tabs opened so far, and in Chromium of the service worker; for diagnosing failures.
   */
  consoleMessages(): readonly string[];
  /**
   * Every request the browser reported since launch, newest last. Chromium: all of the context
   * (tabs, the extension's pages and its service worker). Firefox: the tabs opened through this
   * session (WebDriver BiDi reports no events for the add-on's background page; its requests
   * reach the fixture server, which is Firefox's proxy for everything: see server.requests).
   */
  requests(): readonly IssuedRequest[];
  /**
   * Makes the extension's background context (Chromium's service worker, Firefox's background
   * page) fetch `url`: a positive control for the request recording. Resolves with the HTTP
   * status, or the error's text when the fetch failed.
   */
  fetchFromBackground(url: string): Promise<string>;
  /** Chromium's service worker (see BackgroundWorker); absent in Firefox. */
  readonly backgroundWorker?: BackgroundWorker;
  close(): Promise<void>;
}

/** Whether a console message is worth keeping for a failure report (network 404s of fixture pages are not). */
export function isNoteworthyConsoleMessage(type: string, text: string): boolean {
  if (text.includes('Failed to load resource')) return false;
  return type === 'error' || type === 'warning' || type === 'warn' || type === 'assert' || text.includes('Dala Reader');
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it returns a value other than undefined; errors thrown by the probe
 * count as "not yet". Throws `describe()`'s message (with the last probe error) on timeout.
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 100, describe }: { timeoutMs: number; intervalMs?: number; describe: () => string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`${describe()} after ${timeoutMs} ms${cause}`);
    }
    await sleep(intervalMs);
  }
}

/** Runs `work`, failing with `what` when it takes longer than timeoutMs. */
export async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
