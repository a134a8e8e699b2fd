import type { PrintResult } from '../../../../shared/bridge/documents';
import type { DocumentTemplate, IssuedDocument } from '../../../../shared/domain/documents';
import type { Alliance } from '../../../../shared/domain/records';
import type { Calibration, PrintChoice } from '../../../../shared/documents/print-settings';
import { offsetFor } from '../../../../shared/documents/print-settings';
import { renderDocumentsHtml } from '../../../../shared/documents/render-html';
import { desk } from '../../../bridge/desk';
import { documentFontsBaseUrl } from '../preview/fonts-url';
import { loadDocumentAssets } from '../preview/use-document-assets';
import { printInBrowser } from './browser-print';

export interface PrintContext {
  template: DocumentTemplate;
  alliance: Pick<Alliance, 'logo' | 'seal'> | null;
  calibration: Calibration | null | undefined;
  /** false in browser mode: the browser's own dialog prints a frame of the page instead. */
  systemDialog: boolean;
}

/** One issued document, exactly as registered, moved by this printer's calibration for its template. */
export async function printIssuedDocument(document: IssuedDocument, choice: PrintChoice, context: PrintContext): Promise<PrintResult | 'printed-in-browser'> {
  const { html } = renderDocumentsHtml({
    template: context.template,
    pages: [{ printedTexts: document.printedTexts }],
    assets: await loadDocumentAssets(context.template, context.alliance),
    fontsBaseUrl: documentFontsBaseUrl(),
    offsetMm: offsetFor(context.calibration, choice.printer, context.template.id),
    forPreview: false,
  });
  if (choice.mode === 'dialog' && !context.systemDialog) {
    await printInBrowser(html);
    return 'printed-in-browser';
  }
  return desk.documents.print({
    html,
    ...(choice.printer ? { printer: choice.printer } : {}),
    copies: choice.copies,
    dialog: choice.mode === 'dialog',
    jobTitle: `${document.number} ${document.recipientName}`.slice(0, 200),
  });
}
