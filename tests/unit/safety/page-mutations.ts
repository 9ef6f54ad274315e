/**
 * Mutations of real article pages for the extractor fuzz test: removed and nested
 * containers, huge and empty texts, impossible dates, scripts, markup-looking text
 * and real hostile elements, bidi and zero-width characters, broken structured data,
 * broken markup. Each takes a seeded random source, so a case is reproduced by its seed.
 *
 * Markers the test looks for in the output:
 * - MARKUP_TEXT is inserted as *text* (escaped in the HTML): if it shows up, it must be literal.
 * - ELEMENT_MARK is only ever in attributes of real elements and in script/style
 *   content: it must never show up, since it is not page text.
 */

export type Rng = () => number;

export const MARKUP_TEXT = '<img src=x onerror=alert(1)>';
export const ELEMENT_MARK = 'alert(2)';

export interface Mutation {
  name: string;
  /** How often it is drawn relative to the others (1 unless it is slow to read, so the test keeps to its time). */
  weight?: number;
  /** Makes the page much bigger or deeper: at most one such mutation per case (their costs multiply). */
  grows?: true;
  apply(doc: Document, rnd: Rng): void;
}

const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

function elements(doc: Document, selector = 'body *'): Element[] {
  return [...doc.querySelectorAll(selector)];
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !/^(SCRIPT|STYLE|TEMPLATE)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Inserts `node` somewhere inside the body (before a random element's first child, or at the end of the body). */
function insertSomewhere(doc: Document, rnd: Rng, node: Node): void {
  const targets = elements(doc);
  const parent = targets.length && rnd() < 0.9 ? pick(rnd, targets) : doc.body;
  if (!parent) return;
  parent.insertBefore(node, rnd() < 0.5 ? parent.firstChild : null);
}

const IMPOSSIBLE_DATES = [
  '2023-02-30T10:00:00+06:00',
  '2023-13-45T25:61:61+06:00',
  '0000-00-00T00:00:00Z',
  '9999-99-99',
  '2024-02-30 21:38:00',
  '31.02.2023',
  '32 марта 2023, 25:99',
  '30 February 2024',
  '-001-01-01T00:00:00Z',
  '1e400',
  'NaN',
  '',
  '2023-03-20T22:00:00+99:99',
];

const SCRIPTS_ONLY_TEXT = `${ELEMENT_MARK}; document.title = "${ELEMENT_MARK}"`;

const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u200E', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

export const MUTATIONS: Mutation[] = [
  {
    name: 'remove a container',
    apply(doc, rnd) {
      const withChildren = elements(doc).filter((e) => e.children.length > 0);
      if (withChildren.length) pick(rnd, withChildren).remove();
    },
  },
  {
    name: 'remove the main heading or the article element',
    apply(doc) {
      for (const e of elements(doc, 'h1, article, main, [class*="article"], [class*="title"]')) e.remove();
    },
  },
  {
    name: 'nest a container deep',
    weight: 0.5,
    grows: true,
    apply(doc, rnd) {
      const targets = elements(doc);
      if (!targets.length) return;
      const target = pick(rnd, targets);
      let outer: Element = target;
      const depth = 1 + Math.floor(rnd() * 400);
      for (let i = 0; i < depth; i++) {
        const wrap = doc.createElement(rnd() < 0.8 ? 'div' : 'section');
        outer.replaceWith(wrap);
        wrap.appendChild(outer);
        outer = wrap;
      }
    },
  },
  {
    name: 'huge text',
    grows: true,
    apply(doc, rnd) {
      const targets = elements(doc, 'p, h1, div, span, li');
      if (!targets.length) return;
      const size = pick(rnd, [20_000, 150_000, 600_000]);
      const word = pick(rnd, ['Астана ', 'Astana ', '阿斯塔纳', 'x', 'Majilis, Senate; ']);
      pick(rnd, targets).appendChild(doc.createTextNode(word.repeat(Math.ceil(size / word.length))));
    },
  },
  {
    name: 'many paragraphs',
    weight: 0.15,
    grows: true,
    apply(doc, rnd) {
      const ps = elements(doc, 'p');
      const parent = (ps.length ? pick(rnd, ps).parentElement : null) ?? doc.body;
      if (!parent) return;
      const n = pick(rnd, [500, 3000, 7000]);
      for (let i = 0; i < n; i++) {
        const p = doc.createElement('p');
        p.textContent = `Paragraph ${i} of filler text about the Senate.`;
        parent.appendChild(p);
      }
    },
  },
  {
    name: 'empty texts',
    apply(doc, rnd) {
      const containers = elements(doc).filter((e) => e.children.length > 0);
      const scope = rnd() < 0.5 || !containers.length ? doc.body : pick(rnd, containers);
      if (!scope) return;
      for (const t of textNodes(scope)) t.data = rnd() < 0.5 ? '' : ' \u00A0\t\n ';
    },
  },
  {
    name: 'empty title and headings',
    apply(doc) {
      for (const e of elements(doc, 'title, h1, h2')) e.textContent = '';
      for (const m of elements(doc, 'meta[property="og:title"], meta[name="title"]')) m.setAttribute('content', '');
    },
  },
  {
    name: 'impossible dates',
    apply(doc, rnd) {
      for (const m of elements(doc, 'meta')) {
        const key = `${m.getAttribute('property') ?? ''}${m.getAttribute('name') ?? ''}${m.getAttribute('itemprop') ?? ''}`;
        if (/date|time|published|modified/i.test(key)) m.setAttribute('content', pick(rnd, IMPOSSIBLE_DATES));
      }
      for (const t of elements(doc, 'time')) {
        t.setAttribute('datetime', pick(rnd, IMPOSSIBLE_DATES));
        t.textContent = pick(rnd, IMPOSSIBLE_DATES);
      }
      for (const s of elements(doc, 'script[type="application/ld+json"]')) {
        s.textContent = (s.textContent ?? '').replace(/"(date\w*)"\s*:\s*"[^"]*"/g, (_m, k: string) => `"${k}": ${JSON.stringify(pick(rnd, IMPOSSIBLE_DATES))}`);
      }
      for (const t of textNodes(doc.body ?? doc)) {
        t.data = t.data
          .replace(/\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?/g, () => pick(rnd, IMPOSSIBLE_DATES))
          .replace(/\d{1,2}[./]\d{1,2}[./]\d{2,4}/g, () => pick(rnd, IMPOSSIBLE_DATES))
          .replace(/\b\d{1,2}:\d{2}\b/g, '25:99');
      }
    },
  },
  {
    name: 'scripts, styles and templates with text',
    apply(doc, rnd) {
      for (const tag of ['script', 'style', 'template', 'script']) {
        const e = doc.createElement(tag);
        e.textContent = tag === 'style' ? `p::after { content: "${ELEMENT_MARK}" }` : SCRIPTS_ONLY_TEXT;
        insertSomewhere(doc, rnd, e);
      }
    },
  },
  {
    name: 'markup-looking text',
    apply(doc, rnd) {
      const targets = elements(doc, 'title, h1, p, li, a, span, time');
      for (let i = 0; i < 6 && targets.length; i++) {
        const t = pick(rnd, targets);
        t.insertBefore(doc.createTextNode(` ${pick(rnd, [MARKUP_TEXT, `${MARKUP_TEXT}<script>x</script>`, `&lt;b&gt; ${MARKUP_TEXT}`])} `), rnd() < 0.5 ? t.firstChild : null);
      }
      for (const m of elements(doc, 'meta[property="og:title"], meta[name="author"]')) m.setAttribute('content', `${m.getAttribute('content') ?? ''} ${MARKUP_TEXT}`);
    },
  },
  {
    name: 'hostile elements',
    apply(doc, rnd) {
      for (let i = 0; i < 5; i++) {
        const e = doc.createElement(pick(rnd, ['img', 'svg', 'iframe', 'object', 'a']));
        e.setAttribute('src', 'x');
        e.setAttribute('onerror', ELEMENT_MARK);
        e.setAttribute('onload', ELEMENT_MARK);
        e.setAttribute('srcdoc', `<script>${ELEMENT_MARK}</script>`);
        e.setAttribute('href', `javascript:${ELEMENT_MARK}`);
        e.setAttribute('title', ELEMENT_MARK);
        e.setAttribute('alt', ELEMENT_MARK);
        insertSomewhere(doc, rnd, e);
      }
    },
  },
  {
    name: 'bidi and zero-width characters',
    apply(doc, rnd) {
      for (const t of textNodes(doc.documentElement)) {
        if (rnd() < 0.5 || !t.data.trim()) continue;
        const at = Math.floor(rnd() * t.data.length);
        t.data = t.data.slice(0, at) + pick(rnd, BIDI) + pick(rnd, ZERO_WIDTH) + t.data.slice(at);
      }
    },
  },
  {
    name: 'broken structured data',
    apply(doc, rnd) {
      const bad = ['{', '[]', 'null', '"text"', '{"@type": ["NewsArticle", 5], "headline": {"a": 1}, "datePublished": 7, "author": [[[]]]}', '['.repeat(5000) + ']'.repeat(5000), '{"headline": "' + 'x'.repeat(200_000) + '"}'];
      const scripts = elements(doc, 'script[type="application/ld+json"]');
      if (!scripts.length) {
        const s = doc.createElement('script');
        s.setAttribute('type', 'application/ld+json');
        doc.head?.appendChild(s);
        scripts.push(s);
      }
      for (const s of scripts) s.textContent = pick(rnd, bad);
    },
  },
  {
    name: 'no head',
    apply(doc) {
      for (const c of [...(doc.head?.children ?? [])]) c.remove();
    },
  },
  {
    name: 'odd language attributes',
    apply(doc, rnd) {
      doc.documentElement.setAttribute('lang', pick(rnd, ['', 'xx-INVALID', 'kk-Arab', 'zh', 'ru-RU', '\u202Eur', 'en'.repeat(500)]));
      doc.documentElement.setAttribute('dir', pick(rnd, ['rtl', 'ltr', 'auto', '']));
    },
  },
  {
    name: 'duplicated article',
    apply(doc, rnd) {
      const targets = elements(doc, 'article, main, h1, p');
      if (!targets.length) return;
      const t = pick(rnd, targets);
      for (let i = 0; i < 1 + Math.floor(rnd() * 5); i++) t.parentNode?.insertBefore(t.cloneNode(true), t);
    },
  },
  {
    name: 'many empty elements',
    weight: 0.15,
    grows: true,
    apply(doc, rnd) {
      const all = elements(doc);
      const parent = all.length ? pick(rnd, all) : doc.body;
      for (let i = 0; i < 5000; i++) parent?.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    },
  },
];

/** A mutation drawn by weight, among those that grow the page or not as `allowGrowing` says. */
export function drawMutation(rnd: Rng, allowGrowing = true): Mutation {
  const pool = MUTATIONS.filter((m) => allowGrowing || !m.grows);
  const total = pool.reduce((n, m) => n + (m.weight ?? 1), 0);
  let r = rnd() * total;
  for (const m of pool) {
    r -= m.weight ?? 1;
    if (r < 0) return m;
  }
  return pool[pool.length - 1] as Mutation;
}

/** Mutations of the HTML text itself, after the DOM ones. */
export const TEXT_MUTATIONS: { name: string; apply(html: string, rnd: Rng): string }[] = [
  { name: 'truncated', apply: (html, rnd) => html.slice(0, Math.floor(html.length * (0.3 + rnd() * 0.6))) },
  { name: 'unclosed tags', apply: (html, rnd) => { const at = Math.floor(rnd() * html.length); return `${html.slice(0, at)}<div><p><b><table><tr><td>${html.slice(at)}`; } },
  { name: 'stray closing tags', apply: (html, rnd) => { const at = Math.floor(rnd() * html.length); return `${html.slice(0, at)}</div></p></body></html></article>${html.slice(at)}`; } },
];
