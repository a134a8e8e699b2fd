import { defineConfig } from '@playwright/test';

/** Debian's Chromium: playwright-core downloads no browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    locale: 'zh-CN',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Tracing records every action and slows a 2-core machine down by half; turn it on with --trace on.
    trace: 'off',
  },
  projects: [
    // The built renderer in Chromium, the bridge over HTTP to the real services (browser mode).
    { name: 'browser-mode', testDir: 'tests/e2e' },
    // The real desktop app through Playwright's Electron support, where an Electron binary exists.
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
