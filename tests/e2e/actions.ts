/**
 * Acting on a page as a person would, the same in both browsers: find an element (in the
 * document or in an open shadow root), scroll it into view, make sure a click at its centre
 * would land on it (nothing covers it, it is not disabled), and click there with the real mouse.
 * Also waiting for what a page shows, and reading text through test ids.
 */
import { type Tab, pollUntil } from './browsers/session.ts';

export interface Target {
  selector: string;
  /** Which match, when several (default the first). */
  index?: number;
  /** A selector of the element whose open shadow root holds the target (WXT's createShadowRootUi). */
  shadowHost?: string;
}

export const byTestId = (testId: string, index = 0): Target => ({ selector: `[data-testid="${testId}"]`, index });

const describeTarget = (t: Target): string =>
  `${t.shadowHost ? `${t.shadowHost} >>> ` : ''}${t.selector}${t.index ? ` [${t.index}]` : ''}`;

type Aim = { ok: true; x: number; y: number } | { ok: false; why: string };

/** Where a click on the target would go, or why it cannot be clicked now. */
async function aim(tab: Tab, target: Target): Promise<Aim> {
  return tab.evaluate(({ selector, index, shadowHost }) => {
    let root: Document | ShadowRoot = document;
    if (shadowHost) {
      const host = document.querySelector(shadowHost);
      if (!host) return { ok: false as const, why: `no ${shadowHost} in the page` };
      if (!host.shadowRoot) return { ok: false as const, why: `${shadowHost} has no open shadow root` };
      root = host.shadowRoot;
    }
    const el = root.querySelectorAll(selector)[index ?? 0];
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) return { ok: false as const, why: 'no such element' };
    // :disabled also covers controls inside a disabled <fieldset> (their own .disabled stays false).
    if (el.matches(':disabled')) return { ok: false as const, why: 'it is disabled' };
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return { ok: false as const, why: 'it has no size (hidden?)' };
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) {
      const name = hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}.${String(hit.className)}` : 'nothing';
      return { ok: false as const, why: `a click at its centre would hit ${name}` };
    }
    return { ok: true as const, x, y };
  }, target);
}

/** Clicks the target with the mouse once it exists and can be clicked (waits up to timeoutMs). */
export async function click(tab: Tab, target: Target | string, timeoutMs = 10_000): Promise<void> {
  const t = typeof target === 'string' ? { selector: target } : target;
  let why = '';
  const at = await pollUntil(
    async () => {
      const a = await aim(tab, t);
      if (a.ok) return a;
      why = a.why;
      return undefined;
    },
    { timeoutMs, describe: () => `could not click ${describeTarget(t)}: ${why}` },
  );
  await tab.click(at.x, at.y);
}

/** Clicks into a text field and types `text` with the keyboard (after what it holds). */
export async function typeInto(tab: Tab, target: Target | string, text: string): Promise<void> {
  await click(tab, target);
  await tab.type(text);
}

/**
 * Chooses an option of a <select> by value, as a form library does (set the value, fire input
 * and change): native drop-downs are outside the page, so the mouse cannot reach them headless.
 */
export async function choose(tab: Tab, selector: string, value: string): Promise<void> {
  const problem = await tab.evaluate(
    ({ selector: s, value: v }) => {
      const el = document.querySelector(s);
      if (!(el instanceof HTMLSelectElement)) return `no <select> ${s}`;
      if (![...el.options].some((o) => o.value === v)) return `${s} has no option "${v}"`;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return null;
    },
    { selector, value },
  );
  if (problem) throw new Error(problem);
}

/** Polls a page function until it returns something other than undefined or null. */
export async function waitFor<Arg, Result>(
  tab: Tab,
  fn: (arg: Arg) => Result | undefined | null | Promise<Result | undefined | null>,
  arg: Arg,
  describe: () => string,
  timeoutMs = 10_000,
): Promise<Result> {
  return pollUntil(
    async () => {
      const value = await tab.evaluate(fn, arg);
      return value === null ? undefined : value;
    },
    { timeoutMs, describe },
  );
}

/** The whitespace-normalised text of every element matching `selector`, in document order. */
export async function textsOf(tab: Tab, selector: string): Promise<string[]> {
  return tab.evaluate((s) => Array.from(document.querySelectorAll(s), (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()), selector);
}

/** The texts of `selector` once at least one matches (waits up to timeoutMs). */
export async function waitForTexts(tab: Tab, selector: string, timeoutMs = 10_000): Promise<string[]> {
  return pollUntil(
    async () => {
      const texts = await textsOf(tab, selector);
      return texts.length > 0 ? texts : undefined;
    },
    { timeoutMs, describe: () => `nothing matched ${selector}` },
  );
}
