/**
 * What the e2e asks of the extension through its own pages: the browser's tabs and the
 * toolbar badge (WebExtension APIs, called from an extension page: `chrome.action` in
 * Chromium's MV3 build, `browser.browserAction` in Firefox's MV2 build), and the settings
 * page's save modes, set by clicking them as a person would.
 */
import { type ExtensionSession, type Tab, pollUntil } from './browsers/session.ts';
import { choose, click } from './actions.ts';
import type { FixtureSite } from './fixtures.ts';

export const OPTIONS_PAGE = 'options.html';

/** The few WebExtension APIs used here, as both browsers expose them to extension pages (promise-based). */
interface TabsApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
}
interface BadgeApi {
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export type SaveMode = 'auto' | 'ask' | 'never';

/** The ids of the tabs showing exactly `url` (asked of the browser from an extension page). */
export async function tabIdsOf(extensionPage: Tab, url: string): Promise<{ ids: number[]; urls: string[] }> {
  const tabs = await extensionPage.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', TabsApi | undefined>;
    const api = g.browser ?? g.chrome;
    if (!api) throw new Error('no extension API in this page');
    return (await api.tabs.query({})).map((t) => ({ id: t.id ?? -1, url: t.url ?? '' }));
  }, null);
  return { ids: tabs.filter((t) => t.url === url).map((t) => t.id), urls: tabs.map((t) => t.url) };
}

/** The id of the one tab showing exactly `url`. */
export async function tabIdOf(extensionPage: Tab, url: string, timeoutMs = 5_000): Promise<number> {
  let seen: string[] = [];
  return pollUntil(
    async () => {
      const { ids, urls } = await tabIdsOf(extensionPage, url);
      seen = urls;
      if (ids.length > 1) throw new Error(`${ids.length} tabs show ${url}`);
      return ids[0];
    },
    { timeoutMs, describe: () => `no tab shows ${url} (tabs: ${seen.join(', ')})` },
  );
}

/** The toolbar badge text of one tab. */
export async function badgeText(extensionPage: Tab, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', BadgeApi | undefined>;
    const api = g.browser ?? g.chrome;
    const action = api?.action ?? api?.browserAction;
    if (!action) throw new Error('neither action nor browserAction exists here');
    return action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Waits until the tab's badge reads `text`. */
export async function waitForBadge(extensionPage: Tab, tabId: number, text: string, timeoutMs = 10_000): Promise<void> {
  let last: string | null = null;
  await pollUntil(
    async () => {
      last = await badgeText(extensionPage, tabId);
      return last === text ? true : undefined;
    },
    { timeoutMs, intervalMs: 150, describe: () => `the badge of tab ${tabId} read ${JSON.stringify(last)}, not ${JSON.stringify(text)}` },
  );
}

/** The saved sign the background puts on the badge (src/background/badge.ts shows it as this). */
export const SAVED_BADGE = '✓';

/**
 * Waits for the settings page's status line, which it fills once a change is stored (a reload
 * before that would cut the write short). The page must have been opened for this one change.
 */
async function settingsStored(options: Tab): Promise<void> {
  await pollUntil(
    async () => ((await options.evaluate(() => document.querySelector('[data-testid="options-status"]')?.textContent ?? '', null)) ? true : undefined),
    { timeoutMs: 5_000, describe: () => 'the settings page never said the change was saved' },
  );
  const problem = await options.evaluate(() => document.querySelector('[data-testid="options-error"]')?.textContent ?? null, null);
  if (problem !== null) throw new Error(`the settings page shows an error: ${problem}`);
}

/**
 * Sets how a site's articles are saved by clicking its choice on the settings page, and
 * checks that the choice survives a reload of the page (it is stored, not only shown).
 */
export async function setSaveMode(session: ExtensionSession, site: FixtureSite, mode: SaveMode): Promise<void> {
  const options = await session.openExtensionPage(OPTIONS_PAGE);
  const radio = `[data-testid="save-mode-${site}-${mode}"]`;
  await click(options, radio);
  const checked = (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true;
  await pollUntil(async () => ((await options.evaluate(checked, radio)) ? true : undefined), {
    timeoutMs: 5_000,
    describe: () => `${radio} is not checked after a click`,
  });
  await settingsStored(options);
  await pollUntil(
    async () => {
      await options.reload();
      await options.waitForSelector(`${radio}:enabled`);
      return (await options.evaluate(checked, radio)) ? true : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 300, describe: () => `the settings page does not keep "${mode}" for ${site} after a reload` },
  );
  await options.close();
}

/** Chooses the interface language on the settings page and checks that it survives a reload. */
export async function setInterfaceLanguage(session: ExtensionSession, lang: string): Promise<void> {
  const options = await session.openExtensionPage(OPTIONS_PAGE);
  const select = '[data-testid="language-switch"]';
  await options.waitForSelector(select);
  await choose(options, select, lang);
  await settingsStored(options);
  await pollUntil(
    async () => {
      await options.reload();
      await options.waitForSelector(select);
      const shown = await options.evaluate(
        (s) => ({ value: (document.querySelector(s) as HTMLSelectElement | null)?.value, lang: document.documentElement.lang }),
        select,
      );
      return shown.value === lang && shown.lang === lang ? true : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 300, describe: () => `the settings page does not keep the interface language "${lang}" after a reload` },
  );
  await options.close();
}
