import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rendererCsp } from './security/csp';
import { secureWebPreferences } from './security/web-preferences';

/**
 * The real main module, loaded against a recording stand-in of the `electron` module: every window
 * it creates, the document windows as much as the main one, must come out guarded, with the secure
 * web preferences, on a page whose answer carries the app's CSP. The stand-in emits
 * `web-contents-created` from inside the BrowserWindow constructor, as Electron does, so a guard
 * registered after a window exists misses that window here as it would in the app.
 */
const recorded = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    off(name: string, listener: Listener): this {
      this.listeners.set(name, (this.listeners.get(name) ?? []).filter((entry) => entry !== listener));
      return this;
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  type Handler = (request: Request) => Response | Promise<Response>;
  class FakeSession {
    handlers = new Map<string, Handler>();
    beforeRequest?: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
    permissionRequest?: unknown;
    protocol = { handle: (scheme: string, handler: Handler) => this.handlers.set(scheme, handler) };
    webRequest = { onBeforeRequest: (listener: FakeSession['beforeRequest']) => (this.beforeRequest = listener) };
    setPermissionRequestHandler(handler: unknown): void {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(): void {}
  }
  const app = new Emitter();
  const defaultSession = new FakeSession();
  const partitions = new Map<string, FakeSession>();
  const userData = { dir: '' };
  class FakeContents extends Emitter {
    loaded: string[] = [];
    windowOpenHandler?: (details: { url: string }) => { action: string };
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    loadFile(file: string): Promise<void> {
      this.loaded.push(`file://${file}`);
      return Promise.resolve();
    }
    getURL(): string {
      return this.loaded.at(-1) ?? '';
    }
    // DevTools as a document page answers it: the engine's warm-up runs through these.
    private devtools = new Emitter();
    debugger = {
      isAttached: () => false,
      attach: () => undefined,
      on: (name: string, listener: (...args: unknown[]) => unknown) => this.devtools.on(name, listener),
      off: (name: string, listener: (...args: unknown[]) => unknown) => this.devtools.off(name, listener),
      sendCommand: (method: string): Promise<unknown> => {
        if (method === 'Page.getFrameTree') return Promise.resolve({ frameTree: { frame: { id: 'main' } } });
        if (method === 'Page.setDocumentContent') setTimeout(() => this.devtools.emit('message', {}, 'Page.loadEventFired'));
        if (method === 'Runtime.evaluate') return Promise.resolve({ result: { value: [] } });
        return Promise.resolve({});
      },
    };
    printToPDF(): Promise<Buffer> {
      return Promise.resolve(Buffer.from('%PDF-1.7\ntrailer\n<< /Size 1 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'));
    }
    getPrintersAsync(): Promise<unknown[]> {
      return Promise.resolve([]);
    }
  }
  const windows: { options: { webPreferences?: Record<string, unknown>; show?: boolean }; webContents: FakeContents }[] = [];
  class BrowserWindow extends Emitter {
    webContents = new FakeContents();
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      return this.webContents.loadURL(url);
    }
    maximize(): void {}
    show(): void {}
    isDestroyed(): boolean {
      return false;
    }
    destroy(): void {}
    isMinimized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized(): boolean {
      return false;
    }
  }
  const ready: { resolve?: () => void; started?: Promise<void> } = {};
  const electronApp = Object.assign(app, {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => new Promise<void>((resolve) => (ready.resolve = resolve)),
    getPreferredSystemLanguages: () => ['zh-CN'],
    getPath: () => userData.dir,
    getName: () => 'Alliance Desk',
    getVersion: () => '0.0.0-test',
    quit: () => undefined,
  });
  const privileged: unknown[] = [];
  const ipcChannels: string[] = [];
  // What the user answers, in turn, when closing the main window over unsaved changes (0: discard and close).
  const unloadAnswers: number[] = [];
  const module = {
    app: electronApp,
    BrowserWindow,
    session: { defaultSession, fromPartition: (name: string) => partitions.get(name) ?? partitions.set(name, new FakeSession()).get(name) },
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => privileged.push(...schemes), handle: (scheme: string, handler: Handler) => defaultSession.protocol.handle(scheme, handler) },
    ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (template: unknown) => template },
    dialog: { showMessageBox: () => Promise.resolve({}), showMessageBoxSync: () => unloadAnswers.shift() ?? 1, showSaveDialog: () => Promise.resolve({ canceled: true }), showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    safeStorage: { isAsyncEncryptionAvailable: () => Promise.resolve(false), getSelectedStorageBackend: () => 'basic_text' },
    shell: { openExternal: () => Promise.resolve() },
  };
  return { module, windows, defaultSession, partitions, privileged, ipcChannels, ready, userData, unloadAnswers };
});

vi.mock('electron', () => ({ ...recorded.module, default: recorded.module }));
// main.ts finds the repository from dist/main/; loaded from its source it looks one folder too high.
vi.mock('./documents/fonts-dir', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./documents/fonts-dir')>();
  const { repoRoot } = await import('./documents/test-support');
  return { ...actual, prepareFontsDir: () => actual.prepareFontsDir(repoRoot) };
});

describe('the main process wiring (electron/main.ts)', () => {
  beforeAll(async () => {
    recorded.userData.dir = mkdtempSync(join(tmpdir(), 'desk-main-'));
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await import('./main');
    recorded.ready.resolve?.();
    // Start-up: the fonts folder, the first document window, the bridge, the main window.
    await vi.waitFor(() => expect(recorded.windows.some((window) => window.webContents.loaded.includes('app://desk/index.html'))).toBe(true), { timeout: 30_000 });
    // The other document windows open a few seconds after the main window (main.ts).
    vi.advanceTimersByTime(3_000);
    vi.useRealTimers();
    await vi.waitFor(
      () => {
        expect(recorded.windows.length).toBeGreaterThanOrEqual(3);
        for (const window of recorded.windows) expect(window.webContents.loaded).not.toEqual([]);
      },
      { timeout: 30_000 },
    );
  }, 60_000);
  afterAll(() => {
    vi.useRealTimers();
  });

  it('registers the app scheme as privileged before anything else', () => {
    expect(recorded.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('guards every window it creates, the first document window included, against navigating away and opening windows', () => {
    for (const [index, window] of recorded.windows.entries()) {
      let prevented = false;
      window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'file:///etc/passwd');
      expect(prevented, `window ${String(index)} navigates to file://`).toBe(true);
      prevented = false;
      window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'http://127.0.0.1:8787/');
      expect(prevented, `window ${String(index)} navigates to loopback`).toBe(true);
      expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' }), `window ${String(index)} opens a window`).toEqual({ action: 'deny' });
    }
  });

  it('asks before the main window closes over unsaved changes, and closes only on the answer to discard them', () => {
    const main = recorded.windows.find((window) => window.webContents.loaded.includes('app://desk/index.html'));
    const unloads = (): boolean => {
      let prevented = false;
      main?.webContents.emit('will-prevent-unload', { preventDefault: () => (prevented = true) });
      return prevented;
    };
    recorded.unloadAnswers.push(0, 1);
    expect(unloads()).toBe(true);
    expect(unloads()).toBe(false);
  });

  it('gives every window the secure web preferences, and the document windows no JavaScript, no preload and their own session', () => {
    const main = recorded.windows.filter((window) => window.webContents.loaded.includes('app://desk/index.html'));
    const documents = recorded.windows.filter((window) => !main.includes(window));
    expect(main).toHaveLength(1);
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const window of recorded.windows) expect(window.options.webPreferences).toMatchObject(secureWebPreferences);
    expect(main[0]?.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
    for (const window of documents) {
      expect(window.options.show).toBe(false);
      expect(window.options.webPreferences).toMatchObject({ javascript: false, partition: 'documents' });
      expect(window.options.webPreferences?.preload).toBeUndefined();
      // Put on the app's document origin, never on a file:// page.
      expect(window.webContents.loaded).toEqual(['app://documents/blank.html']);
    }
  });

  it('answers the main window with the renderer CSP and the document windows with the document policy, refusing the rest', async () => {
    const index = await recorded.defaultSession.handlers.get('app')?.(new Request('app://desk/index.html'));
    expect(index?.headers.get('content-security-policy')).toBe(rendererCsp);
    const documents = recorded.partitions.get('documents');
    const blank = await documents?.handlers.get('app')?.(new Request('app://documents/blank.html'));
    expect(blank?.status).toBe(200);
    expect(blank?.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'none';.*frame-src 'none'/);
    expect((await documents?.handlers.get('app')?.(new Request('app://desk/index.html')))?.status).toBe(403);
    for (const url of ['file:///etc/passwd', 'http://127.0.0.1:8787/', 'app://desk/index.html']) {
      let cancel: boolean | undefined;
      documents?.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      expect(cancel, url).toBe(true);
    }
  });

  it('registers one IPC handler per bridge channel', () => {
    expect(recorded.ipcChannels).toContain('documents.exportPdf');
    expect(new Set(recorded.ipcChannels).size).toBe(recorded.ipcChannels.length);
  });
});
