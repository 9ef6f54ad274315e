import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { editReadability } from '../../../scripts/vite/readability-without-innerhtml';
import { Readability as Shipped } from '@mozilla/readability';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

function load(code: string): typeof Shipped {
  const module = { exports: {} as { Readability?: typeof Shipped } };
  new Function('module', 'exports', code)(module, module.exports);
  return (module.exports.Readability ?? (module.exports as unknown)) as typeof Shipped;
}

// A page whose first attempt falls under the length threshold, so Readability restores its cache.
const PAGE = `<!doctype html><html><head><title>T</title></head><body>
<div class="nav sidebar"><a href="/a">Home</a> <a href="/b">News</a></div>
<div id="main"><h1>Senate meets OSCE observers</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Chairman of the Senate Maulen Ashimbayev met with observers, paragraph ${i}, with enough words to count as content for the scoring.</p>`).join('\n')}
<noscript><img src="real.jpg"></noscript></div>
<div class="comment footer">© 2023</div></body></html>`;

describe('Readability without innerHTML writes', () => {
  it('leaves no innerHTML assignment in the shipped code', () => {
    const edited = editReadability(source);
    expect(edited).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(source).toMatch(/\.innerHTML\s*=[^=]/);
  });

  it('extracts the same text as the unedited library, with and without retries', () => {
    const original = load(source);
    const edited = load(editReadability(source));
    for (const charThreshold of [500, 5000]) {
      const a = new original(parseHTML(PAGE).document as unknown as Document, { charThreshold }).parse();
      const b = new edited(parseHTML(PAGE).document as unknown as Document, { charThreshold }).parse();
      expect(b?.textContent).toBe(a?.textContent);
      expect(b?.textContent).toContain('Maulen Ashimbayev');
    }
  });

  it('is what the tests themselves run (the Vite plugin applies in vitest)', () => {
    const proto = Shipped.prototype as unknown as { _grabArticle: () => unknown };
    expect(proto._grabArticle.toString()).toContain('pageCacheNodes');
  });

  it('fails loudly when a new Readability no longer matches the edit', () => {
    expect(() => editReadability('var x = 1;')).toThrow(/expected exactly one/);
  });
});
