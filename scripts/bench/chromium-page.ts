/**
 * A plain headless Chromium page (no extension) serving one esbuild-bundled
 * script from 127.0.0.1, for benchmarks that need a real browser's IndexedDB.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BenchPage {
  page: Page;
  close(): Promise<void>;
}

export async function openBenchPage(entry: string): Promise<BenchPage> {
  const bundle = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', minify: true, target: 'chrome120' });
  const js = bundle.outputFiles[0]?.text ?? '';
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
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    server.close();
    throw new Error(`Chromium did not start from ${chromiumPath()} (set CHROMIUM_PATH): ${e instanceof Error ? e.message : String(e)}`);
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
