import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@safar/core': source('core'),
      '@safar/server': source('server'),
      '@safar/analytics': source('analytics'),
      // Before '@safar/warehouse', which would otherwise claim the subpath.
      '@safar/warehouse/rendered-events': fileURLToPath(
        new URL('./packages/warehouse/src/rendered-events.ts', import.meta.url),
      ),
      '@safar/warehouse': source('warehouse'),
      '@safar/cli': source('cli'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    testTimeout: 30_000,
    // Dropping a ClickHouse test database with a thousand parts can take minutes on a busy machine.
    hookTimeout: 300_000,
    // Two cores: PGlite start-up per suite is CPU-bound, so run two files at a time.
    maxWorkers: 2,
  },
});
