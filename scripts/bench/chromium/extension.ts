/**
 * The built extension in headless Chromium for the benchmarks, launched by the e2e
 * harness (tests/e2e/browsers/chromium.ts: same flags, fresh profile, the fixture hosts
 * mapped to a local server), with playwright-core pages handed to the caller.
 *
 * Builds: `normal` is .output/chrome-mv3 (what ships; other work builds and uses it, so it
 * is only built here when missing, and a stale one is used with a warning); `bench` is
 * .output-bench/chrome-mv3 (DALA_BENCH_BUILD=1: the same extension plus the benchmark-only
 * bench-floor page), rebuilt here whenever a source is newer than it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChromiumExtensionContext, launchChromiumContext } from '../../../tests/e2e/browsers/chromium';
import { chromiumPath } from '../lib/chromium-page';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** About a browser popup's size (browsers cap popups at 800 x 600); the e2e uses the same. */
export const POPUP_VIEWPORT = { width: 420, height: 600 };

export type BuildKind = 'normal' | 'bench';

const BUILDS: Record<BuildKind, { dir: string; env: Record<string, string> }> = {
  normal: { dir: '.output/chrome-mv3', env: {} },
  bench: { dir: '.output-bench/chrome-mv3', env: { DALA_BENCH_BUILD: '1' } },
};

/** What a build is made from. */
const SOURCES = ['src', 'entrypoints', 'locales', 'public', 'wxt.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function build(kind: BuildKind, why: string): void {
  const { dir, env } = BUILDS[kind];
  console.error(`bench: ${why}; building ${dir} (${Object.keys(env).map((k) => `${k}=${env[k]} `).join('')}npx wxt build)`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`building ${dir} failed (exit ${r.status ?? r.signal})`);
}

/** The unpacked Chromium build of the given kind, built first when needed (see the module comment). */
export function extensionBuild(kind: BuildKind): string {
  const dir = join(repoRoot, BUILDS[kind].dir);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) build(kind, `no build at ${BUILDS[kind].dir}`);
  const builtAt = statSync(manifest).mtimeMs;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(repoRoot, s))));
  if (sourcesAt > builtAt) {
    if (kind === 'bench') build(kind, `${BUILDS[kind].dir} is older than the sources`);
    else console.error(`bench: WARNING: ${BUILDS[kind].dir} is older than the sources by ${Math.round((sourcesAt - builtAt) / 60_000)} min; measuring it as built (run npm run build:chrome to refresh)`);
  }
  if (!existsSync(manifest)) throw new Error(`no extension build at ${relative(repoRoot, dir)}`);
  return dir;
}

export interface FixtureHosts {
  /** The local server's port; Chromium maps the hosts to it. */
  port: number;
  hosts: readonly string[];
}

/** Chromium with the extension; every host resolves to nothing unless `fixtures` maps it to the fixture server. */
export function launchExtension(extensionDir: string, fixtures: FixtureHosts = { port: 0, hosts: [] }): Promise<ChromiumExtensionContext> {
  return launchChromiumContext({
    executablePath: chromiumPath(),
    extensionDir,
    serverPort: fixtures.port,
    hosts: fixtures.hosts,
    viewport: POPUP_VIEWPORT,
  });
}
