import { describe, expect, it } from 'vitest';
import { parseMessage, validateArticle } from '../../../src/messaging/validate';
import { LIMITS } from '../../../src/messaging/protocol';
import { makeArticle } from '../helpers/article';

describe('parseMessage', () => {
  it('accepts a well-formed save-article message and keeps every field', () => {
    const article = makeArticle();
    const r = parseMessage({ type: 'save-article', article, trigger: 'auto' });
    expect(r).toEqual({ ok: true, value: { type: 'save-article', article, trigger: 'auto' } });
  });

  it.each([
    [null, 'message: expected an object'],
    ['save', 'message: expected an object'],
    [{}, 'message.type: missing'],
    [{ type: 'drop-tables' }, 'unknown type "drop-tables"'],
    [{ type: 'save-article', article: makeArticle(), trigger: 'sometimes' }, 'trigger'],
    [{ type: 'save-article', article: { ...makeArticle(), site: 'tengrinews' }, trigger: 'auto' }, 'article.site'],
    [{ type: 'save-article', article: { ...makeArticle(), lang: 'fr' }, trigger: 'auto' }, 'article.lang'],
    [{ type: 'save-article', article: { ...makeArticle(), title: '   ' }, trigger: 'auto' }, 'article.title: empty'],
    [{ type: 'save-article', article: { ...makeArticle(), title: 42 }, trigger: 'auto' }, 'article.title: expected a string'],
    [{ type: 'save-article', article: { ...makeArticle(), url: 'javascript:alert(1)' }, trigger: 'auto' }, 'article.url'],
    [{ type: 'save-article', article: { ...makeArticle(), publishedAt: '20 March 2023' }, trigger: 'auto' }, 'article.publishedAt'],
    [{ type: 'save-article', article: { ...makeArticle(), paragraphs: [], lead: null }, trigger: 'auto' }, 'no body text'],
    [{ type: 'save-article', article: { ...makeArticle(), paragraphs: [1, 2] }, trigger: 'auto' }, 'article.paragraphs[0]'],
    [{ type: 'save-article', article: { ...makeArticle(), tags: [{ label: 'x', url: 'file:///etc/passwd' }] }, trigger: 'auto' }, 'article.tags[0].url'],
    [{ type: 'save-article', article: { ...makeArticle(), fieldMethods: { body: 'site' } }, trigger: 'auto' }, 'fieldMethods key'],
    [{ type: 'save-tab', tabId: -1 }, 'tabId'],
    [{ type: 'save-tab', tabId: '3' }, 'tabId'],
    [{ type: 'page-status', url: 'https://www.inform.kz/ru/lenta/', isArticle: 'no' }, 'isArticle'],
  ])('rejects %j with a reason naming the field', (msg, reason) => {
    const r = parseMessage(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });

  it('rejects oversized text instead of truncating it', () => {
    const long = 'а'.repeat(LIMITS.paragraph + 1);
    const r = parseMessage({ type: 'save-article', article: makeArticle({ paragraphs: [long] }), trigger: 'auto' });
    expect(r.ok).toBe(false);
    const many = Array.from({ length: LIMITS.paragraphs + 1 }, () => 'x');
    expect(parseMessage({ type: 'save-article', article: makeArticle({ paragraphs: many }), trigger: 'auto' }).ok).toBe(false);
  });

  it('rejects a total text above the limit even when each paragraph is allowed', () => {
    const p = 'x'.repeat(LIMITS.paragraph);
    const paragraphs = Array.from({ length: Math.ceil(LIMITS.totalText / LIMITS.paragraph) + 1 }, () => p);
    const r = parseMessage({ type: 'save-article', article: makeArticle({ paragraphs }), trigger: 'auto' });
    expect(r.ok).toBe(false);
  });

  it('keeps markup-looking text as text', () => {
    const a = validateArticle(makeArticle({ title: '<img src=x onerror=alert(1)>' }));
    expect(a.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('publishedDateOnly', () => {
  const article = (over: Record<string, unknown>) => ({ type: 'save-article', article: { ...makeArticle({ publishedAt: '2023-03-18T00:00:00+06:00' }), ...over }, trigger: 'auto' });
  const dateOnlyOf = (r: ReturnType<typeof parseMessage>) => (r.ok && r.value.type === 'save-article' ? r.value.article.publishedDateOnly : 'rejected');

  it('is kept when the page gave a date without a time, and always set (so a later save replaces it)', () => {
    expect(dateOnlyOf(parseMessage(article({ publishedDateOnly: true })))).toBe(true);
    expect(dateOnlyOf(parseMessage(article({ publishedDateOnly: false })))).toBe(false);
    expect(dateOnlyOf(parseMessage(article({})))).toBe(false);
  });
  it('is false when there is no date at all', () => {
    expect(dateOnlyOf(parseMessage(article({ publishedAt: null, publishedDateOnly: true })))).toBe(false);
  });
  it.each(['yes', 1, null, {}])('rejects %j', (v) => {
    const r = parseMessage(article({ publishedDateOnly: v }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('publishedDateOnly');
  });
});

describe('publishedAt must name a real instant', () => {
  it.each(['2023-02-30T10:00:00+06:00', '2023-04-31T10:00+06:00', '2023-03-20T24:00:00+06:00', '2023-03-20T22:60:00+06:00', '2023-03-20T22:00:00+23:59', '2023-03-20'])(
    'rejects %s',
    (d) => {
      expect(parseMessage({ type: 'save-article', article: makeArticle({ publishedAt: d }), trigger: 'auto' }).ok).toBe(false);
    },
  );
  it.each(['2024-02-29T23:40:00+06:00', '2024-03-01T00:05:00+05:00', '2023-03-20T22:00Z', '2026-01-30T17:36:00.5+05:00'])('accepts %s', (d) => {
    expect(parseMessage({ type: 'save-article', article: makeArticle({ publishedAt: d }), trigger: 'auto' }).ok).toBe(true);
  });
});
