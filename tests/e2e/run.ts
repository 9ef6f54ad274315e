/**
 * The real-browser e2e: `npm run test:e2e` (node --import tsx tests/e2e/run.ts).
 *
 * Finds (or installs) Debian's Chromium and Firefox ESR, serves the fixture pages under their
 * real https host names, and runs every case in tests/e2e/cases/ once per browser, each in a
 * fresh profile with the built extension (.output/chrome-mv3, .output/firefox-mv2) installed.
 * Browsers run one after the other. A browser that cannot start fails its cases.
 *
 * Options:  --browser chromium|firefox (repeatable)   --grep <text in case name>   --build (rebuild first)
 *           --retries N: run a failed case again, in a fresh profile, up to N times (default 1 when
 *           CI is set, else 0). A case that passes on a retry counts as passed and is named as
 *           flaky, with every failed attempt's message, in the summary; one that never passes fails.
 * Env:      CHROMIUM_PATH, FIREFOX_PATH, E2E_CHROME_EXTENSION, E2E_FIREFOX_EXTENSION (default the .output builds)
 * Output:   per-case lines, screenshots in test-results/screenshots/, and last the lines
 *           `e2e: N passed, M failed` and `N passed, M failed`. Exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBrowsers } from '../../scripts/ensure-browsers.mjs';
import { launchChromium } from './browsers/chromium.ts';
import { launchFirefox } from './browsers/firefox.ts';
import { BROWSER_NAMES, type BrowserName, type ExtensionSession, type LaunchOptions, type Tab, withTimeout } from './browsers/session.ts';
import { type Fixtures, loadFixtures } from './fixtures.ts';
import { type CaseContext, type E2eCase, registeredCases } from './registry.ts';
import { type FixtureServer, startFixtureServer } from './server.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');
/** About a browser popup's size (both cap popups at 800 x 600). */
const VIEWPORT = { width: 420, height: 600 };
const LAUNCH_LIMIT_MS = 60_000;
/** Safety net for a hung browser: the whole run never exceeds this (a normal run of every case takes about 6 min on 2 busy cores). */
const RUN_LIMIT_MS = Number(process.env.E2E_RUN_LIMIT_MS ?? 20 * 60_000);

const BUILDS: Record<BrowserName, { dir: string; env: string; launch: (o: LaunchOptions) => Promise<ExtensionSession> }> = {
  chromium: { dir: '.output/chrome-mv3', env: 'E2E_CHROME_EXTENSION', launch: launchChromium },
  firefox: { dir: '.output/firefox-mv2', env: 'E2E_FIREFOX_EXTENSION', launch: launchFirefox },
};

let passed = 0;
let failed = 0;
/** Cases that failed and then passed on a retry: "browser › name". */
const flaky: string[] = [];

function printSummary(): void {
  if (flaky.length > 0) {
    console.log(`e2e: FLAKY: ${flaky.length} case(s) passed only on a retry (their failed attempts are printed above):`);
    for (const f of flaky) console.log(`  ${f}`);
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  console.log(`${passed} passed, ${failed} failed`);
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const slug = (text: string): string =>
  text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
const firstLines = (err: unknown): string => {
  const text = err instanceof Error ? err.message : String(err);
  return text
    .split('\n')
    .slice(0, 40)
    .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line))
    .join('\n      ');
};

interface Options {
  browsers: BrowserName[];
  grep: string | null;
  build: boolean;
  retries: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      browser: { type: 'string', multiple: true },
      grep: { type: 'string' },
      build: { type: 'boolean', default: false },
      retries: { type: 'string' },
    },
  });
  const retriesText = values.retries ?? (process.env.CI ? '1' : '0');
  const retries = Number(retriesText);
  if (!Number.isInteger(retries) || retries < 0 || retries > 3) throw new Error(`--retries must be 0 to 3, not "${retriesText}"`);
  const requested = values.browser ?? [...BROWSER_NAMES];
  const unknown = requested.filter((b) => !(BROWSER_NAMES as readonly string[]).includes(b));
  if (unknown.length > 0) throw new Error(`unknown --browser ${unknown.join(', ')} (known: ${BROWSER_NAMES.join(', ')})`);
  return { browsers: requested as BrowserName[], grep: values.grep ?? null, build: values.build, retries };
}

function extensionDirOf(browser: BrowserName): string {
  const { dir, env } = BUILDS[browser];
  return path.resolve(repoRoot, process.env[env] ?? dir);
}

/** The most recently changed file of what goes into the build (entrypoints, src, locales, public), if any. */
function newestSource(): { file: string; mtimeMs: number } | null {
  let best: { file: string; mtimeMs: number } | null = null;
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const mtimeMs = statSync(full).mtimeMs;
        if (!best || mtimeMs > best.mtimeMs) best = { file: full, mtimeMs };
      }
    }
  };
  for (const dir of ['entrypoints', 'src', 'locales', 'public']) walk(path.join(repoRoot, dir));
  return best;
}

/** Builds when asked or when a needed build is missing; says which build the run uses. */
function ensureBuilds(browsers: readonly BrowserName[], forceBuild: boolean): void {
  const missing = browsers.filter((b) => !existsSync(path.join(extensionDirOf(b), 'manifest.json')));
  if (forceBuild || missing.length > 0) {
    if (missing.length > 0) console.log(`e2e: no build at ${missing.map(extensionDirOf).join(', ')}; running npm run build`);
    const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  }
  for (const b of browsers) {
    const manifest = path.join(extensionDirOf(b), 'manifest.json');
    if (!existsSync(manifest)) throw new Error(`no extension build at ${path.dirname(manifest)}`);
    const builtAt = statSync(manifest).mtimeMs;
    const age = Math.round((Date.now() - builtAt) / 60_000);
    console.log(`e2e: ${b} extension: ${path.relative(repoRoot, path.dirname(manifest)) || path.dirname(manifest)} (built ${age} min ago)`);
    const newer = newestSource();
    if (newer && newer.mtimeMs > builtAt) {
      console.log(`e2e: WARNING: ${path.relative(repoRoot, newer.file)} changed after this build; the run tests the old code (--build rebuilds first)`);
    }
  }
}

async function loadCases(grep: string | null): Promise<readonly E2eCase[]> {
  const dir = path.join(import.meta.dirname, 'cases');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    await import(pathToFileURL(path.join(dir, file)).href);
  }
  const all = registeredCases();
  if (all.length === 0) throw new Error(`no e2e cases registered in ${dir}`);
  if (grep === null) return all;
  const chosen = all.filter((c) => c.name.includes(grep));
  console.log(`e2e: --grep "${grep}": running ${chosen.length} of ${all.length} cases`);
  if (chosen.length === 0) throw new Error(`--grep "${grep}" matches no case`);
  return chosen;
}

async function saveScreenshot(tab: Tab, baseName: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${baseName}.png`);
  await tab.screenshot(file);
  return file;
}

/** Remembers the last tab a case opened, for a screenshot when the case fails. */
function trackLastTab(session: ExtensionSession): { session: ExtensionSession; lastTab: () => Tab | null } {
  let last: Tab | null = null;
  const remember = async (opening: Promise<Tab>): Promise<Tab> => {
    last = await opening;
    return last;
  };
  return {
    session: {
      browser: session.browser,
      extensionOrigin: session.extensionOrigin,
      browserVersion: session.browserVersion,
      startedAt: session.startedAt,
      visit: (url) => remember(session.visit(url)),
      openExtensionPage: (p) => remember(session.openExtensionPage(p)),
      consoleMessages: () => session.consoleMessages(),
      requests: () => session.requests(),
      fetchFromBackground: (url) => session.fetchFromBackground(url),
      ...(session.backgroundWorker ? { backgroundWorker: session.backgroundWorker } : {}),
      close: () => session.close(),
    },
    lastTab: () => last,
  };
}

/** One attempt at one case in a fresh profile: passed, failed (reported through `fail`), or the browser did not start. */
async function runAttempt(
  browser: BrowserName,
  testCase: E2eCase,
  launchOptions: LaunchOptions,
  shared: { fixtures: Fixtures; server: FixtureServer },
  fail: (message: string) => void,
  showVersion: (version: string) => void,
): Promise<{ outcome: 'passed'; notes: string[] } | { outcome: 'failed' } | { outcome: 'no-launch'; error: string }> {
  const notes: string[] = [];
  let raw: ExtensionSession;
  try {
    raw = await withTimeout(BUILDS[browser].launch(launchOptions), LAUNCH_LIMIT_MS, `starting ${browser}`);
  } catch (err) {
    return { outcome: 'no-launch', error: firstLines(err) };
  }
  showVersion(`${raw.browserVersion}, extension at ${raw.extensionOrigin}`);
  const { session, lastTab } = trackLastTab(raw);
  const ctx: CaseContext = {
    browser,
    session,
    fixtures: shared.fixtures,
    server: shared.server,
    screenshot: (tab, name) => saveScreenshot(tab, `${browser}-${slug(name)}`),
    log: (message) => notes.push(message),
  };
  try {
    await withTimeout(testCase.fn(ctx), testCase.timeoutMs, 'case');
    return { outcome: 'passed', notes };
  } catch (err) {
    fail(firstLines(err));
    for (const note of notes) console.log(`      ${note}`);
    const tab = lastTab();
    if (tab) {
      const shot = await withTimeout(saveScreenshot(tab, `${browser}-${slug(testCase.name)}-failure`), 10_000, 'failure screenshot').catch(
        () => null,
      );
      const where = await withTimeout(tab.url(), 5_000, 'tab url').catch(() => 'unknown page');
      if (shot) console.log(`      screenshot: ${path.relative(repoRoot, shot)} (${where})`);
    }
    const messages = session.consoleMessages();
    if (messages.length > 0) {
      console.log(`      browser console (${messages.length} noteworthy message(s), last ${Math.min(messages.length, 15)}):`);
      for (const m of messages.slice(-15)) console.log(`        ${m.length > 300 ? `${m.slice(0, 300)}…` : m}`);
    }
    return { outcome: 'failed' };
  } finally {
    await session.close().catch((err: unknown) => console.log(`      (closing ${browser}: ${firstLines(err)})`));
  }
}

async function runBrowser(
  browser: BrowserName,
  executablePath: string,
  cases: readonly E2eCase[],
  fixtures: Fixtures,
  server: FixtureServer,
  retries: number,
): Promise<void> {
  const started = Date.now();
  // Screenshots of an earlier run would pass for this one's.
  if (existsSync(screenshotDir)) {
    for (const file of readdirSync(screenshotDir)) if (file.startsWith(`${browser}-`)) rmSync(path.join(screenshotDir, file));
  }
  const launchOptions: LaunchOptions = {
    executablePath,
    extensionDir: extensionDirOf(browser),
    serverPort: server.port,
    hosts: server.hosts,
    viewport: VIEWPORT,
  };
  console.log(`\n${browser} (${executablePath})`);
  let launchFailure: string | null = null;
  let versionShown = false;
  const before = { passed, failed };
  for (const testCase of cases) {
    const caseStarted = Date.now();
    const attempts = retries + 1;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const last = attempt === attempts;
      const label = attempts > 1 && attempt > 1 ? ` [attempt ${attempt} of ${attempts}]` : '';
      const fail = (message: string): void => {
        if (last) failed += 1;
        const mark = last ? '✗' : '↻';
        const retrying = last ? '' : ` [attempt ${attempt} of ${attempts} failed; retrying in a fresh profile]`;
        console.log(`  ${mark} ${browser} › ${testCase.name}${label}${retrying} (${seconds(Date.now() - caseStarted)})\n      ${message}`);
      };
      if (launchFailure !== null) {
        failed += 1;
        console.log(`  ✗ ${browser} › ${testCase.name}\n      not run: ${browser} could not start (${launchFailure})`);
        break;
      }
      const result = await runAttempt(browser, testCase, launchOptions, { fixtures, server }, fail, (version) => {
        if (!versionShown) console.log(`  ${version}`);
        versionShown = true;
      });
      if (result.outcome === 'no-launch') {
        // A browser that cannot start fails loudly, once per case, and is not tried again.
        failed += 1;
        launchFailure = result.error.split('\n')[0] ?? 'unknown error';
        console.log(`  ✗ ${browser} › ${testCase.name}\n      ${browser} COULD NOT START with the extension: ${result.error}`);
        break;
      }
      if (result.outcome === 'passed') {
        passed += 1;
        console.log(`  ✓ ${browser} › ${testCase.name}${label} (${seconds(Date.now() - caseStarted)})`);
        for (const note of result.notes) console.log(`      ${note}`);
        if (attempt > 1) flaky.push(`${browser} › ${testCase.name} (passed on attempt ${attempt} of ${attempts})`);
        break;
      }
    }
  }
  console.log(`${browser}: ${passed - before.passed} passed, ${failed - before.failed} failed in ${seconds(Date.now() - started)}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    console.log(`\ne2e: the run exceeded ${seconds(RUN_LIMIT_MS)}; stopping (a browser hung?)`);
    failed += 1;
    printSummary();
    process.exit(1);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  const options = parseOptions();
  if (options.browsers.length < BROWSER_NAMES.length) console.log(`e2e: --browser: only ${options.browsers.join(', ')}`);
  const paths = await ensureBrowsers(options.browsers);
  ensureBuilds(options.browsers, options.build);
  const fixtures = loadFixtures();
  const cases = await loadCases(options.grep);
  if (options.retries > 0) console.log(`e2e: a failed case is run again up to ${options.retries} time(s) in a fresh profile and, if it then passes, named as flaky`);
  const server = await startFixtureServer(fixtures);
  console.log(
    `e2e: ${fixtures.pages.length} fixture pages from ${path.relative(repoRoot, fixtures.dir)} on ${server.hosts.join(', ')} ` +
      `(server 127.0.0.1:${server.port}); ${cases.length} cases per browser`,
  );
  try {
    for (const browser of options.browsers) {
      await runBrowser(browser, paths[browser], cases.filter((c) => c.browsers.includes(browser)), fixtures, server, options.retries);
    }
  } finally {
    await server.close();
  }
  console.log(`\ne2e: finished in ${seconds(Date.now() - started)}`);
}

try {
  await main();
} catch (err) {
  console.log(`e2e: ERROR: ${err instanceof Error ? err.message : String(err)}`);
  failed += 1;
}
printSummary();
process.exit(failed > 0 || passed === 0 ? 1 : 0);
