import { _electron as electron, expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { DeskApi } from '../../shared/bridge/desk-api';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
if ('reason' in binary) console.warn(`[electron project] skipped: ${binary.reason}.`);

test.describe('the desktop app', () => {
  test.skip(!('path' in binary), `No Electron binary on this machine, so the desktop app is not launched: ${'reason' in binary ? binary.reason : ''}. Browser mode carries the end-to-end tests.`);

  test('opens the shell from app://, with the bridge exposed by the preload', async () => {
    if (!('path' in binary)) return;
    const app = await electron.launch({ executablePath: binary.path, args: [root] });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/desk\//);
    const info = await page.evaluate(async () => {
      const desk = (globalThis as { desk?: DeskApi }).desk;
      return desk ? (await desk.app.info({})).ok : false;
    });
    expect(info).toBe(true);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
