import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { DeskApi } from '../../shared/bridge/desk-api';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
if ('reason' in binary) console.warn(`[electron project] skipped: ${binary.reason}.`);

/**
 * The main window, found by its URL: the hidden document windows open first (main.ts), so the
 * app's first window is not the one the user sees.
 */
async function mainWindowOf(app: ElectronApplication): Promise<Page> {
  let main: Page | undefined;
  await expect.poll(() => (main = app.windows().find((window) => window.url().startsWith('app://desk/'))) !== undefined, { timeout: 60_000 }).toBe(true);
  if (!main) throw new Error('the main window did not open');
  return main;
}

test.describe('the desktop app', () => {
  test.skip(!('path' in binary), `No Electron binary on this machine, so the desktop app is not launched: ${'reason' in binary ? binary.reason : ''}. Browser mode carries the end-to-end tests.`);

  test('opens the shell from app://, with the bridge exposed by the preload', async () => {
    if (!('path' in binary)) return;
    const app = await electron.launch({ executablePath: binary.path, args: [root] });
    const page = await mainWindowOf(app);
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    // The document windows are on the app's document origin (app://documents), never on a file:// page.
    for (const window of app.windows()) expect(window.url()).not.toMatch(/^file:/);
    const info = await page.evaluate(async () => {
      const desk = (globalThis as { desk?: DeskApi }).desk;
      return desk ? (await desk.app.info({})).ok : false;
    });
    expect(info).toBe(true);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
