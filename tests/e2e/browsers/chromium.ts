/**
 * Debian's Chromium through playwright-core, with the unpacked MV3 build loaded in a fresh
 * persistent profile. Fixture hosts resolve to the local fixture server
 * (--host-resolver-rules); every other host resolves to nothing, so no test reaches the network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type CDPSession, type Page, type Request, type Worker, chromium } from 'playwright-core';
import {
  type BackgroundWorker,
  type ExtensionSession,
  type IssuedRequest,
  type LaunchOptions,
  type PageFunction,
  type Tab,
  type WorkerRunningStatus,
  isNoteworthyConsoleMessage,
  pollUntil,
  withTimeout,
} from './session.ts';

const LAUNCH_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 15_000;
const CLOSE_TIMEOUT_MS = 10_000;

/** Flags for headless Debian Chromium as root in CI, quiet on the network (toolchain.md). */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
] as const;

export function chromiumArgs(options: LaunchOptions): string[] {
  // Fixture hosts go to the fixture server; every other host resolves to nothing.
  const rules = options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.serverPort}`);
  rules.push('MAP * ~NOTFOUND');
  return [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    ...CHROMIUM_BASE_ARGS,
    '--ignore-certificate-errors',
    `--host-resolver-rules=${rules.join(', ')}`,
  ];
}

function wrapPage(page: Page): Tab {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => undefined);
  });
  return {
    url: async () => page.url(),
    // The function and its result cross the protocol as serialized data; the cast only
    // bridges this wrapper's generics to the library's own.
    evaluate: async <Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg): Promise<Result> =>
      (await page.evaluate(fn as (a: unknown) => unknown, arg as unknown)) as Result,
    reload: async () => {
      await page.reload({ waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    },
    waitForSelector: async (selector, timeoutMs = NAVIGATION_TIMEOUT_MS) => {
      try {
        await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs });
      } catch {
        throw new Error(`"${selector}" did not appear in ${page.url()} within ${timeoutMs} ms`);
      }
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file, fullPage: true });
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    dialogs: () => dialogs,
    close: () => page.close(),
  };
}

export interface ChromiumExtensionContext {
  /** The persistent context, with the extension's service worker running. */
  context: BrowserContext;
  /** `chrome-extension://<id>`, no trailing slash. */
  extensionOrigin: string;
  browserVersion: string;
  /** Closes the browser and removes the profile. */
  close(): Promise<void>;
}

/**
 * Chromium with the unpacked build in a fresh persistent profile, up to its extension's
 * service worker; for callers that drive playwright-core pages themselves (the benchmarks).
 * `onContext` runs as soon as the context exists, before the worker is waited for.
 */
export async function launchChromiumContext(
  options: LaunchOptions,
  onContext: (context: BrowserContext) => void = () => undefined,
): Promise<ChromiumExtensionContext> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'dala-e2e-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: options.executablePath,
      headless: true,
      args: chromiumArgs(options),
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: options.viewport,
      timeout: LAUNCH_TIMEOUT_MS,
    });
    const ctx = context;
    onContext(ctx);
    const worker =
      ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await ctx.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: LAUNCH_TIMEOUT_MS,
      }));
    return {
      context: ctx,
      extensionOrigin: `chrome-extension://${new URL(worker.url()).host}`,
      browserVersion: ctx.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent)),
      close: async () => {
        try {
          await withTimeout(ctx.close(), CLOSE_TIMEOUT_MS, 'closing Chromium');
        } finally {
          await rm(profileDir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await context?.close().catch(() => undefined);
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
}

/** Who issued a request: the extension's service worker, else the frame (a page of the extension or a web page). */
function issuedRequest(r: Request): IssuedRequest {
  let issuerUrl = r.serviceWorker()?.url() ?? '';
  if (!issuerUrl) {
    try {
      issuerUrl = r.frame().url();
    } catch {
      issuerUrl = '(no frame)';
    }
  }
  return { url: r.url(), method: r.method(), issuer: issuerUrl.startsWith('chrome-extension://') ? 'extension' : 'page', issuerUrl };
}

/**
 * The extension's service worker through the DevTools protocol (see BackgroundWorker in
 * session.ts). The ServiceWorker domain answers on page targets only (not on the browser's),
 * so the first use opens a blank tab to carry the session; its workerVersionUpdated events
 * say when our worker (its script under the extension's origin) starts and stops.
 */
function backgroundWorkerOf(ctx: BrowserContext, extensionOrigin: string): BackgroundWorker {
  let status: WorkerRunningStatus = 'stopped';
  let versionId: string | null = null;
  const counts = { starts: 0, stops: 0 };
  let attached: Promise<CDPSession> | null = null;
  const attach = (): Promise<CDPSession> =>
    (attached ??= (async () => {
      const carrier = await ctx.newPage();
      const cdp = await ctx.newCDPSession(carrier);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(`${extensionOrigin}/`)) continue;
          versionId = v.versionId;
          if (v.runningStatus === status) continue;
          status = v.runningStatus;
          if (status === 'running') counts.starts += 1;
          if (status === 'stopped') counts.stops += 1;
        }
      });
      await cdp.send('ServiceWorker.enable');
      await pollUntil(async () => (versionId === null ? undefined : true), {
        timeoutMs: 5_000,
        intervalMs: 20,
        describe: () => `the browser reported no service worker of ${extensionOrigin}`,
      });
      return cdp;
    })());
  return {
    status: async () => {
      await attach();
      return status;
    },
    counts: async () => {
      await attach();
      return { ...counts };
    },
    stop: async () => {
      const cdp = await attach();
      if (status === 'stopped') return;
      const stopsBefore = counts.stops;
      await cdp.send('ServiceWorker.stopWorker', { versionId: versionId as string });
      // Counted, not read from `status`: a message already waiting may start it again at once.
      await pollUntil(async () => (counts.stops > stopsBefore ? true : undefined), {
        timeoutMs: 5_000,
        intervalMs: 10,
        describe: () => `the service worker was not reported stopped (last status: ${status})`,
      });
    },
    evaluate: async <Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result> => {
      await attach();
      const worker = ctx.serviceWorkers().find((w) => w.url().startsWith(`${extensionOrigin}/`));
      if (status !== 'running' || !worker) throw new Error(`the service worker is not running (${status})`);
      // As in wrapPage: the cast only bridges this wrapper's generics to the library's own.
      const run = worker.evaluate(fn as (a: unknown) => unknown, arg as unknown) as Promise<Result>;
      return withTimeout(run, 5_000, 'evaluating in the service worker');
    },
  };
}

export async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const startedAt = Date.now();
  const messages: string[] = [];
  const requests: IssuedRequest[] = [];
  const launched = await launchChromiumContext(options, (ctx) => {
    // Requests of every page of the context and of the extension's service worker.
    ctx.on('request', (r) => requests.push(issuedRequest(r)));
    // The context's console events cover its pages and the extension's service worker.
    ctx.on('console', (m) => {
      if (isNoteworthyConsoleMessage(m.type(), m.text())) messages.push(`[${m.type()}] ${m.location().url || '?'}: ${m.text()}`);
    });
    ctx.on('weberror', (e) => messages.push(`[uncaught] ${e.page()?.url() ?? '?'}: ${e.error().message}`));
  });
  const { context: ctx, extensionOrigin, browserVersion } = launched;
  try {
    // The persistent context opens with one blank tab; close it so each case starts clean.
    for (const page of ctx.pages()) await page.close();
  } catch (err) {
    await launched.close().catch(() => undefined);
    throw err;
  }

  const open = async (url: string): Promise<Tab> => {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    return wrapPage(page);
  };
  return {
    browser: 'chromium',
    extensionOrigin,
    browserVersion,
    startedAt,
    visit: open,
    openExtensionPage: (pagePath) => open(`${extensionOrigin}/${pagePath.replace(/^\//, '')}`),
    consoleMessages: () => messages,
    requests: () => requests,
    fetchFromBackground: async (url) => {
      const ours = (w: Worker) => w.url().startsWith(`${extensionOrigin}/`);
      let worker = ctx.serviceWorkers().find(ours);
      if (!worker) {
        // A worker stopped for idleness starts again on a message: the popup sends one.
        const started = ctx.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 });
        started.catch(() => undefined);
        const page = await open(`${extensionOrigin}/popup.html`);
        worker = ctx.serviceWorkers().find(ours) ?? (await started);
        await page.close();
      }
      return worker.evaluate(
        (target) =>
          fetch(target).then(
            (r) => String(r.status),
            (e: unknown) => String(e),
          ),
        url,
      );
    },
    backgroundWorker: backgroundWorkerOf(ctx, extensionOrigin),
    close: launched.close,
  };
}
