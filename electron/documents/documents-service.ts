import { zipSync } from 'fflate';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  ExportPdfFilesRequest,
  ExportPdfFilesResult,
  ExportPdfRequest,
  ListPrintersResult,
  PrintRequest,
  PrintResult,
  RenderProgressRequest,
  RenderProgressResult,
} from '../../shared/bridge/documents';
import type { SaveAsRequest, SaveAsResult } from '../../shared/bridge/files';
import { DeskError } from '../../shared/bridge/result';
import type { RunCommand } from './cups';
import { assertPrinterReady, listCupsPrinters, mediaFor, runCommand, submitToLp, waitForJob } from './cups';
import type { PdfEngine } from './pdf-engine';
import { firstPageSizeMm } from './pdf-pages';
import type { ProgressBoard } from './render-progress';
import { createProgressBoard } from './render-progress';

/** What the bridge's `documents` namespace does, the same in both runtimes. */
export interface DocumentsService {
  exportPdf(request: ExportPdfRequest): Promise<SaveAsResult>;
  exportPdfFiles(request: ExportPdfFilesRequest): Promise<ExportPdfFilesResult>;
  print(request: PrintRequest): Promise<PrintResult>;
  listPrinters(): Promise<ListPrintersResult>;
  /** How far the export or print given this job id has got. */
  progress(request: RenderProgressRequest): Promise<RenderProgressResult>;
}

export interface DocumentsServiceDeps {
  /** Opened on first use and kept: the first export pays for starting the engine, the rest do not. */
  engine: () => Promise<PdfEngine>;
  /** files.saveAs of the runtime: a save dialog (desktop) or a download (browser mode). */
  saveAs: (request: SaveAsRequest) => Promise<SaveAsResult>;
  /**
   * Where one PDF per document goes. The desktop app asks for a folder and writes the files; left
   * out (browser mode), the files are zipped and handed over through saveAs as one download.
   */
  saveFiles?: (batchName: string, files: { name: string; bytes: Uint8Array }[]) => Promise<ExportPdfFilesResult>;
  /** Printing through the system dialog (desktop only); left out, `dialog: true` is refused. */
  printWithDialog?: (request: PrintRequest, pdf: Uint8Array) => Promise<PrintResult>;
  /** Silent printing where CUPS is not the spooler (Windows, through Electron); left out, CUPS's lp is used. */
  printSilently?: (request: PrintRequest & { printer: string }, pdf: Uint8Array) => Promise<PrintResult>;
  listPrinters?: () => Promise<ListPrintersResult['printers']>;
  run?: RunCommand;
  /** How long a silent print waits for CUPS to finish the job before answering `sent`. */
  printWaitMs?: number;
  /**
   * Where jobs report their progress. Browser mode makes a service per request and passes the one
   * board they share; left out, the service keeps its own.
   */
  progress?: ProgressBoard;
}

const pdfFilter = [{ name: 'PDF', extensions: ['pdf'] }];

export function createDocumentsService(deps: DocumentsServiceDeps): DocumentsService {
  const run = deps.run ?? runCommand;
  const board = deps.progress ?? createProgressBoard();
  const render = async (html: string, jobId: string | undefined): Promise<Uint8Array> => (await deps.engine()).renderPdf(html, { onProgress: board.track(jobId) });
  const renderPages = async (html: string, jobId: string | undefined): Promise<Uint8Array[]> => (await deps.engine()).renderPages(html, { onProgress: board.track(jobId) });

  const printViaCups = async (request: PrintRequest & { printer: string }, pdf: Uint8Array): Promise<PrintResult> => {
    await assertPrinterReady(request.printer, run);
    const { widthMm, heightMm, pages } = await firstPageSizeMm(pdf);
    const dir = await mkdtemp(join(tmpdir(), 'alliance-desk-print-'));
    try {
      const file = join(dir, 'document.pdf');
      await writeFile(file, pdf);
      const jobId = await submitToLp({ printer: request.printer, file, copies: request.copies, media: mediaFor(widthMm, heightMm), title: request.jobTitle }, run);
      await waitForJob(request.printer, jobId, deps.printWaitMs ?? 20_000, run);
      return { outcome: 'sent', printer: request.printer, jobId, pages };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    async exportPdf(request) {
      const pdf = await render(request.html, request.jobId);
      return deps.saveAs({ suggestedName: request.suggestedName, bytes: new Uint8Array(pdf), mimeType: 'application/pdf', filters: pdfFilter });
    },

    async exportPdfFiles(request) {
      const pages = await renderPages(request.html, request.jobId);
      // A document that overflowed onto a second page would shift every name onto the wrong file.
      if (pages.length !== request.fileNames.length) {
        throw new DeskError('render-failed', `The documents made ${String(pages.length)} pages for ${String(request.fileNames.length)} files: a text overflows its page`);
      }
      const files = pages.map((bytes, index) => ({ name: request.fileNames[index] ?? `${String(index + 1)}.pdf`, bytes }));
      if (deps.saveFiles) return deps.saveFiles(request.batchName, files);
      // PDFs are compressed already: stored, not deflated again.
      const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, [file.bytes, { level: 0 }]])));
      const saved = await deps.saveAs({ suggestedName: `${request.batchName}.zip`, bytes: zip, mimeType: 'application/zip', filters: [] });
      if (saved.outcome === 'cancelled') return saved;
      return saved.outcome === 'saved' ? { outcome: 'saved', folder: saved.path, count: files.length } : { outcome: 'downloading', fileName: saved.fileName, count: files.length };
    },

    async print(request) {
      if (request.dialog && !deps.printWithDialog) {
        throw new DeskError('invalid-request', 'The system print dialog is offered by the desktop app; in the browser, print the preview');
      }
      // Check the printer before spending a second on rendering: nothing is sent to a missing one.
      if (!request.dialog && request.printer !== undefined && !deps.printSilently) await assertPrinterReady(request.printer, run);
      const pdf = await render(request.html, request.jobId);
      if (request.dialog && deps.printWithDialog) return deps.printWithDialog(request, pdf);
      if (request.printer === undefined) throw new DeskError('invalid-request', 'Silent printing needs a printer');
      const silent = { ...request, printer: request.printer };
      return deps.printSilently ? deps.printSilently(silent, pdf) : printViaCups(silent, pdf);
    },

    async listPrinters() {
      const printers = await (deps.listPrinters ? deps.listPrinters() : listCupsPrinters(run));
      return { printers, systemDialog: deps.printWithDialog !== undefined };
    },

    progress({ jobId }) {
      return Promise.resolve(board.read(jobId));
    },
  };
}
