import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeskError } from '../../shared/bridge/result';
import { readFontSlices, withDocumentFonts } from './font-faces';
import type { LanedPdfEngine, PdfLane } from './pdf-engine';
import { createJobQueue, defaultLaneCount, engineOverLanes } from './pdf-engine';

export interface ElectronEngineDeps {
  /** The hidden, sandboxed, JavaScript-off document window (windows/document-window.ts), opened at start; it also prints. */
  window: BrowserWindow;
  /** Opens another such window: one lane each (pdf-engine.ts). */
  openWindow: () => Promise<BrowserWindow>;
  /** Lanes in all; by default defaultLaneCount(). */
  lanes?: number;
  /** <resources>/fonts when packaged. */
  fontsDir: string;
  /** A folder of the app's own for the pages being laid out (under userData or the temp folder). */
  workDir: string;
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
 * The desktop app's engine: the document is written to a file and loaded into a hidden window
 * (a file:// page may load the bundled fonts from file://, a data: URL may not, and a 500-page
 * data: URL would exceed Chromium's URL limit), then printed to PDF at its CSS page size. The
 * window runs no JavaScript, so its load event, which waits for the fonts the first layout asked
 * for, is the signal that the page is ready.
 */
export function createElectronPdfEngine(deps: ElectronEngineDeps): ElectronDocumentEngine {
  const fontsBaseUrl = pathToFileURL(deps.fontsDir).href;
  const slices = readFontSlices(deps.fontsDir);
  // Reported by the first document that needs them, not as an unhandled rejection at start.
  slices.catch(() => undefined);
  const load = async (window: BrowserWindow, html: string): Promise<() => Promise<void>> => {
    await mkdir(deps.workDir, { recursive: true });
    const file = join(deps.workDir, `${randomUUID()}.html`);
    await writeFile(file, withDocumentFonts(html, await slices, fontsBaseUrl));
    try {
      await window.webContents.loadFile(file);
    } catch (error) {
      await rm(file, { force: true });
      throw new DeskError('render-failed', `The document window could not load the document: ${error instanceof Error ? error.message : String(error)}`);
    }
    return () => rm(file, { force: true });
  };

  const lane = (window: BrowserWindow): PdfLane => ({
    async render(html) {
      const cleanUp = await load(window, html);
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
      } finally {
        await cleanUp();
      }
    },
  });

  // Printing and rendering share the first window: one queue for both.
  const queue = createJobQueue();
  const engine = engineOverLanes({ first: lane(deps.window), openLane: async () => lane(await deps.openWindow()), count: deps.lanes ?? defaultLaneCount(), close: () => Promise.resolve(), queue });

  const print = (html: string, options: WebContentsPrintOptions): Promise<'printed' | 'cancelled'> =>
    queue(async () => {
      const window = deps.window;
      const cleanUp = await load(window, html);
      try {
        return await new Promise<'printed' | 'cancelled'>((resolve, reject) => {
          window.webContents.print({ printBackground: true, margins: { marginType: 'none' }, ...options }, (success, failureReason) => {
            if (success) resolve('printed');
            else if (/cancel/i.test(failureReason)) resolve('cancelled');
            else if (/invalid deviceName|not found/i.test(failureReason)) reject(new DeskError('printer-not-found', `No printer named ${options.deviceName ?? ''}: ${failureReason}`));
            else reject(new DeskError('print-refused', `The print job failed: ${failureReason}`));
          });
        });
      } finally {
        await cleanUp();
      }
    });

  return { ...engine, print };
}
