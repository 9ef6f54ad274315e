import { describe, expect, it } from 'vitest';
import { OUTPUT_LIMITS, fitToLimits, splitLong } from '../../../src/extraction/limits';
import { validateArticle } from '../../../src/messaging/validate';
import type { ExtractedArticle } from '../../../src/extraction/types';

const base: ExtractedArticle = {
  isArticle: true,
  site: 'kazinform',
  lang: 'en',
  url: 'https://qazinform.com/news/x-4e7a1c',
  canonicalUrl: 'https://qazinform.com/news/x-4e7a1c',
  title: 'Title',
  publishedAt: '2023-03-20T22:00:00+06:00',
  dateline: 'ASTANA',
  author: null,
  lead: null,
  paragraphs: ['Body.'],
  tags: [],
  credits: [],
  method: 'site',
  fieldMethods: { title: 'site', paragraphs: 'site' },
  adapter: 'kazinform@2023',
  warnings: [],
};

describe('output limits', () => {
  it('leave a normal article untouched', () => {
    expect(fitToLimits(base)).toEqual(base);
  });

  it('split an over-long paragraph without losing text', () => {
    const long = 'Astana is the capital. '.repeat(10_000).trim();
    const parts = splitLong(long, 100_000);
    expect(parts.every((p) => p.length <= 100_000)).toBe(true);
    expect(parts.join(' ')).toBe(long);
  });

  it('fit pathological pages so that the background accepts them, saying what changed', () => {
    const huge = fitToLimits({
      ...base,
      title: 'T'.repeat(5000),
      paragraphs: ['x '.repeat(300_000), ...Array.from({ length: 7000 }, (_, i) => `Paragraph ${i}.`)],
      tags: Array.from({ length: 300 }, (_, i) => ({ label: `tag ${i}`, url: '' })),
      credits: Array.from({ length: 250 }, (_, i) => `Photo: ${i}`),
      author: 'A'.repeat(3000),
      warnings: Array.from({ length: 300 }, (_, i) => `w${i}`),
    });
    expect(() => validateArticle(huge)).not.toThrow();
    expect(huge.paragraphs.length).toBeLessThanOrEqual(OUTPUT_LIMITS.paragraphs);
    expect(huge.paragraphs.join('\n')).toContain('Paragraph 6999.');
    expect(huge.author).toBeNull();
    expect(huge.warnings.length).toBe(OUTPUT_LIMITS.warnings);
  });

  it('cut the text at the total limit with a warning', () => {
    const r = fitToLimits({ ...base, paragraphs: Array.from({ length: 60 }, () => 'y'.repeat(99_000)) });
    expect(r.paragraphs.reduce((n, p) => n + p.length, 0) + r.title.length).toBeLessThanOrEqual(OUTPUT_LIMITS.totalText);
    expect(r.warnings.join('\n')).toMatch(/text cut at 5000000/);
    expect(() => validateArticle(r)).not.toThrow();
  });
});
