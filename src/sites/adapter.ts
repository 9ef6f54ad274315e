/**
 * The shape of a site adapter: which URLs it owns and how it reads them (URL classes), and
 * declarative rules per page design (ordered selectors per field, a clean list, transforms).
 * Designs are dated versions: a redesign adds one in front instead of breaking the old one.
 */
import type { Lang, SiteId } from '../extraction/types';

/** Turns a matched value into the field value; null rejects the match (the next rule is tried). */
export type Transform = (value: string, el: Element) => string | null;

/**
 * One way to find a field: a CSS selector (the element's text), `[css, attr]` (an attribute's
 * value) or `[css, attr | null, transform]`. A rule counts only when the elements it matches
 * agree on one non-empty value.
 */
export type FieldRule = string | readonly [css: string, attr: string | null] | readonly [css: string, attr: string | null, transform: Transform];

export interface DesignRules {
  /** Adapter and version, e.g. 'kazinform@2023'; reported in `adapter`. */
  id: string;
  /** The design applies to a page when any of these selectors matches. */
  detect: readonly string[];
  title: readonly FieldRule[];
  /** Printed date (parsed by the shared date reader) or a machine date attribute. */
  date: readonly FieldRule[];
  lead?: readonly FieldRule[];
  author?: readonly FieldRule[];
  /** Containers of the article body, first match with text wins. */
  body: readonly string[];
  /** Elements inside the body that are never article text (widgets, captions, ads). */
  clean: readonly string[];
  /** Links to the site's tag pages. */
  tags?: readonly string[];
  /** Caption and credit elements; their text goes to `credits`. */
  captions?: readonly string[];
}

export type UrlKind = 'article' | 'not-article' | 'unknown';

export interface UrlClass {
  site: SiteId;
  lang: Lang | null;
  kind: UrlKind;
  reason?: string;
}

export interface SiteAdapter {
  site: SiteId;
  /** The language assumed when neither URL, `<html lang>` nor the text tells. */
  defaultLang: Lang;
  ownsHost(host: string): boolean;
  classify(url: URL): UrlClass;
  /** Newest design first. */
  designs: readonly DesignRules[];
  /** Site suffix of og:title / <title>, removed from titles (e.g. ` | Kazinform`). */
  titleSuffix: RegExp;
  /** Matches the href of the site's tag pages (for tags found outside the site rules). */
  tagHref?: RegExp;
}
