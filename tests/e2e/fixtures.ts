import { test as base } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserMode } from '../../electron/browser-mode/server';
import { startBrowserMode } from '../../electron/browser-mode/server';
import { ShellPage } from './pages/shell-page';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

interface Fixtures {
  /** The app opened in a fresh browser context: its own, empty IndexedDB. */
  shell: ShellPage;
}

/**
 * Browser mode exactly as `npm start` runs it — the built renderer, the HTTP bridge, the real
 * services — one server per worker, on a free port.
 */
export const test = base.extend<Fixtures, { browserMode: BrowserMode }>({
  browserMode: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'desk-e2e-'));
      const mode = await startBrowserMode({ rendererDir, dataDir, productName: 'Alliance Desk', version: '0.0.0-e2e', port: 0 });
      await use(mode);
      await mode.close();
    },
    { scope: 'worker' },
  ],
  shell: async ({ page, browserMode }, use) => {
    const shell = new ShellPage(page);
    await shell.open(browserMode.openUrl);
    await use(shell);
  },
});

export { expect } from '@playwright/test';
