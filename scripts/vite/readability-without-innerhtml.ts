/**
 * A build-time edit of @mozilla/readability 0.6 so the content script carries no
 * `innerHTML` write (Firefox's add-on linter flags each as UNSAFE_VAR_ASSIGNMENT):
 * - the page cache between Readability's attempts is kept as cloned nodes instead of
 *   an HTML string, and restored from fresh clones (the same tree, without a
 *   serialise-and-parse round trip);
 * - images inside <noscript> are not unwrapped: Dala Reader keeps text only, and
 *   Readability removes <noscript> afterwards anyway.
 * Each edit must match exactly once, so a Readability upgrade that moves the code
 * fails the build instead of silently shipping the unedited library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const EDITS: { find: string; replace: string }[] = [
  {
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCacheNodes = Array.prototype.map.call(page.childNodes, function (n) { return n.cloneNode(true); });',
  },
  {
    find: 'page.innerHTML = pageCacheHtml;',
    replace:
      'while (page.firstChild) page.removeChild(page.firstChild); pageCacheNodes.forEach(function (n) { page.appendChild(n.cloneNode(true)); });',
  },
  {
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: 'return; // Dala Reader keeps text only: no <noscript> image unwrapping',
  },
];

export function editReadability(code: string): string {
  let out = code;
  for (const { find, replace } of EDITS) {
    const at = out.indexOf(find);
    if (at < 0 || out.indexOf(find, at + 1) >= 0) {
      throw new Error(`readability-without-innerhtml: expected exactly one "${find}" in @mozilla/readability; update the edit for this version`);
    }
    out = out.slice(0, at) + replace + out.slice(at + find.length);
  }
  return out;
}

const VIRTUAL = '\0dala:readability';

/** CommonJS source -> an expression evaluating to its module.exports. */
function cjs(code: string): string {
  return `(function () { var module = { exports: {} }; var exports = module.exports; ${code}\n; return module.exports; })()`;
}

/**
 * Serves `import { Readability, isProbablyReaderable } from '@mozilla/readability'`
 * from the edited library, as an ES module, in the extension build and in vitest alike.
 */
export function readabilityWithoutInnerHtml(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'dala:readability-without-innerhtml',
    enforce: 'pre',
    resolveId(source) {
      return source === '@mozilla/readability' ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const main = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
      const readerable = readFileSync(require.resolve('@mozilla/readability/Readability-readerable.js'), 'utf8');
      return `export const Readability = ${cjs(editReadability(main))};\nexport const isProbablyReaderable = ${cjs(readerable)};\n`;
    },
  };
}
