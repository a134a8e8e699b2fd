import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultWindowState, loadWindowState, rememberWindowState, saveWindowState } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('window state', () => {
  let file: string;
  beforeEach(async () => {
    file = join(await mkdtemp(join(tmpdir(), 'desk-window-')), 'window-state.json');
  });

  it('starts with the default size the first time and after a corrupt file', async () => {
    expect(await loadWindowState(file, screen)).toEqual(defaultWindowState);
    await writeFile(file, '{"width": "wide"');
    expect(await loadWindowState(file, screen)).toEqual(defaultWindowState);
  });

  it('restores the size and position it saved', async () => {
    await saveWindowState(file, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(await loadWindowState(file, screen)).toEqual({ x: 100, y: 50, width: 1400, height: 900, maximized: true });
  });

  it('forgets a position on a display that is gone, but keeps the size', async () => {
    await saveWindowState(file, { x: 2500, y: 100, width: 1200, height: 800, maximized: false });
    expect(await loadWindowState(file, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('saves the normal bounds when the window closes', async () => {
    const listeners: (() => void)[] = [];
    rememberWindowState(
      { on: (_event, listener) => listeners.push(listener), getNormalBounds: () => ({ x: 10, y: 20, width: 1000, height: 700 }), isMaximized: () => false },
      file,
      (error) => {
        throw error;
      },
    );
    listeners.forEach((listener) => listener());
    await expect.poll(() => loadWindowState(file, screen)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
