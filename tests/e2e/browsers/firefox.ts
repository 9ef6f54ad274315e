/**
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi, with the unpacked MV2 build
 * installed as a temporary add-on in a fresh profile. All traffic goes through the fixture
 * server, which is also a proxy (proxy-form requests answered from the fixtures, CONNECT
 * tunnelled to its own TLS side), so pages keep their real URLs and nothing reaches the network.
 *
 * Firefox sends no load events for moz-extension:// pages over BiDi (page.goto never
 * resolves there), so extension pages are opened without waiting and then polled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import {
  type ExtensionSession,
  type IssuedRequest,
  type LaunchOptions,
  type PageFunction,
  type Tab,
  isNoteworthyConsoleMessage,
  pollUntil,
  withTimeout,
} from './session.ts';

const LAUNCH_TIMEOUT_MS = 30_000;
const NAVIGATION_TIMEOUT_MS = 15_000;
const CLOSE_TIMEOUT_MS = 10_000;
/** Fixed so that extension page URLs are known before the add-on is installed. */
export const FIREFOX_EXTENSION_UUID = 'd7a1a5e0-5d1a-4e2b-9c3f-0e2e7e5a0d1a';

function geckoIdOf(extensionDir: string): string {
  const manifestFile = path.join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || id === '') throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id`);
  return id;
}

export function firefoxPrefs(options: LaunchOptions, geckoId: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': options.serverPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': options.serverPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.trr.mode': 5,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    // The popup page stands in a tab (a real popup is always in front): a tab in the background
    // would have its timers held to one a second, slowing every check it is polled for.
    'dom.min_background_timeout_value': 4,
    'dom.min_background_timeout_value_without_budget_throttling': 4,
    'dom.timeout.enable_budget_timer_throttling': false,
  };
}

async function documentState(page: Page): Promise<{ href: string; readyState: string }> {
  return page.evaluate(() => ({ href: location.href, readyState: document.readyState }));
}

/** Waits until the page shows `url` (or any URL when null), fully loaded, and not the document marked `staleMark`. */
async function waitLoaded(page: Page, url: string | null, staleMark: string | null): Promise<void> {
  await pollUntil(
    async () => {
      const state = await documentState(page);
      if (url !== null && state.href !== url) return undefined;
      if (state.readyState !== 'complete') return undefined;
      if (staleMark !== null) {
        const stale = await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark] === true, staleMark);
        if (stale) return undefined;
      }
      return true;
    },
    { timeoutMs: NAVIGATION_TIMEOUT_MS, describe: () => `Firefox: ${url ?? 'the reloaded page'} did not finish loading` },
  );
}

function wrapPage(page: Page, isExtensionPage: boolean, dialogs: readonly string[]): Tab {
  return {
    // page.url() stays about:blank for moz-extension pages (no navigation events): ask the page.
    url: async () => (await documentState(page)).href,
    // The function and its result cross the protocol as serialized data; the cast only
    // bridges this wrapper's generics to the library's own.
    evaluate: async <Arg, Result>(fn: PageFunction<Arg, Result>, arg: Arg): Promise<Result> =>
      (await page.evaluate(fn as (a: unknown) => unknown, arg as unknown)) as Result,
    reload: async () => {
      if (!isExtensionPage) {
        await page.reload({ waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
        return;
      }
      const mark = `__e2eStale${Date.now()}`;
      await page.evaluate((m) => {
        (window as unknown as Record<string, unknown>)[m] = true;
        location.reload();
      }, mark);
      await waitLoaded(page, null, mark);
    },
    waitForSelector: async (selector, timeoutMs = NAVIGATION_TIMEOUT_MS) => {
      await pollUntil(async () => ((await page.evaluate((s) => document.querySelector(s) !== null, selector)) ? true : undefined), {
        timeoutMs,
        describe: () => `"${selector}" did not appear in the page`,
      });
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as KeyInput),
    dialogs: () => dialogs,
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const startedAt = Date.now();
  const geckoId = geckoIdOf(options.extensionDir);
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(options, geckoId),
      defaultViewport: options.viewport,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: 60_000,
    });
    const b = browser;
    const installedId = await withTimeout(b.installExtension(options.extensionDir), LAUNCH_TIMEOUT_MS, 'installing the add-on in Firefox');
    if (installedId !== geckoId) throw new Error(`Firefox installed the add-on as "${installedId}", expected "${geckoId}"`);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    const browserVersion = await b.version();
    for (const page of await b.pages()) await page.close().catch(() => undefined);
    const messages: string[] = [];
    const requests: IssuedRequest[] = [];
    /**
     * A new tab whose console (content scripts included), uncaught errors, requests and dialogs
     * are recorded. Its requests are credited to `issuerUrl` (page.url() stays about:blank on
     * moz-extension pages), so a tab is used for one page only.
     */
    const newTab = async (issuerUrl: string): Promise<{ page: Page; dialogs: string[] }> => {
      const page = await b.newPage();
      const dialogs: string[] = [];
      page.on('console', (m) => {
        if (isNoteworthyConsoleMessage(m.type(), m.text())) messages.push(`[${m.type()}] ${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => messages.push(`[uncaught] ${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
      const issuer = issuerUrl.startsWith(`${extensionOrigin}/`) ? 'extension' : 'page';
      page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), issuer, issuerUrl }));
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        d.dismiss().catch(() => undefined);
      });
      return { page, dialogs };
    };
    const openExtensionTab = async (pagePath: string): Promise<Tab> => {
      const url = `${extensionOrigin}/${pagePath.replace(/^\//, '')}`;
      const { page, dialogs } = await newTab(url);
      // Never resolves for moz-extension:// (no load event); its rejection on close is expected.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitLoaded(page, url, null);
      return wrapPage(page, true, dialogs);
    };

    return {
      browser: 'firefox',
      extensionOrigin,
      browserVersion,
      startedAt,
      visit: async (url) => {
        const { page, dialogs } = await newTab(url);
        await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
        return wrapPage(page, false, dialogs);
      },
      openExtensionPage: openExtensionTab,
      consoleMessages: () => messages,
      requests: () => requests,
      fetchFromBackground: async (url) => {
        // The background page is no BiDi context: an extension page reaches it (MV2, same process).
        const tab = await openExtensionTab('options.html');
        try {
          return await tab.evaluate(async (target) => {
            const ext = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window | null } } }).browser;
            const background = ext.extension.getBackgroundPage();
            if (!background) return 'no background page';
            return background.fetch(target).then(
              (r) => String(r.status),
              (e: unknown) => String(e),
            );
          }, url);
        } finally {
          await tab.close();
        }
      },
      close: async () => {
        try {
          await withTimeout(b.close(), CLOSE_TIMEOUT_MS, 'closing Firefox');
        } catch (err) {
          b.process()?.kill('SIGKILL');
          throw err;
        }
      },
    };
  } catch (err) {
    if (browser) {
      const b = browser;
      await withTimeout(b.close(), CLOSE_TIMEOUT_MS, 'closing Firefox').catch(() => b.process()?.kill('SIGKILL'));
    }
    throw err;
  }
}
