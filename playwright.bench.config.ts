import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './playwright.config';

/** Benchmarks (`npm run bench:*`): figures printed, not asserted; one at a time so they do not share the two cores. */
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
  use: { locale: 'zh-CN', viewport: { width: 1440, height: 900 }, launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
});
