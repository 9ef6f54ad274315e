/**
 * `content script size`: the built content script, minified and gzipped, beside
 * Readability alone minified and gzipped (the generic fallback it carries).
 * Builds the Chrome extension first when .output is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import type { BenchRow } from './row';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function run(): Promise<BenchRow[]> {
  const built = join(root, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(built)) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  const ours = gzipSync(readFileSync(built), { level: 9 }).length;
  const require = createRequire(import.meta.url);
  const readabilitySrc = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const min = await transform(readabilitySrc, { minify: true, loader: 'js' });
  const peer = gzipSync(Buffer.from(min.code), { level: 9 }).length;
  return [{ metric: 'content script size', ours, peer, peerName: '@mozilla/readability 0.6.0 alone (min+gz)', unit: 'bytes (min+gz)' }];
}
