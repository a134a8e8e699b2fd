import { defineConfig } from 'vitest/config';

/** `npm run bench:sync`: the sync benchmark, figures printed (not a test run by `npm test`). */
export default defineConfig({
  test: {
    include: ['tests/bench/sync-bench.vitest.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
