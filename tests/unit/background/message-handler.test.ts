import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type HandlerDeps, type MessageSender } from '../../../src/background/message-handler';
import { StorageError } from '../../../src/storage/errors';
import { makeArticle } from '../helpers/article';

const EXT = 'dala-test-id';
const BASE = 'chrome-extension://dala-test-id/';

function setup(over: Partial<HandlerDeps> = {}) {
  const logs: string[] = [];
  const states: [number, string][] = [];
  const deps: HandlerDeps = {
    extensionId: EXT,
    extensionBaseUrl: BASE,
    save: vi.fn(async () => ({ id: 7, created: true, changed: true })),
    findByUrl: vi.fn(async () => undefined),
    saveMode: vi.fn(async () => 'auto' as const),
    promptStrings: async () => ({ lang: 'en', dir: 'ltr', question: 'Save?', save: 'Save', dismiss: 'No', saved: 'Saved', failed: 'Failed: {{error}}' }),
    requestExtraction: vi.fn(async () => makeArticle()),
    tabUrl: vi.fn(async () => 'https://qazinform.com/news/x-abc123'),
    onTabState: (tab, s) => {
      states.push([tab, s]);
    },
    log: (r) => logs.push(r),
    ...over,
  };
  return { ...createMessageHandler(deps), deps, logs, states };
}

const contentSender: MessageSender = { id: EXT, url: 'https://qazinform.com/news/x-abc123', tab: { id: 3, url: 'https://qazinform.com/news/x-abc123' } };
const popupSender: MessageSender = { id: EXT, url: BASE + 'popup.html' };

describe('save-article', () => {
  it('stores a valid article from our content script and marks the tab saved', async () => {
    const h = setup();
    const r = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, contentSender);
    expect(r).toEqual({ ok: true, id: 7, created: true, changed: true });
    expect(h.deps.save).toHaveBeenCalledOnce();
    expect(h.states).toEqual([[3, 'saved']]);
  });

  it.each<[string, MessageSender]>([
    ['another extension', { ...contentSender, id: 'evil' }],
    ['a tab on another site', { id: EXT, tab: { id: 3, url: 'https://example.com/' } }],
    ['an extension page', popupSender],
    ['no tab at all', { id: EXT }],
  ])('rejects a save from %s and logs why', async (_name, sender) => {
    const h = setup();
    const r = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, sender);
    expect(r).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(h.deps.save).not.toHaveBeenCalled();
    expect(h.logs[0]).toMatch(/rejected save-article/);
  });

  it('rejects an article whose canonical URL leads outside the supported sites', async () => {
    const h = setup();
    const r = await h.handle({ type: 'save-article', article: makeArticle({ canonicalUrl: 'https://evil.example/a' }), trigger: 'auto' }, contentSender);
    expect(r).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(h.deps.save).not.toHaveBeenCalled();
  });

  it('rejects an article whose own URL is outside the supported sites', async () => {
    const h = setup();
    const r = await h.handle({ type: 'save-article', article: makeArticle({ url: 'https://example.com/a' }), trigger: 'auto' }, contentSender);
    expect(r).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(h.deps.save).not.toHaveBeenCalled();
  });

  it('rejects malformed messages with the reason, storing nothing', async () => {
    const h = setup();
    const r = await h.handle({ type: 'save-article', article: { title: 'x' } }, contentSender);
    expect(r).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(h.logs[0]).toMatch(/^rejected message: /);
    expect(h.deps.save).not.toHaveBeenCalled();
  });

  it('answers a full quota with a clear error instead of throwing', async () => {
    const h = setup({ save: async () => Promise.reject(new StorageError('quota-exceeded', 'storage quota reached')) });
    const r = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, contentSender);
    expect(r).toEqual({ ok: false, code: 'quota-exceeded', error: 'storage quota reached' });
    expect(h.logs[0]).toMatch(/save failed/);
  });

  it('shows a failed automatic save on the badge and in the tab state, until a save of it succeeds', async () => {
    const article = makeArticle();
    let full = true;
    const h = setup({
      save: vi.fn(async () => {
        if (full) throw new StorageError('quota-exceeded', 'storage quota reached');
        return { id: 9, created: true, changed: true };
      }),
      tabUrl: vi.fn(async () => article.url),
    });
    await h.handle({ type: 'save-article', article, trigger: 'auto' }, contentSender);
    expect(h.states).toEqual([[3, 'save-failed']]);
    expect(await h.tabStatus(3)).toEqual({
      ok: true,
      state: 'save-failed',
      url: article.url,
      articleId: null,
      reason: 'storage quota reached',
      failure: { code: 'quota-exceeded', error: 'storage quota reached' },
    });
    // Another tab is not concerned.
    expect(await h.tabStatus(4)).toMatchObject({ state: 'unknown' });
    // Space made: the popup's Save again succeeds and the failure is gone.
    full = false;
    expect(await h.saveTab(3)).toMatchObject({ ok: true, id: 9 });
    expect(h.states.at(-1)).toEqual([3, 'saved']);
    (h.deps.findByUrl as ReturnType<typeof vi.fn>).mockResolvedValue({ id: 9 });
    expect(await h.tabStatus(3)).toMatchObject({ state: 'saved', articleId: 9 });
  });

  it('forgets a failure when the tab reports a new page', async () => {
    const article = makeArticle();
    const h = setup({ save: async () => Promise.reject(new StorageError('storage-unavailable', 'IndexedDB is not available')), tabUrl: vi.fn(async () => article.url) });
    await h.handle({ type: 'save-article', article, trigger: 'auto' }, contentSender);
    expect(await h.tabStatus(3)).toMatchObject({ state: 'save-failed', failure: { code: 'storage-unavailable' } });
    await h.handle({ type: 'page-status', url: article.url, isArticle: true, site: 'kazinform', reason: null }, contentSender);
    expect(await h.tabStatus(3)).toMatchObject({ state: 'not-saved' });
  });
});

describe('the badge before the answer (a worker stopped in between never answers, so the page sends again)', () => {
  /** onTabState that shows nothing until `show()` is called, as a badge waiting on the interface language. */
  function slowBadge() {
    let show = () => {};
    const shown = new Promise<void>((resolve) => {
      show = resolve;
    });
    return { onTabState: () => shown, show: () => show() };
  }
  const settled = async (p: Promise<unknown>) => {
    let done = false;
    void p.then(() => {
      done = true;
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    return done;
  };

  it('answers a save only once the badge shows it', async () => {
    const badge = slowBadge();
    const h = setup({ onTabState: badge.onTabState });
    const answer = h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, contentSender);
    expect(await settled(answer)).toBe(false);
    expect(h.deps.save).toHaveBeenCalledOnce();
    badge.show();
    expect(await answer).toEqual({ ok: true, id: 7, created: true, changed: true });
  });

  it('answers a page report only once the badge shows the tab as saved', async () => {
    const badge = slowBadge();
    const h = setup({ onTabState: badge.onTabState, findByUrl: async () => ({ id: 1 }), saveMode: async () => 'never' });
    const status = { type: 'page-status', url: 'https://qazinform.com/news/x-abc123', isArticle: true, site: 'kazinform', lang: 'en', reason: null };
    const answer = h.handle(status, contentSender);
    expect(await settled(answer)).toBe(false);
    badge.show();
    expect(await answer).toMatchObject({ ok: true, saved: true });
  });

  it('a badge that cannot be set is logged; the save still succeeds', async () => {
    const h = setup({ onTabState: async () => Promise.reject(new Error('No tab with id: 3')) });
    const r = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, contentSender);
    expect(r).toEqual({ ok: true, id: 7, created: true, changed: true });
    expect(h.logs).toEqual(['badge of tab 3 not set to saved: No tab with id: 3']);
  });
});

describe('save modes', () => {
  const status = { type: 'page-status', url: 'https://qazinform.com/news/x-abc123', isArticle: true, site: 'kazinform', lang: 'en', reason: null };

  it('tells the content script the mode, whether the article is saved, and the prompt words when asking', async () => {
    const auto = setup();
    expect(await auto.handle(status, contentSender)).toEqual({ ok: true, saveMode: 'auto', saved: false, prompt: null });
    const ask = setup({ saveMode: async () => 'ask' });
    expect(await ask.handle(status, contentSender)).toMatchObject({ ok: true, saveMode: 'ask', saved: false, prompt: { question: 'Save?' } });
    const askSaved = setup({ saveMode: async () => 'ask', findByUrl: async () => ({ id: 1 }) });
    expect(await askSaved.handle(status, contentSender)).toMatchObject({ saveMode: 'ask', saved: true, prompt: null });
    expect(askSaved.states).toEqual([[3, 'saved']]);
  });

  it.each(['ask', 'never'] as const)('refuses an automatic save when the site is set to %s, but takes a manual one', async (mode) => {
    const h = setup({ saveMode: async () => mode });
    const auto = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'auto' }, contentSender);
    expect(auto).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(h.deps.save).not.toHaveBeenCalled();
    const manual = await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'manual' }, contentSender);
    expect(manual).toMatchObject({ ok: true });
  });
});

describe('save-tab and tab-status', () => {
  it('extracts the tab on request and saves it', async () => {
    const h = setup();
    const r = await h.handle({ type: 'save-tab', tabId: 3 }, popupSender);
    expect(r).toMatchObject({ ok: true, id: 7 });
    expect(h.deps.requestExtraction).toHaveBeenCalledWith(3);
  });

  it('says why when the tab is not an article', async () => {
    const h = setup({ requestExtraction: async () => ({ isArticle: false, site: 'kazinform', lang: 'ru', url: 'x', reason: 'a news feed' }) });
    expect(await h.handle({ type: 'save-tab', tabId: 3 }, popupSender)).toEqual({ ok: false, code: 'not-an-article', error: 'a news feed' });
  });

  it('says the page must be reloaded when no content script answers on a supported site', async () => {
    const h = setup({ requestExtraction: async () => Promise.reject(new Error('no receiver')) });
    expect(await h.handle({ type: 'save-tab', tabId: 3 }, popupSender)).toMatchObject({ ok: false, code: 'no-content-script' });
  });

  it('rejects a content script result that is not a valid article', async () => {
    const h = setup({ requestExtraction: async () => ({ isArticle: true, title: '' }) });
    expect(await h.handle({ type: 'save-tab', tabId: 3 }, popupSender)).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(h.deps.save).not.toHaveBeenCalled();
  });

  it('answers an extension page opened in a tab (the library), not only the popup', async () => {
    const h = setup();
    const libraryTab: MessageSender = { id: EXT, url: BASE + 'library.html', tab: { id: 9, url: BASE + 'library.html' } };
    expect(await h.handle({ type: 'tab-status', tabId: 3 }, libraryTab)).toMatchObject({ ok: true });
    expect(await h.handle({ type: 'save-article', article: makeArticle(), trigger: 'manual' }, libraryTab)).toMatchObject({ code: 'forbidden-sender' });
  });

  it('only extension pages may ask', async () => {
    const h = setup();
    expect(await h.handle({ type: 'save-tab', tabId: 3 }, contentSender)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(await h.handle({ type: 'tab-status', tabId: 3 }, { id: 'other', url: 'chrome-extension://other/popup.html' })).toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
  });

  it('reports saved, not-article, unsupported and unknown tabs', async () => {
    const saved = setup({ findByUrl: async () => ({ id: 9 }) });
    expect(await saved.handle({ type: 'tab-status', tabId: 3 }, popupSender)).toMatchObject({ state: 'saved', articleId: 9 });

    const feed = setup();
    await feed.handle(
      { type: 'page-status', url: 'https://qazinform.com/news/x-abc123', isArticle: false, site: 'kazinform', lang: 'en', reason: 'a list of news' },
      contentSender,
    );
    expect(await feed.handle({ type: 'tab-status', tabId: 3 }, popupSender)).toMatchObject({ state: 'not-article', reason: 'a list of news' });

    const other = setup({ tabUrl: async () => 'https://example.com/' });
    expect(await other.handle({ type: 'tab-status', tabId: 3 }, popupSender)).toMatchObject({ state: 'unsupported' });

    const fresh = setup();
    expect(await fresh.handle({ type: 'tab-status', tabId: 3 }, popupSender)).toMatchObject({ state: 'unknown' });
  });

  it('does not accept background-bound replies addressed elsewhere', async () => {
    const h = setup();
    expect(await h.handle({ type: 'extract-now' }, popupSender)).toMatchObject({ ok: false, code: 'invalid-message' });
  });
});
