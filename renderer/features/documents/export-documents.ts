import type { DocumentTemplate, IssuedDocument } from '../../../shared/domain/documents';
import type { DocumentAssets } from '../../../shared/documents/render-html';
import { renderDocumentsHtml } from '../../../shared/documents/render-html';
import { desk } from '../../bridge/desk';
import type { ExportProgress } from './export-progress';
import { withProgress } from './export-progress';
import { documentFileName } from './file-names';
import { joinPath, logExports } from './print-log';
import { documentFontsBaseUrl } from './preview/fonts-url';

/** The documents as registered, text for text: a reprint shows what the recipient holds even if the records changed since. */
export function issuedHtml(template: DocumentTemplate, documents: readonly IssuedDocument[], assets: DocumentAssets, forPreview = false): string {
  return renderDocumentsHtml({ template, pages: documents.map((document) => ({ printedTexts: document.printedTexts, qr: document.qr })), assets, fontsBaseUrl: documentFontsBaseUrl(), forPreview }).html;
}

export type ExportOutcome = { outcome: 'saved'; where: string; count: number } | { outcome: 'downloading'; fileName: string; count: number } | { outcome: 'cancelled' };

const readProgress = (jobId: string): Promise<ExportProgress> => desk.documents.progress({ jobId });

/**
 * Exports issued documents to PDF, as one file or one file per document, and logs the export of
 * each once the file is written (a cancelled dialog logs nothing). An export is not a print: the
 * documents stay in the print queue. `onProgress` hears how many documents are laid out, of all.
 */
export async function exportIssued(
  mode: 'one' | 'each',
  template: DocumentTemplate,
  documents: readonly IssuedDocument[],
  assets: DocumentAssets,
  combinedName: string,
  onProgress?: (progress: ExportProgress) => void,
): Promise<ExportOutcome> {
  const html = issuedHtml(template, documents, assets);
  if (mode === 'one') {
    const suggestedName = combinedName.endsWith('.pdf') ? combinedName : `${combinedName}.pdf`;
    const result = await withProgress((jobId) => desk.documents.exportPdf({ html, suggestedName, ...(jobId ? { jobId } : {}) }), readProgress, onProgress);
    if (result.outcome === 'cancelled') return result;
    const where = result.outcome === 'saved' ? result.path : result.fileName;
    await logExports(documents, result.outcome === 'saved' ? 'file' : 'download', () => where);
    return result.outcome === 'saved' ? { outcome: 'saved', where, count: 1 } : { ...result, count: 1 };
  } else {
    // The batch's name names the zip (browser mode) and the folder suggested (desktop).
    const fileNames = documents.map((document) => documentFileName(document.number, document.recipientName));
    const batchName = combinedName.replace(/\.pdf$/u, '');
    const result = await withProgress((jobId) => desk.documents.exportPdfFiles({ html, fileNames, batchName, ...(jobId ? { jobId } : {}) }), readProgress, onProgress);
    if (result.outcome === 'cancelled') return result;
    if (result.outcome === 'saved') await logExports(documents, 'folder', (index) => joinPath(result.folder, fileNames[index] ?? ''));
    // Browser mode: one zip of the files, saved where the browser saves downloads.
    else await logExports(documents, 'download', (index) => `${result.fileName}/${fileNames[index] ?? ''}`);
    return result.outcome === 'saved' ? { outcome: 'saved', where: result.folder, count: result.count } : result;
  }
}
