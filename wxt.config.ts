import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_MATCHES } from './src/sites/hosts';
import { readabilityWithoutInnerHtml } from './scripts/vite/readability-without-innerhtml';

/**
 * DALA_BENCH_BUILD=1 builds into .output-bench with the benchmark-only page
 * entrypoints/bench-floor; every other build leaves that page out.
 */
const BENCH_BUILD = process.env.DALA_BENCH_BUILD === '1';

// The extension touches only the three sites' hosts: no <all_urls>, no other host permission.
export default defineConfig({
  srcDir: '.',
  // DALA_OUT_DIR builds elsewhere (e.g. to test a change while an e2e run reads .output).
  outDir: process.env.DALA_OUT_DIR ?? (BENCH_BUILD ? '.output-bench' : '.output'),
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (BENCH_BUILD) return;
      const i = entrypoints.findIndex((e) => e.name === 'bench-floor');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), readabilityWithoutInnerHtml()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'contextMenus'],
    host_permissions: [...HOST_MATCHES],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dala-reader@dala-reader.kz',
              // data_collection_permissions needs Firefox 140 (142 on Android).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
