import { describe, expect, it } from 'vitest';
import { collectBlocks, normalizeSpace, textOf } from '../../../src/extraction/text';
import { parseWithLinkedom } from '../../fixtures/load';

const body = (html: string) => parseWithLinkedom(`<!DOCTYPE html><html><body>${html}</body></html>`).body;

describe('collectBlocks', () => {
  it('gives one block per paragraph, source newlines being only spaces', () => {
    expect(collectBlocks(body('<p>one\n  line</p><div>two <b>bold</b></div>')).map((b) => b.text)).toEqual(['one line', 'two bold']);
  });
  it('splits at <br>', () => {
    expect(collectBlocks(body('<div>first<br>second<br><br>third</div>')).map((b) => b.text)).toEqual(['first', 'second', 'third']);
  });
  it('reads a table row as one line', () => {
    expect(collectBlocks(body('<table><tr><td>1</td>\n<td>Kyle Busch</td><td>5040</td></tr></table>')).map((b) => b.text)).toEqual(['1 Kyle Busch 5040']);
  });
  it('leaves out scripts, styles, forms and hidden elements, and measures link text', () => {
    const blocks = collectBlocks(body('<p>text<script>var x=1</script><style>p{}</style></p><form><button>Go</button></form><p hidden>h</p><p><a href="/x">all link</a></p>'));
    expect(blocks.map((b) => b.text)).toEqual(['text', 'all link']);
    expect(blocks[1]!.linkShare).toBe(1);
  });
  it('honours a skip predicate', () => {
    expect(textOf(body('<p>keep <span class="ad">drop</span></p>'), { skip: (el) => el.getAttribute('class') === 'ad' })).toBe('keep');
  });
});

describe('normalizeSpace', () => {
  it('collapses every kind of space and removes invisible characters', () => {
    expect(normalizeSpace('\u00a0a\u2009 b\u200b\u00adc\n')).toBe('a bc');
  });
});
