/**
 * One walk over a document, then CSS selection by lookup. Site rules run a few dozen selectors
 * per page; on a DOM without native selectors (linkedom in Node) each one would scan the whole
 * tree. This index answers the simple selectors the adapters use (tag, .class, [attr], [attr=v],
 * [attr~=v], [attr*=v], [attr^=v], [attr$=v] with an optional `i`, descendant and child
 * combinators, comma lists) and hands anything else to querySelectorAll.
 */

const ELEMENT_NODE = 1;

interface AttrTest {
  name: string;
  op: '' | '=' | '~=' | '*=' | '^=' | '$=';
  value: string;
  ci: boolean;
}

interface Compound {
  tag: string | null;
  classes: string[];
  attrs: AttrTest[];
  /** How this compound relates to the one before it (to its left). */
  combinator: ' ' | '>' | null;
}

type Group = Compound[];

const COMPOUND_RE = /^([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+|\[[^\]]+\])*)$/;
const PART_RE = /\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*(i)?\s*)?\]/g;

function parseCompound(text: string, combinator: ' ' | '>' | null): Compound | null {
  const m = COMPOUND_RE.exec(text);
  if (!m || text === '') return null;
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
  const classes: string[] = [];
  const attrs: AttrTest[] = [];
  const rest = m[2] ?? '';
  let consumed = 0;
  for (const p of rest.matchAll(PART_RE)) {
    if (p.index !== consumed) return null;
    consumed += p[0].length;
    if (p[1] !== undefined) classes.push(p[1]);
    else attrs.push({ name: p[2]!.toLowerCase(), op: (p[3] ?? '') as AttrTest['op'], value: p[4] ?? p[5] ?? p[6] ?? '', ci: p[7] === 'i' });
  }
  return consumed === rest.length ? { tag, classes, attrs, combinator } : null;
}

/** Parse a selector list into groups of compounds; null when it uses syntax this index does not answer. */
export function parseSelectorList(css: string): Group[] | null {
  const groups: Group[] = [];
  for (const raw of css.split(',')) {
    const tokens = raw.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return null;
    const group: Group = [];
    let combinator: ' ' | '>' | null = null;
    for (const t of tokens) {
      if (t === '>') {
        if (group.length === 0 || combinator === '>') return null;
        combinator = '>';
        continue;
      }
      const c = parseCompound(t, group.length === 0 ? null : (combinator ?? ' '));
      if (!c) return null;
      group.push(c);
      combinator = null;
    }
    if (combinator === '>') return null;
    groups.push(group);
  }
  return groups;
}

/** Parsed selectors are shared by every index: adapters use the same few dozen strings on every page. */
const PARSED = new Map<string, Group[] | null>();

function parsedSelector(css: string): Group[] | null {
  let g = PARSED.get(css);
  if (g === undefined) {
    g = parseSelectorList(css);
    PARSED.set(css, g);
  }
  return g;
}

function classTokens(el: Element): string[] {
  const c = el.getAttribute('class');
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

function attrMatches(el: Element, t: AttrTest): boolean {
  const v = el.getAttribute(t.name);
  if (v === null) return false;
  if (t.op === '') return true;
  const have = t.ci ? v.toLowerCase() : v;
  const want = t.ci ? t.value.toLowerCase() : t.value;
  switch (t.op) {
    case '=':
      return have === want;
    case '~=':
      return have.split(/\s+/).includes(want);
    case '*=':
      return want !== '' && have.includes(want);
    case '^=':
      return want !== '' && have.startsWith(want);
    case '$=':
      return want !== '' && have.endsWith(want);
  }
}

type ClassLookup = (el: Element) => string[];

function compoundMatches(el: Element, c: Compound, classesOf: ClassLookup): boolean {
  if (c.tag !== null && (el.localName || el.tagName || '').toLowerCase() !== c.tag) return false;
  if (c.classes.length > 0) {
    const have = classesOf(el);
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => attrMatches(el, a));
}

function parentElementOf(el: Element): Element | null {
  const p = el.parentNode;
  return p && p.nodeType === ELEMENT_NODE ? (p as Element) : null;
}

/** Does `el` match the group, checking compounds right to left through its ancestors? */
function groupMatches(el: Element, group: Group, classesOf: ClassLookup, i = group.length - 1): boolean {
  const c = group[i]!;
  if (!compoundMatches(el, c, classesOf)) return false;
  if (i === 0) return true;
  if (c.combinator === '>') {
    const parent = parentElementOf(el);
    return parent !== null && groupMatches(parent, group, classesOf, i - 1);
  }
  for (let a = parentElementOf(el); a; a = parentElementOf(a)) {
    if (groupMatches(a, group, classesOf, i - 1)) return true;
  }
  return false;
}

export class DocIndex {
  private readonly order = new Map<Element, number>();
  /** Position of the last descendant of each element, for O(1) containment tests. */
  private readonly end = new Map<Element, number>();
  private readonly classes = new Map<Element, string[]>();
  private readonly byClass = new Map<string, Element[]>();
  private readonly byTag = new Map<string, Element[]>();
  private readonly elements: Element[] = [];
  private readonly classesOf: ClassLookup = (el) => this.classes.get(el) ?? classTokens(el);

  constructor(private readonly root: Document | Element) {
    // querySelectorAll('*') lists the elements in document order (fast in every DOM); the subtree
    // end of each element is then found by handing positions up to the parents, last to first.
    let all: Element[];
    try {
      all = Array.from(root.querySelectorAll('*'));
    } catch {
      all = [];
    }
    if (root.nodeType === ELEMENT_NODE) all.unshift(root as Element);
    all.forEach((el, i) => {
      this.order.set(el, i);
      this.end.set(el, i);
      this.elements.push(el);
      const tag = (el.localName || el.tagName || '').toLowerCase();
      let list = this.byTag.get(tag);
      if (!list) this.byTag.set(tag, (list = []));
      list.push(el);
      const cls = classTokens(el);
      this.classes.set(el, cls);
      for (const k of cls) {
        let cl = this.byClass.get(k);
        if (!cl) this.byClass.set(k, (cl = []));
        cl.push(el);
      }
    });
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      const parent = parentElementOf(el);
      if (parent && this.end.has(parent)) this.end.set(parent, Math.max(this.end.get(parent)!, this.end.get(el)!));
    }
  }

  /** True when `el` lies inside `container` (not `container` itself). */
  contains(container: Element, el: Element): boolean {
    const a = this.order.get(container);
    const b = this.order.get(el);
    const e = this.end.get(container);
    return a !== undefined && b !== undefined && e !== undefined && b > a && b <= e;
  }

  /** Elements matching `css` in document order, inside `within` when given. Invalid selectors match nothing. */
  all(css: string, within?: Element): Element[] {
    const groups = parsedSelector(css);
    if (groups === null) return this.native(css, within);
    const found = new Set<Element>();
    for (const group of groups) {
      const last = group[group.length - 1]!;
      const candidates = last.classes.length > 0 ? this.byClass.get(last.classes[0]!) ?? [] : last.tag !== null ? this.byTag.get(last.tag) ?? [] : this.elements;
      for (const el of candidates) {
        if (within && !this.contains(within, el)) continue;
        if (groupMatches(el, group, this.classesOf)) found.add(el);
      }
    }
    const result = [...found];
    if (groups.length > 1) result.sort((x, y) => this.order.get(x)! - this.order.get(y)!);
    return result;
  }

  first(css: string, within?: Element): Element | null {
    return this.all(css, within)[0] ?? null;
  }

  private native(css: string, within?: Element): Element[] {
    try {
      return Array.from((within ?? this.root).querySelectorAll(css));
    } catch {
      return [];
    }
  }
}
