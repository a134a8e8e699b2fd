import type { BrowserWindow, WebContentsPrintOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeskError } from '../../shared/bridge/result';
import { withFontsBaseUrl } from '../../shared/documents/render-html';
import type { PdfEngine } from './pdf-engine';
import { serialize } from './pdf-engine';

export interface ElectronEngineDeps {
  /** The hidden, sandboxed, JavaScript-off document window (windows/document-window.ts), opened at start. */
  window: () => BrowserWindow;
  /** <resources>/fonts when packaged. */
  fontsDir: string;
  /** A folder of the app's own for the pages being laid out (under userData or the temp folder). */
  workDir: string;
}

export interface ElectronDocumentEngine extends PdfEngine {
  /** Prints the document from the document window: the system dialog, or silently to a named printer. */
  print(html: string, options: WebContentsPrintOptions): Promise<'printed' | 'cancelled'>;
}

/** The `@page` size render-html writes, in inches, as printToPDF's pageSize wants it. */
export function pageSizeInches(html: string): { width: number; height: number } | undefined {
  const match = /@page\{size:([\d.]+)mm ([\d.]+)mm/.exec(html);
  return match ? { width: Number(match[1]) / 25.4, height: Number(match[2]) / 25.4 } : undefined;
}

/**
 * The desktop app's engine: the document is written to a file and loaded into the hidden window
 * (a file:// page may load the bundled fonts from file://, a data: URL may not, and a 500-page
 * data: URL would exceed Chromium's URL limit), then printed to PDF at its CSS page size. The
 * window runs no JavaScript, so its load event, which waits for the fonts the first layout asked
 * for, is the signal that the page is ready.
 */
export function createElectronPdfEngine(deps: ElectronEngineDeps): ElectronDocumentEngine {
  const fontsBaseUrl = pathToFileURL(deps.fontsDir).href;
  const load = async (html: string): Promise<() => Promise<void>> => {
    await mkdir(deps.workDir, { recursive: true });
    const file = join(deps.workDir, `${randomUUID()}.html`);
    await writeFile(file, withFontsBaseUrl(html, fontsBaseUrl));
    try {
      await deps.window().webContents.loadFile(file);
    } catch (error) {
      await rm(file, { force: true });
      throw new DeskError('render-failed', `The document window could not load the document: ${error instanceof Error ? error.message : String(error)}`);
    }
    return () => rm(file, { force: true });
  };

  const renderPdf = serialize(async (html: string): Promise<Uint8Array> => {
    const cleanUp = await load(html);
    try {
      const pdf = await deps.window().webContents.printToPDF({
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
  });

  const print = serialize(async (html: string, options: WebContentsPrintOptions): Promise<'printed' | 'cancelled'> => {
    const cleanUp = await load(html);
    try {
      return await new Promise<'printed' | 'cancelled'>((resolve, reject) => {
        deps.window().webContents.print({ printBackground: true, margins: { marginType: 'none' }, ...options }, (success, failureReason) => {
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

  return { renderPdf, print, close: () => Promise.resolve() };
}
