import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** Browser tests: Debian's Chromium driven by playwright-core against a real server. */
export default defineConfig({
  resolve: {
    alias: {
      '@safar/core': source('core'),
      '@safar/analytics': source('analytics'),
      // Before '@safar/warehouse', which would otherwise claim the subpath.
      '@safar/warehouse/rendered-events': fileURLToPath(
        new URL('./packages/warehouse/src/rendered-events.ts', import.meta.url),
      ),
      '@safar/warehouse': source('warehouse'),
      '@safar/server': source('server'),
    },
  },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
