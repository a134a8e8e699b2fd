import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomically } from '../services/write-file';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const defaultWindowState: WindowState = { width: 1280, height: 820, maximized: false };

function overlaps(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The window's last size and position, or the default. A position on a display that is no
 * longer attached (the office laptop without its second screen) is dropped, so the window opens
 * where the user can see it.
 */
export async function loadWindowState(file: string, workAreas: Rectangle[]): Promise<WindowState> {
  let state: WindowState;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) return defaultWindowState;
    state = parsed.data;
  } catch {
    return defaultWindowState;
  }
  if (state.x === undefined || state.y === undefined) return { width: state.width, height: state.height, maximized: state.maximized };
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  if (!workAreas.some((area) => overlaps(bounds, area))) return { width: state.width, height: state.height, maximized: state.maximized };
  return state;
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFileAtomically(file, new TextEncoder().encode(JSON.stringify(windowStateSchema.parse(state))));
}

/** The parts of BrowserWindow needed to remember where it was. */
export interface TrackedWindow {
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Saves the window's state when it closes (normal bounds, so a maximized window restores to its old size). */
export function rememberWindowState(window: TrackedWindow, file: string, onError: (error: unknown) => void): void {
  window.on('close', () => {
    saveWindowState(file, { ...window.getNormalBounds(), maximized: window.isMaximized() }).catch(onError);
  });
}
