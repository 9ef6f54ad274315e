/**
 * Text out of a DOM subtree, as blocks (paragraph-sized pieces) in reading order.
 * Uses only node types and textContent-like walks: no layout, no innerText, so the
 * same code reads a live page in a content script and a linkedom document in Node.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Elements whose text never reaches an article. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'button', 'select', 'option',
  'textarea', 'input', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'link', 'meta', 'form',
]);

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul', 'caption',
]);

/** Table cells: a row reads as one line, its cells separated by spaces. */
const CELL_TAGS = new Set(['td', 'th']);

/** Stands for a `<br>` in the text buffer (source newlines are only white space). */
const LINE_BREAK = '\u2029';

const SPACE_RE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Collapse every run of white space (nbsp and friends included) to one space and trim. */
export function normalizeSpace(s: string): string {
  return s.replace(INVISIBLE_RE, '').replace(SPACE_RE, ' ').trim();
}

export interface Block {
  text: string;
  /** Tag name (lower case) of the nearest block element the text sits in. */
  tag: string;
  /** Share of the block's characters that sit inside links (0..1). */
  linkShare: number;
}

/** Lower-case local name of an element, whatever DOM implementation produced it. */
export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export interface CollectOptions {
  /** Elements for which this returns true are left out with all they contain. */
  skip?: (el: Element) => boolean;
}

interface Acc {
  out: Block[];
  buf: string;
  linkChars: number;
  tag: string;
}

function flush(acc: Acc): void {
  const raw = acc.buf;
  if (raw.trim() !== '') {
    const total = normalizeSpace(raw).length || 1;
    const share = Math.min(1, acc.linkChars / total);
    for (const line of raw.split(LINE_BREAK)) {
      const text = normalizeSpace(line);
      if (text !== '') acc.out.push({ text, tag: acc.tag, linkShare: share });
    }
  }
  acc.buf = '';
  acc.linkChars = 0;
}

function walk(node: Node, acc: Acc, opts: CollectOptions, inLink: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = child.nodeValue ?? '';
      acc.buf += data;
      if (inLink) acc.linkChars += normalizeSpace(data).length;
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = tagOf(el);
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
    if (opts.skip && opts.skip(el)) continue;
    if (tag === 'br') {
      acc.buf += LINE_BREAK;
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      acc.buf += ' ';
      walk(el, acc, opts, inLink);
      acc.buf += ' ';
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush(acc);
      const outer = acc.tag;
      acc.tag = tag;
      walk(el, acc, opts, inLink);
      flush(acc);
      acc.tag = outer;
    } else {
      walk(el, acc, opts, inLink || tag === 'a');
    }
  }
}

/** The text of `root` as blocks in document order; `<br>` splits a block. */
export function collectBlocks(root: Node, opts: CollectOptions = {}): Block[] {
  const acc: Acc = { out: [], buf: '', linkChars: 0, tag: root.nodeType === ELEMENT_NODE ? tagOf(root as Element) : 'div' };
  walk(root, acc, opts, false);
  flush(acc);
  return acc.out;
}

/** The text of an element on one line (blocks joined by a space), skipping scripts and styles. */
export function textOf(el: Node, opts: CollectOptions = {}): string {
  return normalizeSpace(collectBlocks(el, opts).map((b) => b.text).join(' '));
}
