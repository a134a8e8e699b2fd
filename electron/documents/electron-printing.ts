import type { PrinterInfo } from 'electron';
import type { Printer, PrintRequest, PrintResult } from '../../shared/bridge/documents';
import type { DocumentsServiceDeps } from './documents-service';
import { countPdfPages } from './pdf-pages';
import type { ElectronDocumentEngine } from './electron-pdf-engine';

/** Electron's printer list (used on Windows, where there is no lpstat), in the bridge's shape. */
export function printersFromElectron(printers: readonly PrinterInfo[]): Printer[] {
  return printers.map((printer) => {
    const options = printer.options as Record<string, string | undefined>;
    // Windows reports a status bit field; 0 is ready, bits like 0x1 (paused) or 0x80 (offline) are not.
    const status = Number(options.status ?? '0');
    return {
      name: printer.name,
      description: printer.displayName || printer.description,
      isDefault: options.isDefault === 'true' || options['printer-is-default'] === 'true',
      status: status === 0 ? 'idle' : (status & 0x1) !== 0 || (status & 0x80) !== 0 ? 'disabled' : 'unknown',
    } satisfies Printer;
  });
}

/**
 * The desktop app's printing: the system dialog always through Electron; silent printing through
 * CUPS's lp on Linux and macOS (the service's default, tested against a real spooler), and through
 * Electron's silent print on Windows, where there is no lp.
 */
export function electronPrinting(
  engine: ElectronDocumentEngine,
  platform: NodeJS.Platform,
  getPrinters: () => Promise<PrinterInfo[]>,
): Pick<DocumentsServiceDeps, 'printWithDialog' | 'printSilently' | 'listPrinters'> {
  const sent = (printer: string, pages: number): PrintResult => ({ outcome: 'sent', printer, pages });
  return {
    printWithDialog: async (request: PrintRequest, pdf: Uint8Array) => {
      const outcome = await engine.print(request.html, { silent: false, copies: request.copies, ...(request.printer ? { deviceName: request.printer } : {}) });
      return outcome === 'cancelled' ? { outcome } : sent(request.printer ?? '', await countPdfPages(pdf));
    },
    ...(platform === 'win32'
      ? {
          printSilently: async (request: PrintRequest & { printer: string }, pdf: Uint8Array) => {
            const outcome = await engine.print(request.html, { silent: true, deviceName: request.printer, copies: request.copies });
            return outcome === 'cancelled' ? { outcome } : sent(request.printer, await countPdfPages(pdf));
          },
          listPrinters: async () => printersFromElectron(await getPrinters()),
        }
      : {}),
  };
}
