import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import { DeskError } from '../../shared/bridge/result';
import type { DocumentPage } from './document-page';
import { documentPages } from './document-page';
import type { DocumentSite } from './document-site';
import type { LanedPdfEngine, PdfLane } from './pdf-engine';
import { createJobQueue, defaultLaneCount, engineOverLanes } from './pdf-engine';
import { warmUpDocuments } from './warm-up';

export interface ElectronEngineDeps {
  /** The hidden, sandboxed, JavaScript-off document window (windows/document-window.ts), opened at start; it also prints. */
  window: BrowserWindow;
  /** Opens another such window: one lane each (pdf-engine.ts). */
  openWindow: () => Promise<BrowserWindow>;
  /** Lanes in all; by default defaultLaneCount(). */
  lanes?: number;
  /**
   * Where the windows' pages live: app://documents, answered by the document windows' own session
   * (main.ts) from <resources>/fonts when packaged.
   */
  site: DocumentSite;
}

export interface ElectronDocumentEngine extends LanedPdfEngine {
  /** Prints the document from the document window: the system dialog, or silently to a named printer. */
  print(html: string, options: WebContentsPrintOptions): Promise<'printed' | 'cancelled'>;
}

/** The `@page` size render-html writes, in inches, as printToPDF's pageSize wants it. */
export function pageSizeInches(html: string): { width: number; height: number } | undefined {
  const match = /@page\{size:([\d.]+)mm ([\d.]+)mm/.exec(html);
  return match ? { width: Number(match[1]) / 25.4, height: Number(match[2]) / 25.4 } : undefined;
}

/**
 * The desktop app's engine: each window is put on the document site's blank page once, then
 * driven through `webContents.debugger` like the Chromium engine's pages (document-page.ts), and
 * printed to PDF at the document's CSS page size.
 */
export function createElectronPdfEngine(deps: ElectronEngineDeps): ElectronDocumentEngine {
  const openDocumentPage = documentPages(deps.site);
  const documentPageOf = async (window: BrowserWindow): Promise<DocumentPage> => {
    try {
      await window.webContents.loadURL(deps.site.blankUrl);
      const { debugger: devtools } = window.webContents;
      if (!devtools.isAttached()) devtools.attach('1.3');
      return await openDocumentPage({
        send: (method, params) => devtools.sendCommand(method, params) as Promise<unknown>,
        nextEvent: (name) =>
          new Promise((resolve) => {
            const listener = (_event: unknown, method: string): void => {
              if (method !== name) return;
              devtools.off('message', listener);
              resolve();
            };
            devtools.on('message', listener);
          }),
      });
    } catch (error) {
      throw new DeskError('render-failed', `The document window could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // The first window is made ready at once: it is the one the first batch waits for. A failure
  // shows at its first load, which puts it back on the blank page.
  const pages = new Map<BrowserWindow, Promise<DocumentPage>>([[deps.window, documentPageOf(deps.window)]]);
  pages.get(deps.window)?.catch(() => undefined);
  const load = async (window: BrowserWindow, html: string): Promise<void> => {
    const page = pages.get(window) ?? documentPageOf(window);
    pages.set(window, page);
    try {
      await (await page).load(html);
    } catch (error) {
      // A window that failed (not prepared, crashed, stuck) is put back on the blank page next
      // time; one that refused a document whose text does not fit is sound.
      if (!(error instanceof DeskError && error.code === 'text-overflow')) pages.delete(window);
      throw error;
    }
  };
  const lane = (window: BrowserWindow): PdfLane => ({
    async render(html) {
      await load(window, html);
      try {
        const pdf = await window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
          ...(pageSizeInches(html) ? { pageSize: pageSizeInches(html) } : {}),
        });
        return new Uint8Array(pdf);
      } catch (error) {
        throw new DeskError('render-failed', `printToPDF failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });

  // Printing and rendering share the first window: one queue for both.
  const queue = createJobQueue();
  const warmUp = warmUpDocuments(deps.site.fontsDir);
  // Reported by the window that warms up, not as an unhandled rejection at start.
  warmUp.catch(() => undefined);
  const engine = engineOverLanes({
    first: lane(deps.window),
    openLane: async () => lane(await deps.openWindow()),
    count: deps.lanes ?? defaultLaneCount(),
    close: () => Promise.resolve(),
    queue,
    warmUp: () => warmUp,
  });

  const print = (html: string, options: WebContentsPrintOptions): Promise<'printed' | 'cancelled'> =>
    queue(async () => {
      const window = deps.window;
      await load(window, html);
      return new Promise<'printed' | 'cancelled'>((resolve, reject) => {
        window.webContents.print({ printBackground: true, margins: { marginType: 'none' }, ...options }, (success, failureReason) => {
          if (success) resolve('printed');
          else if (/cancel/i.test(failureReason)) resolve('cancelled');
          else if (/invalid deviceName|not found/i.test(failureReason)) reject(new DeskError('printer-not-found', `No printer named ${options.deviceName ?? ''}: ${failureReason}`));
          else reject(new DeskError('print-refused', `The print job failed: ${failureReason}`));
        });
      });
    });

  return { ...engine, print };
}
