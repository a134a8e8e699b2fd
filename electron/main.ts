import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../shared/i18n/locale';
import { resolveLocale } from '../shared/i18n/locale';
import { createDispatch } from './bridge/dispatch';
import { createHandlers } from './bridge/handlers';
import { createDocumentsService } from './documents/documents-service';
import { createDocumentSite, electronDocumentOrigin } from './documents/document-site';
import { guardDocumentSession } from './documents/document-session';
import { createElectronPdfEngine } from './documents/electron-pdf-engine';
import { electronPrinting } from './documents/electron-printing';
import { prepareFontsDir } from './documents/fonts-dir';
import { writeFilesInto } from './documents/write-files';
import { registerIpcBridge } from './bridge/ipc';
import { buildMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { guardContents, isTrustedSender, restrictPermissions } from './security/guards';
import { appEntryUrl, appScheme, isVettedExternalUrl } from './security/origin';
import { documentPartition } from './security/web-preferences';
import { createAppInfo } from './services/app-info';
import { createBackupStore } from './services/backup-store';
import { createSigningService } from './services/signing';
import { createDialogSaver } from './services/save-file';
import { createSyncService } from './services/sync-client';
import { createCredentialStore } from './services/sync-credentials';
import { documentWindowOptions } from './windows/document-window';
import { mainWindowOptions } from './windows/main-window';
import { askBeforeUnload, unloadQuestion } from './windows/unload-question';
import { loadWindowState, rememberWindowState } from './windows/window-state';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const preloadPath = join(here, '../preload/preload.cjs');

// Must happen before `ready`: the renderer's origin is a standard, secure scheme so that
// IndexedDB, fetch and CSP behave as on https.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const openExternal = (url: string): Promise<void> => (isVettedExternalUrl(url) ? shell.openExternal(url) : Promise.resolve());
const logError = (message: string, error: unknown): void => console.error(message, error);

// Before any window exists: every web contents the app ever makes, the hidden document windows
// included, is kept from navigating away or opening windows (main.test.ts).
app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternal));

let mainWindow: BrowserWindow | undefined;
let locale: Locale = 'zh-CN';

function applyMenu(): void {
  const about = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: locale === 'zh-CN' ? '关于' : 'About',
      message: locale === 'zh-CN' ? `产教联盟工作台 ${app.getVersion()}` : `Alliance Desk ${app.getVersion()}`,
      detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    });
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(locale, { showAbout: about })));
}

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = await loadWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow(mainWindowOptions(state, preloadPath, undefined));
  if (state.maximized) window.maximize();
  rememberWindowState(window, stateFile, (error) => logError('could not save the window state', error));
  askBeforeUnload(window.webContents, () => dialog.showMessageBoxSync(window, unloadQuestion(locale)) === 0);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(appEntryUrl);
  return window;
}

/**
 * The system keyring for the sync token. On Linux without a secret service Electron falls back to
 * a key built into Chromium ('basic_text'), which protects nothing: that counts as no keyring.
 */
const keyring = {
  isAvailable: async (): Promise<boolean> =>
    (await safeStorage.isAsyncEncryptionAvailable()) && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (text: string): Promise<Buffer> => safeStorage.encryptStringAsync(text),
  decrypt: async (bytes: Buffer): Promise<string> => (await safeStorage.decryptStringAsync(bytes)).result,
};

async function start(): Promise<void> {
  locale = resolveLocale(app.getPreferredSystemLanguages());
  restrictPermissions(session.defaultSession);
  // Packaged: <resources>/fonts (electron-builder.yml); from the repository: the same layout made from node_modules.
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : await prepareFontsDir(join(here, '../..'));
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir, { '/fonts/': fontsDir }));
  // The document windows' session serves the document pages (app://documents) and nothing else.
  const documentSite = createDocumentSite(electronDocumentOrigin, fontsDir);
  guardDocumentSession(session.fromPartition(documentPartition), documentSite);
  // Opened now and kept hidden: documents are laid out and printed to PDF in it, and in the
  // windows opened beside it once the app is up (one per lane, pdf-engine.ts).
  const documentWindows: BrowserWindow[] = [];
  const openDocumentWindow = (): BrowserWindow => {
    const window = new BrowserWindow(documentWindowOptions());
    documentWindows.push(window);
    return window;
  };
  const documentWindow = openDocumentWindow();
  const documentEngine = createElectronPdfEngine({ window: documentWindow, openWindow: () => Promise.resolve(openDocumentWindow()), site: documentSite });
  const saveAs = createDialogSaver({
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    defaultDir: app.getPath('documents'),
    joinPath: join,
  });
  const dispatch = createDispatch(
    createHandlers({
      appInfo: createAppInfo({ runtime: 'electron', productName: app.getName(), version: app.getVersion(), dataDir: app.getPath('userData') }),
      saveAs,
      documents: createDocumentsService({
        engine: () => Promise.resolve(documentEngine),
        saveAs,
        saveFiles: async (batchName, files) => {
          const options = { defaultPath: join(app.getPath('documents'), batchName), properties: ['openDirectory' as const, 'createDirectory' as const] };
          const choice = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
          const [folder] = choice.filePaths;
          if (choice.canceled || !folder) return { outcome: 'cancelled' };
          return { outcome: 'saved', folder, count: await writeFilesInto(folder, files) };
        },
        ...electronPrinting(documentEngine, process.platform, () => documentWindow.webContents.getPrintersAsync()),
      }),
      setLocale: (next) => {
        locale = next;
        applyMenu();
      },
      sync: createSyncService({ credentials: createCredentialStore(app.getPath('userData'), keyring) }),
      backups: createBackupStore(app.getPath('userData')),
      signing: createSigningService(app.getPath('userData'), keyring),
    }),
    logError,
  );
  registerIpcBridge(ipcMain, dispatch, isTrustedSender);
  applyMenu();

  mainWindow = await createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = undefined;
    for (const window of documentWindows) if (!window.isDestroyed()) window.destroy();
  });
  // The other document windows open and warm up while the user finds their way to a batch, once
  // the main window has had the machine to itself for its first seconds.
  setTimeout(() => void documentEngine.ready(), 3_000);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (error: unknown) => logError('Alliance Desk could not start', error));
}

