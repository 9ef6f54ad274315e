import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { readabilityWithoutInnerHtml } from './scripts/vite/readability-without-innerhtml';

export default defineConfig({
  // WxtVitest does not pick up Vite plugins from wxt.config.ts: preact is added here too.
  // The same build-time edit of Readability as the extension, so tests run the shipped code.
  plugins: [WxtVitest(), preact(), readabilityWithoutInnerHtml()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 30000,
  },
});
