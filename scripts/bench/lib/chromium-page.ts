/**
 * Headless Chromium for benchmarks, launched as the e2e harness launches it (its flags,
 * its browser lookup): a plain page (no extension) serving one esbuild-bundled script
 * from 127.0.0.1, for benchmarks that need a real browser's IndexedDB.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../ensure-browsers.mjs';
import { CHROMIUM_BASE_ARGS } from '../../../tests/e2e/browsers/chromium';

/** Chromium as the e2e finds it (CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH); throws saying how to get one. */
export function chromiumPath(): string {
  const found = findBrowser('chromium');
  if (found.path !== null) return found.path;
  throw new Error(
    found.envError ??
      'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, chromium on PATH): run `node scripts/ensure-browsers.mjs chromium` or set CHROMIUM_PATH',
  );
}

/** One script for a page: the entry and its imports bundled as an IIFE. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', minify: true, target: 'chrome120' });
  const js = bundle.outputFiles[0]?.text;
  if (!js) throw new Error(`esbuild produced nothing for ${entry}`);
  return js;
}

export interface BenchPage {
  page: Page;
  close(): Promise<void>;
}

export async function openBenchPage(entry: string): Promise<BenchPage> {
  const js = await bundleForBrowser(entry);
  const server = http.createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(js);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  let browser: Browser;
  const executablePath = chromiumPath();
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_BASE_ARGS] });
  } catch (e) {
    server.close();
    throw new Error(`Chromium did not start from ${executablePath} (set CHROMIUM_PATH): ${e instanceof Error ? e.message : String(e)}`);
  }
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  return {
    page,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
