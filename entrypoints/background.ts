import browser from 'webextension-polyfill';
import { createMessageHandler, type MessageSender } from '../src/background/message-handler';
import { showTabState } from '../src/background/badge';
import { getDatabase } from '../src/storage/db';
import { findByUrl, saveArticle } from '../src/storage/articles';
import { getSettings } from '../src/storage/settings';
import { loadNameIndex } from '../src/storage/names-store';
import { matchLanguage } from '../src/i18n/languages';
import { HOST_MATCHES } from '../src/sites/hosts';
import type { ExtractNowMessage, TabState } from '../src/messaging/protocol';
import { t, initI18n, setLanguage, currentLanguage, isRtl } from '../src/i18n';

const SAVE_MENU_ID = 'dala-save-page';

/** Speaks the interface language the user chose, else the browser's. */
async function useUiLanguage(): Promise<void> {
  await initI18n();
  const chosen = await getSettings(getDatabase())
    .then((s) => s.uiLanguage)
    .catch(() => null);
  await setLanguage(chosen ?? matchLanguage(browser.i18n.getUILanguage()));
}

export default defineBackground(() => {
  // Listeners are registered synchronously: an MV3 worker woken by an event must find them at once.
  const { handle, saveTab, tabStatus } = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    save: (article) => saveArticle(getDatabase(), article),
    findByUrl: (url) => findByUrl(getDatabase(), url),
    saveMode: async (site) => (await getSettings(getDatabase())).saveMode[site],
    promptStrings: async () => {
      await useUiLanguage();
      return {
        lang: currentLanguage(),
        dir: isRtl() ? 'rtl' : 'ltr',
        question: t('prompt.question'),
        save: t('prompt.save'),
        dismiss: t('prompt.dismiss'),
        saved: t('prompt.saved'),
        failed: t('prompt.failed', { error: '{{error}}' }),
      };
    },
    requestExtraction: (tabId) => browser.tabs.sendMessage(tabId, { type: 'extract-now' } satisfies ExtractNowMessage),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
    // Awaited by the handler before it answers (see HandlerDeps.onTabState).
    onTabState: async (tabId, state: TabState) => {
      await useUiLanguage();
      await showTabState(tabId, state, state === 'saved' ? t('badge.saved') : state === 'save-failed' ? t('badge.failed') : t('extName'));
    },
    log: (reason) => console.warn('[Dala Reader]', reason),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    handle(message, sender as MessageSender),
  );

  const saveActiveTab = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const r = await saveTab(tabId);
    if (!r.ok) console.warn('[Dala Reader] manual save failed:', r.error);
  };

  // The saved sign follows the tab: a revisit of a saved article shows it even when saving is off.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void tabStatus(tabId).then((r) => {
      if (r.ok && r.state === 'saved') void useUiLanguage().then(() => showTabState(tabId, 'saved', t('badge.saved')));
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    // After an update that changes name finding, rebuild the stored name data here,
    // not on the first popup opening. Failures are reported; the popup retries.
    void loadNameIndex(getDatabase()).catch((e: unknown) => console.warn('[Dala Reader] name index not rebuilt:', e));
    void useUiLanguage().then(() =>
      browser.contextMenus.create({
        id: SAVE_MENU_ID,
        title: t('menu.savePage'),
        contexts: ['page'],
        documentUrlPatterns: [...HOST_MATCHES],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveActiveTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'save-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    void saveActiveTab(tab?.id);
  });
});
