/**
 * The engine behind the declarative site adapters: run ordered field rules, find the body
 * container, read tag links and captions. Reads the document, never changes it.
 */
import type { DesignRules, FieldRule } from '../sites/adapter';
import type { TagLink } from './types';
import { collectBlocks, normalizeSpace, textOf, type Block } from './text';
import type { DocIndex } from './select';

/** The value of the first rule whose matches agree on one non-empty value (after its transform). */
export function selectField(idx: DocIndex, rules: readonly FieldRule[]): string | null {
  for (const rule of rules) {
    const [css, attr, transform] = typeof rule === 'string' ? [rule, null, undefined] : [rule[0], rule[1], rule[2]];
    const values = new Map<string, Element>();
    for (const el of idx.all(css)) {
      const raw = attr ? normalizeSpace(el.getAttribute(attr) ?? '') : textOf(el);
      if (raw !== '' && !values.has(raw)) values.set(raw, el);
    }
    const only = values.size === 1 ? [...values][0] : undefined;
    if (!only) continue;
    const [raw, el] = only;
    const value = transform ? transform(raw, el) : raw;
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** The first design of the list whose detect selectors match the page. */
export function findDesign(idx: DocIndex, designs: readonly DesignRules[]): DesignRules | null {
  return designs.find((d) => d.detect.some((css) => idx.first(css) !== null)) ?? null;
}

/** Body blocks: the first body container with text, its clean-list elements left out. */
export function readBodyBlocks(idx: DocIndex, design: DesignRules): Block[] {
  const cleanCss = design.clean.join(', ');
  for (const css of design.body) {
    for (const container of idx.all(css)) {
      const skipped = new Set(cleanCss ? idx.all(cleanCss, container) : []);
      const blocks = collectBlocks(container, { skip: (el) => skipped.has(el) });
      if (blocks.length > 0) return blocks;
    }
  }
  return [];
}

/** Absolute http(s) URL of an href, or '' when it has none. */
export function absoluteUrl(href: string | null, base: string): string {
  if (!href) return '';
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : '';
  } catch {
    return '';
  }
}

/** Tag links matched by `selectors`, labels unique, URLs absolute. */
export function readTagLinks(idx: DocIndex, selectors: readonly string[], base: string): TagLink[] {
  const tags: TagLink[] = [];
  const seen = new Set<string>();
  for (const css of selectors) {
    for (const a of idx.all(css)) {
      const label = textOf(a).replace(/^#/, '');
      if (label === '' || seen.has(label.toLowerCase())) continue;
      seen.add(label.toLowerCase());
      tags.push({ label, url: absoluteUrl(a.getAttribute('href'), base) });
    }
    if (tags.length > 0) break;
  }
  return tags;
}

/** Texts of caption/credit elements, unique, in document order. */
export function readCaptions(idx: DocIndex, selectors: readonly string[]): string[] {
  const out: string[] = [];
  if (selectors.length === 0) return out;
  for (const el of idx.all(selectors.join(', '))) {
    const t = textOf(el);
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}
