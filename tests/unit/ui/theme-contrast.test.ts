/**
 * The colours of both themes (src/ui/app.css: the light :root and the dark one under
 * prefers-color-scheme) meet WCAG 2 AA where the pages use them together: text 4.5:1 (1.4.3),
 * focus rings and form-field outlines 3:1 (1.4.11); and so do the in-page save prompt's own
 * colours (src/content/save-prompt.ts). The e2e measures the pages themselves; this names the
 * pair of colours at fault, without a browser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROMPT_CSS } from '../../../src/content/save-prompt';

const CSS = readFileSync(path.resolve(import.meta.dirname, '../../../src/ui/app.css'), 'utf8');

/** The custom properties declared in a block of declarations. */
function properties(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out[m[1] as string] = (m[2] as string).trim();
  return out;
}

/** The body of the first rule whose prelude is exactly `selector`, searched from `from`. */
function ruleBody(css: string, selector: string, from = 0): string {
  const at = css.indexOf(`${selector} {`, from);
  if (at < 0) throw new Error(`app.css has no "${selector} {" rule`);
  const open = css.indexOf('{', at);
  return css.slice(open + 1, css.indexOf('}', open));
}

const light = properties(ruleBody(CSS, ':root'));
const darkAt = CSS.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...properties(ruleBody(CSS, ':root', darkAt)) };
const toast = properties(ruleBody(CSS, '.toast'));

function hex(theme: Record<string, string>, value: string): string {
  const v = value.trim();
  const ref = /^var\((--[\w-]+)\)$/.exec(v);
  if (ref) return hex(theme, theme[ref[1] as string] ?? '');
  if (!/^#[0-9a-f]{6}$/i.test(v)) throw new Error(`not a #rrggbb colour: "${value}"`);
  return v;
}

function luminance(colour: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [what, foreground, background, minimum]: foreground and background as var() or a colour. */
const PAIRS: [string, string, string, number][] = [
  ['text', 'var(--fg)', 'var(--bg)', 4.5],
  ['text on the tab panel and buttons', 'var(--fg)', 'var(--bg-soft)', 4.5],
  ['text of a hovered row', 'var(--fg)', 'var(--hover)', 4.5],
  ['secondary text', 'var(--muted)', 'var(--bg)', 4.5],
  ['secondary text on the tab panel', 'var(--muted)', 'var(--bg-soft)', 4.5],
  ['secondary text of a hovered row', 'var(--muted)', 'var(--hover)', 4.5],
  ['links', 'var(--accent)', 'var(--bg)', 4.5],
  ['primary button and current view', 'var(--accent-fg)', 'var(--accent)', 4.5],
  ['danger button', 'var(--danger)', 'var(--bg-soft)', 4.5],
  ['error text', 'var(--danger)', 'var(--bg)', 4.5],
  ['search marks', 'var(--mark-fg)', 'var(--mark)', 4.5],
  ['undo toast', 'var(--bg)', 'var(--fg)', 4.5],
  ['focus ring', 'var(--focus)', 'var(--bg)', 3],
  ['focus ring on the tab panel', 'var(--focus)', 'var(--bg-soft)', 3],
  ['focus ring of a row (drawn inside it)', 'var(--focus)', 'var(--hover)', 3],
  ['form field outline', 'var(--field-line)', 'var(--bg)', 3],
  ['form field outline on the tab panel', 'var(--field-line)', 'var(--bg-soft)', 3],
];

describe('theme colours', () => {
  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`meet WCAG AA contrast in the ${name} theme`, () => {
      const low = PAIRS.map(([what, fg, bg, min]) => ({ what, ratio: ratio(hex(theme, fg), hex(theme, bg)), min }))
        .filter((p) => p.ratio < p.min)
        .map((p) => `${p.what}: ${p.ratio.toFixed(2)}:1 (needs ${p.min}:1)`);
      expect(low).toEqual([]);
    });

    it(`draw the undo toast's focus ring (on the toast's swapped colours) at 3:1 in the ${name} theme`, () => {
      const ring = hex(theme, toast['--focus'] ?? 'var(--focus)');
      expect(ratio(ring, hex(theme, 'var(--fg)'))).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('the in-page save prompt\'s colours', () => {
  /** The first #rrggbb after `pattern` in `css`. */
  const colourAfter = (css: string, pattern: RegExp): string => {
    const m = new RegExp(`${pattern.source}[^}]*?(#[0-9a-f]{6})`, 'i').exec(css);
    if (!m) throw new Error(`no colour after ${pattern} in PROMPT_CSS`);
    return m[1] as string;
  };
  const darkAt = PROMPT_CSS.indexOf('@media (prefers-color-scheme: dark)');
  const lightCss = PROMPT_CSS.replace(/@media \(prefers-color-scheme: dark\)[^\n]*\n/g, '');
  const darkCss = PROMPT_CSS.slice(darkAt).split('\n').filter((l) => l.startsWith('@media (prefers-color-scheme: dark)')).join('\n');
  const themes = {
    light: { box: colourAfter(lightCss, /\.box \{[^}]*background:/), text: colourAfter(lightCss, /\.box \{[^}]*?;\s*color:/), ring: colourAfter(lightCss, /button:focus-visible \{ outline:/) },
    dark: { box: colourAfter(darkCss, /\.box \{ background:/), text: colourAfter(darkCss, /\.box \{[^}]*?;\s*color:/), ring: colourAfter(darkCss, /button:focus-visible \{ outline-color:/) },
  };
  for (const [name, c] of Object.entries(themes)) {
    it(`has its text at 4.5:1 and its focus ring at 3:1 on the box in the ${name} scheme`, () => {
      expect(ratio(c.text, c.box)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(c.ring, c.box)).toBeGreaterThanOrEqual(3);
    });
  }
});
