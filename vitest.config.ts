import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests sit beside the code; Playwright's specs under tests/ are not Vitest's.
    include: ['{electron,renderer,shared,server}/**/*.test.{ts,tsx}', 'tests/sync/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
    environment: 'node',
  },
});
