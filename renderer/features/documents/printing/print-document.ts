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
import { unconfirmed } from './print-job';

export interface PrintContext {
  template: DocumentTemplate;
  alliance: Pick<Alliance, 'logo' | 'seal'> | null;
  calibration: Calibration | null | undefined;
  /** false in browser mode: the browser's own dialog prints a frame of the page instead. */
  systemDialog: boolean;
}

/** One issued document, exactly as registered, moved by this printer's calibration for its template. */
export async function printIssuedDocument(document: IssuedDocument, choice: PrintChoice, context: PrintContext): Promise<PrintResult | typeof unconfirmed> {
  const { html } = renderDocumentsHtml({
    template: context.template,
    pages: [{ printedTexts: document.printedTexts, qr: document.qr }],
    assets: await loadDocumentAssets(context.template, context.alliance),
    fontsBaseUrl: documentFontsBaseUrl(),
    offsetMm: offsetFor(context.calibration, choice.printer, context.template.id),
    forPreview: false,
  });
  return printDocumentHtml(html, choice, { systemDialog: context.systemDialog, jobTitle: `${document.number} ${document.recipientName}` });
}

/**
 * Any document's HTML (an issued one, or an event's sign-in sheet, programme, cards or badges)
 * through the chosen route: silently to a printer, the system dialog, or in browser mode the
 * browser's own dialog, which does not say whether it printed.
 */
export async function printDocumentHtml(html: string, choice: PrintChoice, context: { systemDialog: boolean; jobTitle: string }): Promise<PrintResult | typeof unconfirmed> {
  if (choice.mode === 'dialog' && !context.systemDialog) {
    // The browser does not say whether the user printed or cancelled: the caller asks.
    await printInBrowser(html);
    return unconfirmed;
  }
  return desk.documents.print({
    html,
    ...(choice.printer ? { printer: choice.printer } : {}),
    copies: choice.copies,
    dialog: choice.mode === 'dialog',
    jobTitle: context.jobTitle.slice(0, 200),
  });
}
