import { describe, expect, it } from 'vitest';
import { canonicalUrl, stripTracking } from '../../../src/extraction/canonical';
import { parseWithLinkedom } from '../../fixtures/load';

const page = (head: string) => parseWithLinkedom(`<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`);

describe('stripTracking', () => {
  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(stripTracking('https://www.inform.kz/ru/lenta/?page=2&utm_source=tg&utm_medium=social&fbclid=abc#top')).toBe('https://www.inform.kz/ru/lenta/?page=2');
    expect(stripTracking('https://qazinform.com/news/x-4e7a1c?gclid=1&yclid=2&_ga=3')).toBe('https://qazinform.com/news/x-4e7a1c');
  });
  it('refuses what is not an absolute http(s) URL', () => {
    expect(stripTracking('/ru/x')).toBeNull();
    expect(stripTracking('javascript:alert(1)')).toBeNull();
  });
});

describe('canonicalUrl', () => {
  const url = 'https://www.inform.kz/ru/x-4c2a9e1b?utm_source=tg#comments';
  it('prefers rel=canonical, resolved against the page', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="/ru/x-4c2a9e1b">'), url)).toBe('https://www.inform.kz/ru/x-4c2a9e1b');
  });
  it('then og:url', () => {
    expect(canonicalUrl(page('<meta property="og:url" content="https://www.inform.kz/ru/x-4c2a9e1b?utm_campaign=a">'), url)).toBe('https://www.inform.kz/ru/x-4c2a9e1b');
  });
  it('accepts the Kazinform family of hosts but not a foreign host', () => {
    expect(canonicalUrl(page('<link rel="canonical" href="https://qazinform.com/news/x-4e7a1c">'), 'https://en.inform.kz/news/x_a1234567/')).toBe('https://qazinform.com/news/x-4e7a1c');
    expect(canonicalUrl(page('<link rel="canonical" href="https://evil.example/x">'), url)).toBe('https://www.inform.kz/ru/x-4c2a9e1b');
  });
  it('falls back to the page URL without tracking and fragment', () => {
    expect(canonicalUrl(page(''), url)).toBe('https://www.inform.kz/ru/x-4c2a9e1b');
  });
});
