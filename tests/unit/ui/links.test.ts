import { describe, expect, it } from 'vitest';
import { articleIdFromHash, libraryHref, safeHttpUrl } from '../../../src/ui/app/links';
import { escapeMarkdown } from '../../../src/ui/copy';

describe('links', () => {
  it('round-trips an article id through the library address', () => {
    expect(articleIdFromHash(`#${libraryHref(42).split('#')[1]}`)).toBe(42);
    expect(articleIdFromHash('#article/x')).toBeNull();
    expect(articleIdFromHash('')).toBeNull();
  });

  it('lets only web addresses become links', () => {
    expect(safeHttpUrl('https://qazinform.com/tag/senate')).toBe('https://qazinform.com/tag/senate');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
  });
});

describe('escapeMarkdown', () => {
  it('keeps page text as text in Markdown', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g`')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\`');
    expect(escapeMarkdown('# not a heading\n> not a quote\n- not a list\n1. not a list')).toBe(
      '\\# not a heading\n\\> not a quote\n\\- not a list\n1\\. not a list',
    );
  });
});
