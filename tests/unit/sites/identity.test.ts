import { describe, expect, it } from 'vitest';
import { articleKeys, keysOf } from '../../../src/sites/identity';
import { isSupportedHost } from '../../../src/sites/hosts';

describe('articleKeys', () => {
  it('gives one key to URL variants of the same page', () => {
    const variants = [
      'https://www.inform.kz/ru/some-news-1a2b3c4d',
      'http://inform.kz/ru/some-news-1a2b3c4d/',
      'https://www.inform.kz/ru/some-news-1a2b3c4d?utm_source=tg#comments',
      'https://www.inform.kz/ru/some-news-1a2b3c4d/amp',
    ];
    const shared = variants.map(articleKeys).reduce((a, b) => a.filter((k) => b.includes(k)));
    expect(shared).toContain('url:inform.kz/ru/some-news-1a2b3c4d');
    expect(shared).toContain('kazinform:ru:1a2b3c4d');
  });

  it('links the old English URL on www.inform.kz and the same id on qazinform.com', () => {
    const a = articleKeys('https://www.inform.kz/en/kazakh-president-attends-senate-sitting_a3645897');
    const b = articleKeys('https://qazinform.com/news/kazakh-president-attends-senate-sitting_a3645897/amp');
    expect(a.filter((k) => b.includes(k))).toEqual(['kazinform:en:a3645897']);
  });

  it('keeps editions apart: the same number in another edition is another article', () => {
    const ru = articleKeys('https://www.inform.kz/ru/x_a3645897');
    const kz = articleKeys('https://www.inform.kz/kz/x_a3645897');
    expect(ru.filter((k) => kz.includes(k))).toEqual([]);
  });

  it('keys Senate news by edition and id', () => {
    expect(articleKeys('https://senate.parlam.kz/en-US/news/details/8816')).toContain('senate:en-us:8816');
  });

  it('has no keys for what is not a web URL', () => {
    expect(articleKeys('not a url')).toEqual([]);
    expect(articleKeys('javascript:alert(1)')).toEqual([]);
    expect(keysOf(['x', 'https://qazaqtv.com/en/news/1'])).toEqual(['url:qazaqtv.com/en/news/1']);
  });
});

describe('isSupportedHost', () => {
  it.each([
    ['https://www.inform.kz/ru/lenta/', true],
    ['https://qz.inform.kz/news/x-abc123/', true],
    ['https://qazinform.com/news/x', true],
    ['https://qazaqtv.com/en/news/1', true],
    ['https://senate.parlam.kz/en-US/news/details/1', true],
    ['https://parlam.kz/', false],
    ['https://mazhilis.parlam.kz/', false],
    ['https://notinform.kz/', false],
    ['https://inform.kz.evil.example/', false],
    ['chrome-extension://abc/popup.html', false],
    ['garbage', false],
  ])('%s -> %s', (url, ok) => expect(isSupportedHost(url)).toBe(ok));
});
