/**
 * The e2e case registry. A case file in tests/e2e/cases/ calls `test(name, fn)` at import
 * time; the runner runs every case once per browser, each in a fresh browser profile with
 * the built extension installed.
 */
import type { BrowserName, ExtensionSession, Tab } from './browsers/session.ts';
import type { Fixtures } from './fixtures.ts';
import type { FixtureServer } from './server.ts';

export interface CaseContext {
  readonly browser: BrowserName;
  readonly session: ExtensionSession;
  readonly fixtures: Fixtures;
  readonly server: FixtureServer;
  /** Saves a PNG of the tab as test-results/screenshots/<browser>-<name>.png and returns its path. */
  screenshot(tab: Tab, name: string): Promise<string>;
  /** A line printed under the case's result. */
  log(message: string): void;
}

export type CaseFn = (ctx: CaseContext) => Promise<void>;

export interface CaseOptions {
  /** Browsers to run in; both by default. */
  browsers?: readonly BrowserName[];
  /** Whole case, launch excluded. */
  timeoutMs?: number;
}

export interface E2eCase {
  name: string;
  fn: CaseFn;
  browsers: readonly BrowserName[];
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const cases: E2eCase[] = [];

export function test(name: string, fn: CaseFn, options: CaseOptions = {}): void {
  if (cases.some((c) => c.name === name)) throw new Error(`e2e: two cases are named "${name}"`);
  cases.push({
    name,
    fn,
    browsers: options.browsers ?? ['chromium', 'firefox'],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}

export function registeredCases(): readonly E2eCase[] {
  return cases;
}
