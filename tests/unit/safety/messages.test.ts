/**
 * The background takes messages only from its own content scripts (saves: on a page
 * inside the host permissions) and its own pages, checks every field's type and size
 * (messaging/protocol.ts LIMITS), and rejects anything else with a logged reason,
 * storing nothing. The cases here add to tests/unit/background/message-handler.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type HandlerDeps, type MessageSender } from '../../../src/background/message-handler';
import { LIMITS } from '../../../src/messaging/protocol';
import type { ExtractedArticle } from '../../../src/extraction/types';
import { makeArticle } from '../helpers/article';

const EXT = 'dala-test-id';
const BASE = `chrome-extension://${EXT}/`;
const PAGE = 'https://qazinform.com/news/x-abc123';

function setup() {
  const logs: string[] = [];
  const save = vi.fn(async (_article: ExtractedArticle) => ({ id: 1, created: true, changed: true }));
  const deps: HandlerDeps = {
    extensionId: EXT,
    extensionBaseUrl: BASE,
    save,
    findByUrl: async () => undefined,
    saveMode: async () => 'auto',
    promptStrings: async () => ({ lang: 'en', dir: 'ltr', question: '?', save: 'Save', dismiss: 'No', saved: 'Saved', failed: 'Failed' }),
    requestExtraction: vi.fn(async () => makeArticle()),
    tabUrl: async () => PAGE,
    onTabState: () => undefined,
    log: (r) => logs.push(r),
  };
  return { handle: createMessageHandler(deps).handle, save, requestExtraction: deps.requestExtraction, logs };
}

const content: MessageSender = { id: EXT, url: PAGE, tab: { id: 3, url: PAGE } };
const popup: MessageSender = { id: EXT, url: `${BASE}popup.html` };
const saveMsg = (article: unknown) => ({ type: 'save-article', article, trigger: 'manual' });
const pageStatus = (over: Record<string, unknown> = {}) => ({ type: 'page-status', url: PAGE, isArticle: true, site: 'kazinform', lang: 'en', reason: null, ...over });

describe('senders', () => {
  const contentFrom = (url: string, id = EXT): MessageSender => ({ id, url, tab: { id: 3, url } });

  it.each([
    ['another extension', contentFrom(PAGE, 'other-extension-id')],
    ['no extension id at all', { url: PAGE, tab: { id: 3, url: PAGE } }],
    ['a tab with no id', { id: EXT, url: PAGE, tab: { url: PAGE } }],
    ['a look-alike host ending in a supported name', contentFrom('https://evilinform.kz/news/x-abc123')],
    ['a supported name as a subdomain of another host', contentFrom('https://inform.kz.evil.example/news/x-abc123')],
    ['a supported name as a subdomain of another host (qazinform)', contentFrom('https://qazinform.com.evil.example/news/x-abc123')],
    ['a sibling of the Senate host', contentFrom('https://parlam.kz/ru/news')],
    ['a longer host around the Senate name', contentFrom('https://senate.parlam.kz.evil.example/ru-RU/news/details/1')],
    ['a supported name in the path', contentFrom('https://evil.example/inform.kz/news/x-abc123')],
    ['a supported name in the user info', contentFrom('https://inform.kz@evil.example/news/x-abc123')],
    ['a supported name in the fragment', contentFrom('https://evil.example/#https://inform.kz/')],
    ['a file URL', contentFrom('file:///inform.kz/news/x-abc123')],
    ['an ftp URL', contentFrom('ftp://inform.kz/news/x-abc123')],
    ['a data URL', contentFrom('data:text/html,<p>inform.kz</p>')],
    ['an extension page in a tab', contentFrom(`${BASE}popup.html`)],
    ['no URL at all', { id: EXT, tab: { id: 3 } }],
    ['a frame of another site inside a supported tab', { id: EXT, url: 'https://evil.example/frame', tab: { id: 3, url: PAGE } }],
  ])('refuses save-article and page-status from %s, with a logged reason', async (_name, sender) => {
    const h = setup();
    for (const message of [saveMsg(makeArticle()), pageStatus()]) {
      expect(await h.handle(message, sender)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    }
    expect(h.save).not.toHaveBeenCalled();
    expect(h.logs).toHaveLength(2);
    expect(h.logs.every((l) => /^rejected (save-article|page-status): sender .* is not our content script/.test(l))).toBe(true);
  });

  it.each([
    ['our content script', content],
    ['another extension’s page', { id: 'other-extension-id', url: 'chrome-extension://other-extension-id/popup.html' }],
    ['our id but a URL of another extension origin', { id: EXT, url: `chrome-extension://${EXT}.evil/popup.html` }],
    ['our id but a web page URL', { id: EXT, url: 'https://evil.example/' }],
    ['our id and no URL', { id: EXT }],
    ['no id', { url: `${BASE}popup.html` }],
  ])('refuses save-tab and tab-status from %s', async (_name, sender) => {
    const h = setup();
    for (const message of [{ type: 'save-tab', tabId: 3 }, { type: 'tab-status', tabId: 3 }]) {
      expect(await h.handle(message, sender)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    }
    expect(h.requestExtraction).not.toHaveBeenCalled();
    expect(h.logs).toEqual(['rejected save-tab: sender is not an extension page', 'rejected tab-status: sender is not an extension page']);
  });

  it('refuses an article whose own URL is on another site even from a supported tab', async () => {
    const h = setup();
    for (const url of ['https://evil.example/news/x-abc123', 'https://inform.kz.evil.example/x-abc123']) {
      expect(await h.handle(saveMsg(makeArticle({ url })), content)).toMatchObject({ ok: false, code: 'forbidden-sender' });
    }
    expect(h.save).not.toHaveBeenCalled();
    expect(h.logs.every((l) => l.startsWith('rejected save-article: article URL'))).toBe(true);
  });

  it('accepts the same messages from the right senders (the cases above fail for their sender, not their shape)', async () => {
    const h = setup();
    expect(await h.handle(saveMsg(makeArticle()), content)).toMatchObject({ ok: true });
    expect(await h.handle(pageStatus(), content)).toMatchObject({ ok: true });
    expect(await h.handle({ type: 'tab-status', tabId: 3 }, popup)).toMatchObject({ ok: true });
    expect(await h.handle({ type: 'save-tab', tabId: 3 }, popup)).toMatchObject({ ok: true });
    // An extension page opened in a tab (the library) is still an extension page.
    expect(await h.handle({ type: 'tab-status', tabId: 3 }, { id: EXT, url: `${BASE}library.html`, tab: { id: 9, url: `${BASE}library.html` } })).toMatchObject({ ok: true });
    expect(h.logs).toEqual([]);
  });
});

/** A URL on a supported site exactly `length` characters long. */
function urlOfLength(length: number): string {
  const head = 'https://qazinform.com/news/';
  const tail = '-abc123';
  return head + 'a'.repeat(length - head.length - tail.length) + tail;
}

const text = (n: number) => 'ж'.repeat(n);

type Case = [field: string, over: (n: number) => Partial<ExtractedArticle>, limit: number];

describe('size limits of a saved article (each accepted at the limit, rejected one above, naming the field)', () => {
  const cases: Case[] = [
    ['article.url', (n) => ({ url: urlOfLength(n) }), LIMITS.url],
    ['article.canonicalUrl', (n) => ({ canonicalUrl: urlOfLength(n) }), LIMITS.url],
    ['article.tags[0].url', (n) => ({ tags: [{ label: 'x', url: urlOfLength(n) }] }), LIMITS.url],
    ['article.title', (n) => ({ title: text(n) }), LIMITS.title],
    ['article.dateline', (n) => ({ dateline: text(n) }), LIMITS.shortText],
    ['article.author', (n) => ({ author: text(n) }), LIMITS.shortText],
    ['article.tags[0].label', (n) => ({ tags: [{ label: text(n), url: '' }] }), LIMITS.shortText],
    ['article.credits[0]', (n) => ({ credits: [text(n)] }), LIMITS.shortText],
    ['article.warnings[0]', (n) => ({ warnings: [text(n)] }), LIMITS.shortText],
    ['article.lead', (n) => ({ lead: text(n) }), LIMITS.paragraph],
    ['article.paragraphs[0]', (n) => ({ paragraphs: [text(n)] }), LIMITS.paragraph],
    ['article.paragraphs', (n) => ({ paragraphs: Array.from({ length: n }, () => 'p') }), LIMITS.paragraphs],
    ['article.tags', (n) => ({ tags: Array.from({ length: n }, (_, i) => ({ label: `t${i}`, url: '' })) }), LIMITS.tags],
    ['article.credits', (n) => ({ credits: Array.from({ length: n }, () => 'c') }), LIMITS.credits],
    ['article.warnings', (n) => ({ warnings: Array.from({ length: n }, () => 'w') }), LIMITS.warnings],
    ['article.adapter', (n) => ({ adapter: 'a'.repeat(n) }), 200],
    [
      'article',
      (n) => ({ title: 'T', lead: null, paragraphs: [...Array.from({ length: Math.floor((n - 1) / LIMITS.paragraph) }, () => 'x'.repeat(LIMITS.paragraph)), 'x'.repeat((n - 1) % LIMITS.paragraph)].filter(Boolean) }),
      LIMITS.totalText,
    ],
  ];

  it.each(cases)('%s', async (field, over, limit) => {
    const h = setup();
    expect(await h.handle(saveMsg(makeArticle(over(limit))), content)).toMatchObject({ ok: true });
    const r = await h.handle(saveMsg(makeArticle(over(limit + 1))), content);
    expect(r).toMatchObject({ ok: false, code: 'invalid-message' });
    if (!r.ok) expect(r.error.startsWith(`${field}: `) && /longer than|more than/.test(r.error), r.error).toBe(true);
    expect(h.save).toHaveBeenCalledTimes(1);
    expect(h.logs).toEqual([`rejected message: ${r.ok ? '' : r.error}`]);
  });

  it('a page report: url and reason', async () => {
    const h = setup();
    expect(await h.handle(pageStatus({ url: urlOfLength(LIMITS.url), reason: text(LIMITS.shortText) }), content)).toMatchObject({ ok: true });
    expect(await h.handle(pageStatus({ url: urlOfLength(LIMITS.url + 1) }), content)).toMatchObject({ ok: false, error: expect.stringMatching(/^url: longer than/) });
    expect(await h.handle(pageStatus({ reason: text(LIMITS.shortText + 1) }), content)).toMatchObject({ ok: false, error: expect.stringMatching(/^reason: longer than/) });
  });
});

describe('field types (each rejected with the field named, nothing stored)', () => {
  const bad: [string, Record<string, unknown>][] = [
    ['article.isArticle', { isArticle: false }],
    ['article.isArticle', { isArticle: 'true' }],
    ['article.site', { site: 3 }],
    ['article.site', { site: 'tengrinews' }],
    ['article.lang', { lang: null }],
    ['article.lang', { lang: 'EN' }],
    ['article.url', { url: 42 }],
    ['article.url', { url: 'not a url' }],
    ['article.url', { url: 'javascript:alert(1)//qazinform.com' }],
    ['article.canonicalUrl', { canonicalUrl: null }],
    ['article.canonicalUrl', { canonicalUrl: 'data:text/html,<script>alert(1)</script>' }],
    ['article.title', { title: null }],
    ['article.title', { title: ['a'] }],
    ['article.title', { title: ' \u00a0\n ' }],
    ['article.publishedAt', { publishedAt: 1679328000000 }],
    ['article.publishedAt', { publishedAt: '2023-03-20' }],
    ['article.publishedAt', { publishedAt: '2023-03-20T22:00:00' }],
    ['article.publishedAt', { publishedAt: '2023-13-01T10:00:00+06:00' }],
    ['article.publishedAt', { publishedAt: '2023-03-20T25:00:00+06:00' }],
    ['article.publishedAt', { publishedAt: `2023-03-20T22:00:00.${'0'.repeat(40)}+06:00` }],
    ['article.dateline', { dateline: 7 }],
    ['article.author', { author: { name: 'x' } }],
    ['article.lead', { lead: ['a'] }],
    ['article.paragraphs', { paragraphs: 'one string' }],
    ['article.paragraphs', { paragraphs: [], lead: null }],
    ['article.paragraphs[1]', { paragraphs: ['ok', null] }],
    ['article.paragraphs[0]', { paragraphs: [{ toString: () => 'x' }] }],
    ['article.tags', { tags: { label: 'x', url: '' } }],
    ['article.tags[0]', { tags: ['Majilis'] }],
    ['article.tags[0].label', { tags: [{ label: 1, url: '' }] }],
    ['article.tags[0].url', { tags: [{ label: 'x' }] }],
    ['article.tags[0].url', { tags: [{ label: 'x', url: 'javascript:alert(1)' }] }],
    ['article.credits', { credits: 'Photo' }],
    ['article.credits[0]', { credits: [false] }],
    ['article.method', { method: 'magic' }],
    ['article.fieldMethods', { fieldMethods: 'site' }],
    ['article.fieldMethods', { fieldMethods: ['site'] }],
    ['article.fieldMethods key', { fieldMethods: { body: 'site' } }],
    ['article.fieldMethods key', { fieldMethods: JSON.parse('{"__proto__": "site"}') }],
    ['article.fieldMethods.title', { fieldMethods: { title: 'guess' } }],
    ['article.adapter', { adapter: 1 }],
    ['article.warnings', { warnings: 'w' }],
    ['article.warnings[0]', { warnings: [{}] }],
  ];

  it.each(bad)('%s: %j', async (field, over) => {
    const h = setup();
    const r = await h.handle(saveMsg({ ...makeArticle(), ...over }), content);
    expect(r).toMatchObject({ ok: false, code: 'invalid-message' });
    if (!r.ok) expect(r.error.startsWith(`${field}: `), r.error).toBe(true);
    expect(h.save).not.toHaveBeenCalled();
    expect(h.logs).toHaveLength(1);
  });

  it.each<[string, unknown]>([
    ['message', null],
    ['message', undefined],
    ['message', 'save-article'],
    ['message', ['save-article']],
    ['message.type', { type: ['save-article'] }],
    ['message.type', { type: 'delete-everything' }],
    ['trigger', { type: 'save-article', article: makeArticle(), trigger: 'AUTO' }],
    ['trigger', { type: 'save-article', article: makeArticle() }],
    ['article', { type: 'save-article', article: 'json text', trigger: 'auto' }],
    ['url', pageStatus({ url: 'file:///etc/passwd' })],
    ['isArticle', pageStatus({ isArticle: 1 })],
    ['site', pageStatus({ site: 'example' })],
    ['lang', pageStatus({ lang: 'xx' })],
    ['reason', pageStatus({ reason: 404 })],
    ['tabId', { type: 'save-tab', tabId: 1.5 }],
    ['tabId', { type: 'save-tab', tabId: Number.NaN }],
    ['tabId', { type: 'tab-status', tabId: Number.POSITIVE_INFINITY }],
    ['tabId', { type: 'tab-status', tabId: 2 ** 53 }],
    ['tabId', { type: 'tab-status', tabId: null }],
  ])('%s of %j', async (field, message) => {
    const h = setup();
    const r = await h.handle(message, popup);
    expect(r).toMatchObject({ ok: false, code: 'invalid-message' });
    if (!r.ok) expect(r.error.startsWith(`${field}: `) || r.error.startsWith(`${field} `), r.error).toBe(true);
    expect(h.save).not.toHaveBeenCalled();
    expect(h.requestExtraction).not.toHaveBeenCalled();
    expect(h.logs[0]).toMatch(/^rejected message: /);
  });
});

describe('what reaches the store', () => {
  it('is only the known fields: extra ones (markup, functions, prototype keys) are dropped', async () => {
    const h = setup();
    const article = JSON.parse(JSON.stringify({ ...makeArticle(), html: '<script>alert(1)</script>', isAdmin: true }).replace('{', '{"__proto__":{"polluted":1},'));
    expect(await h.handle(saveMsg(article), content)).toMatchObject({ ok: true });
    const stored = h.save.mock.calls[0]?.[0] as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(Object.keys(makeArticle()).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
  });

  it('keeps markup-looking and bidi text exactly as text', async () => {
    const h = setup();
    const title = '<img src=x onerror=alert(1)> \u202Eevil\u202C zero\u200Bwidth';
    await h.handle(saveMsg(makeArticle({ title, paragraphs: ['<script>alert(1)</script>'] })), content);
    expect(h.save.mock.calls[0]?.[0]).toMatchObject({ title, paragraphs: ['<script>alert(1)</script>'] });
  });
});
