import type { DocumentTemplate, IssuedDocument } from '../../../shared/domain/documents';
import type { DocumentAssets } from '../../../shared/documents/render-html';
import { renderDocumentsHtml } from '../../../shared/documents/render-html';
import { desk } from '../../bridge/desk';
import { documentFileName } from './file-names';
import { countPrints } from './issue/issue-documents';
import { documentFontsBaseUrl } from './preview/fonts-url';

/** The documents as registered, text for text: a reprint shows what the recipient holds even if the records changed since. */
export function issuedHtml(template: DocumentTemplate, documents: readonly IssuedDocument[], assets: DocumentAssets, forPreview = false): string {
  return renderDocumentsHtml({ template, pages: documents.map((document) => ({ printedTexts: document.printedTexts })), assets, fontsBaseUrl: documentFontsBaseUrl(), forPreview }).html;
}

export type ExportOutcome = { outcome: 'saved'; where: string; count: number } | { outcome: 'downloading'; fileName: string; count: number } | { outcome: 'cancelled' };

/**
 * Exports issued documents to PDF, as one file or one file per document, and counts the
 * print of each once the file is written (a cancelled dialog counts nothing).
 */
export async function exportIssued(mode: 'one' | 'each', template: DocumentTemplate, documents: readonly IssuedDocument[], assets: DocumentAssets, combinedName: string): Promise<ExportOutcome> {
  const html = issuedHtml(template, documents, assets);
  let outcome: ExportOutcome;
  if (mode === 'one') {
    const result = await desk.documents.exportPdf({ html, suggestedName: combinedName.endsWith('.pdf') ? combinedName : `${combinedName}.pdf` });
    outcome = result.outcome === 'saved' ? { outcome: 'saved', where: result.path, count: 1 } : result.outcome === 'downloading' ? { ...result, count: 1 } : result;
  } else {
    const result = await desk.documents.exportPdfFiles({ html, fileNames: documents.map((document) => documentFileName(document.number, document.recipientName)) });
    outcome = result.outcome === 'saved' ? { outcome: 'saved', where: result.folder, count: result.count } : result;
  }
  if (outcome.outcome !== 'cancelled') await countPrints(documents.map((document) => document.id));
  return outcome;
}
