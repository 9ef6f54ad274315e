import browser from 'webextension-polyfill';
import { HOST_MATCHES } from '../src/sites/hosts';
import { readAndReport, readPage, sendWithRetry, type Ask, type Channel } from '../src/content/page-reader';
import { buildPrompt } from '../src/content/save-prompt';
import type { ErrorResponse, PageStatusResponse, SaveResponse } from '../src/messaging/protocol';

export default defineContentScript({
  matches: [...HOST_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const channel: Channel = {
      pageStatus: (m) => sendWithRetry(() => browser.runtime.sendMessage(m) as Promise<PageStatusResponse | ErrorResponse>),
      save: (m) => sendWithRetry(() => browser.runtime.sendMessage(m) as Promise<SaveResponse | ErrorResponse>),
    };

    let removePrompt: (() => void) | null = null;
    const ask: Ask = (strings, save) => {
      removePrompt?.();
      void createShadowRootUi(ctx, {
        name: 'dala-save-prompt',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount: (container) => buildPrompt(container, strings, save, () => removePrompt?.()),
      }).then((ui) => {
        ui.mount();
        removePrompt = () => {
          ui.remove();
          removePrompt = null;
        };
      });
    };

    const report = () =>
      readAndReport(document, location.href, channel, ask)
        .then((outcome) => {
          if (outcome.kind === 'failed') console.warn('[Dala Reader] this article was not saved:', outcome.error);
        })
        .catch((e: unknown) => console.warn('[Dala Reader] this page could not be reported; reload to retry:', e));

    // The popup's "Save this page", the context menu and the keyboard shortcut ask for a fresh read.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'extract-now') {
        return Promise.resolve(readPage(document, location.href));
      }
      return undefined;
    });

    void report();
    // Sites that swap articles without a page load still get each one read.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      removePrompt?.();
      void report();
    });
  },
});
