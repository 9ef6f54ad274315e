/**
 * Starting an extension page of the reading room (popup or library tab): language
 * from settings, a request that the browser keep the library, then the app with the
 * browser's real tabs, clipboard and background wired in.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { getDatabase } from '../storage/db';
import type { SaveTabMessage, TabStatusMessage } from '../messaging/protocol';
import { t } from '../i18n';
import { App } from './app/App';
import { articleIdFromHash } from './app/links';
import type { ActiveTab } from './app/TabStatus';
import type { Mode } from './app/types';
import { libraryNames } from './data/names';
import { startLanguage } from './language';
import { askToKeepLibrary, mountPoint } from './page';
import { extensionAppInfo } from './transfer/app-info';

/**
 * The tab the popup speaks of: the active tab of its window; or, when the page was opened
 * as popup.html?tab=<id> (end-to-end tests open the popup in a tab of its own), that tab.
 */
async function activeTab(): Promise<ActiveTab | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(asked) && asked > 0 ? await browser.tabs.get(asked) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

function send(message: SaveTabMessage | TabStatusMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

const copyText = (text: string) => navigator.clipboard.writeText(text);
const openTab = (url: string) => void browser.tabs.create({ url });

export async function startReadingRoom(mode: Mode): Promise<void> {
  const db = getDatabase();
  const { error } = await startLanguage(db);
  if (mode === 'library') document.title = t('app.library');
  void askToKeepLibrary();
  render(
    <App
      db={db}
      mode={mode}
      names={libraryNames(db)}
      openTab={openTab}
      copyText={copyText}
      openLibrary={
        mode === 'popup'
          ? () => {
              openTab(browser.runtime.getURL('/library.html'));
              window.close();
            }
          : undefined
      }
      openOptions={() => void browser.runtime.openOptionsPage()}
      tab={mode === 'popup' ? { activeTab, send } : undefined}
      initialArticleId={mode === 'library' ? articleIdFromHash(location.hash) : null}
      startupError={error}
      appInfo={mode === 'library' ? extensionAppInfo() : undefined}
    />,
    mountPoint(),
  );
}
