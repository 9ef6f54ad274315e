/**
 * The toolbar badge: the saved sign for the current tab's article.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../messaging/protocol';

const BADGE: Partial<Record<TabState, { text: string; color: string }>> = {
  saved: { text: '✓', color: '#1a7f37' },
  'save-failed': { text: '!', color: '#cf222e' },
};

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

function actionApi(): ActionApi {
  // MV2 Firefox exposes browserAction; MV3 exposes action.
  return (browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction) as ActionApi;
}

export async function showTabState(tabId: number, state: TabState, title: string): Promise<void> {
  const api = actionApi();
  const b = BADGE[state];
  try {
    await api.setBadgeText({ tabId, text: b?.text ?? '' });
    if (b) await api.setBadgeBackgroundColor({ tabId, color: b.color });
    await api.setTitle({ tabId, title });
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
