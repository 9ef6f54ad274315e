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

/** The page-side name under which a click's arrival at its target is recorded. */
const ARRIVED = '__dalaE2eClickArrived';

/**
 * Where a click on the target would go, or why it cannot be clicked now. When `arm` is set, the
 * target also gets a one-shot click listener that records the click's arrival (read by `arrived`).
 */
async function aim(tab: Tab, target: Target, arm = false): Promise<Aim> {
  return tab.evaluate(({ selector, index, shadowHost, arm: armIt, key }) => {
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
    // Scrolled into view only when it is not already where a click would reach it (outside the
    // window, or hidden in a scrolled box): re-centring on every look would move it by sub-pixel
    // steps and never let it hold still.
    const seen = el.getBoundingClientRect();
    const seenHit = root.elementFromPoint(seen.left + seen.width / 2, seen.top + seen.height / 2);
    const reachable = seen.top >= 0 && seen.left >= 0 && seen.bottom <= innerHeight && seen.right <= innerWidth && !!seenHit && (seenHit === el || el.contains(seenHit));
    if (!reachable) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return { ok: false as const, why: 'it has no size (hidden?)' };
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) {
      const name = hit ? `${hit.tagName.toLowerCase()}${hit.id ? `#${hit.id}` : ''}.${String(hit.className)}` : 'nothing';
      return { ok: false as const, why: `a click at its centre would hit ${name}` };
    }
    if (armIt) {
      const w = window as unknown as Record<string, unknown>;
      w[key] = false;
      // Capture phase: recorded before any handler of the page can stop the event.
      el.addEventListener('click', () => (w[key] = true), { once: true, capture: true });
    }
    return { ok: true as const, x, y };
  }, { ...target, arm, key: ARRIVED });
}

/** Whether the click armed by `aim` reached its target (null when the page went away, e.g. it navigated). */
async function arrived(tab: Tab): Promise<boolean | null> {
  try {
    return await tab.evaluate((key) => {
      const v = (window as unknown as Record<string, unknown>)[key];
      return typeof v === 'boolean' ? v : null;
    }, ARRIVED);
  } catch {
    return null;
  }
}

/** Waits until the target can be clicked and stays put: two aims a frame or more apart agree. */
async function steadyAim(tab: Tab, t: Target, timeoutMs: number): Promise<{ x: number; y: number }> {
  let why = '';
  let last: { x: number; y: number } | null = null;
  return pollUntil(
    async () => {
      const a = await aim(tab, t);
      if (!a.ok) {
        why = a.why;
        last = null;
        return undefined;
      }
      const steady = last !== null && Math.abs(last.x - a.x) < 1 && Math.abs(last.y - a.y) < 1;
      why = 'it is still moving';
      last = { x: a.x, y: a.y };
      return steady ? last : undefined;
    },
    { timeoutMs, intervalMs: 50, describe: () => `could not click ${describeTarget(t)}: ${why}` },
  );
}

/**
 * Clicks the target with the real mouse once it exists, can be clicked and has stopped moving
 * (waits up to timeoutMs), then checks that the click reached it. Pages shift under a pointer
 * (a status line above resolves, a list re-renders): a click that demonstrably landed elsewhere
 * is aimed and made again, up to twice, and fails with what it hit if it never arrives.
 */
export async function click(tab: Tab, target: Target | string, timeoutMs = 10_000): Promise<void> {
  const t = typeof target === 'string' ? { selector: target } : target;
  const misses: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    await steadyAim(tab, t, timeoutMs);
    const armed = await aim(tab, t, true);
    if (!armed.ok) {
      misses.push(`moved before the click: ${armed.why}`);
      continue;
    }
    await tab.click(armed.x, armed.y);
    const got = await arrived(tab);
    if (got !== false) {
      // arrived, or the page navigated away because of it
      if (misses.length > 0) console.log(`      (clicked ${describeTarget(t)} after ${misses.length} miss(es): ${misses.join('; ')})`);
      return;
    }
    misses.push(`a click at (${Math.round(armed.x)}, ${Math.round(armed.y)}) did not reach it`);
  }
  throw new Error(`could not click ${describeTarget(t)}: ${misses.join('; ')}`);
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
