#!/usr/bin/env node
/**
 * Finds the browsers the e2e drives: Chromium (CHROMIUM_PATH, else /usr/bin/chromium,
 * chromium-browser) and Firefox (FIREFOX_PATH, else /usr/bin/firefox-esr, firefox).
 * When one is missing and we are root on Debian, installs Debian's packages with apt-get;
 * otherwise stops with the exact command to run. It never downloads a browser from anywhere else.
 *
 *   node scripts/ensure-browsers.mjs            # both
 *   node scripts/ensure-browsers.mjs chromium   # only one
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {'chromium' | 'firefox'} BrowserName */

export const BROWSERS = /** @type {const} */ ({
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    names: ['chromium', 'chromium-browser'],
    defaults: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    debianPackage: 'chromium',
  },
  firefox: {
    label: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    defaults: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debianPackage: 'firefox-esr',
  },
});

function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/**
 * @param {BrowserName} name
 * @returns {{ path: string, source: string } | { path: null, envError: string | null }}
 */
export function findBrowser(name) {
  const spec = BROWSERS[name];
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return { path: fromEnv, source: spec.env };
    return { path: null, envError: `${spec.env}=${fromEnv} is not an executable file` };
  }
  for (const file of spec.defaults) if (isExecutableFile(file)) return { path: file, source: 'default location' };
  for (const n of spec.names) {
    const file = onPath(n);
    if (file) return { path: file, source: 'PATH' };
  }
  return { path: null, envError: null };
}

function canInstallWithApt() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') !== null;
}

function run(command, args, log) {
  log(`ensure-browsers: running: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`ensure-browsers: could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`ensure-browsers: "${[command, ...args].join(' ')}" failed with exit code ${result.status}`);
}

/**
 * @param {readonly BrowserName[]} [names]
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<Record<BrowserName, string>>} path of each requested browser
 */
export async function ensureBrowsers(names = ['chromium', 'firefox'], { log = (line) => console.log(line) } = {}) {
  const found = Object.fromEntries(names.map((n) => [n, findBrowser(n)]));
  const envErrors = names.map((n) => found[n].envError).filter(Boolean);
  if (envErrors.length > 0) throw new Error(`ensure-browsers: ${envErrors.join('; ')}`);
  const missing = names.filter((n) => found[n].path === null);
  if (missing.length > 0) {
    const packages = missing.map((n) => BROWSERS[n].debianPackage);
    const labels = missing.map((n) => BROWSERS[n].label).join(' and ');
    if (canInstallWithApt()) {
      log(`ensure-browsers: ${labels} not found; installing Debian's ${packages.join(' ')} with apt-get (root on Debian).`);
      run('apt-get', ['update'], log);
      run('apt-get', ['install', '-y', ...packages], log);
      for (const n of missing) found[n] = findBrowser(n);
    } else {
      const envHint = missing.map((n) => `${BROWSERS[n].env}=/path/to/${BROWSERS[n].names[0]}`).join(' ');
      const command = existsSync('/etc/debian_version')
        ? `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
        : `${envHint} npm run test:e2e`;
      throw new Error(
        `ensure-browsers: ${labels} not found (looked at ${missing.map((n) => `$${BROWSERS[n].env}, ${BROWSERS[n].defaults.join(', ')}, ${BROWSERS[n].names.join('/')} on PATH`).join('; ')}).\n` +
          `Run:\n  ${command}\n` +
          `or point ${missing.map((n) => BROWSERS[n].env).join(' / ')} at an installed browser (${envHint}).`,
      );
    }
  }
  const stillMissing = names.filter((n) => found[n].path === null);
  if (stillMissing.length > 0) {
    throw new Error(`ensure-browsers: ${stillMissing.map((n) => BROWSERS[n].label).join(' and ')} still not found after apt-get install`);
  }
  for (const n of names) log(`ensure-browsers: ${BROWSERS[n].label}: ${found[n].path} (${found[n].source})`);
  return /** @type {Record<BrowserName, string>} */ (Object.fromEntries(names.map((n) => [n, found[n].path])));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((n) => !(n in BROWSERS));
  if (unknown.length > 0) {
    console.error(`ensure-browsers: unknown browser ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`);
    process.exit(2);
  }
  try {
    await ensureBrowsers(requested.length > 0 ? requested : undefined);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
