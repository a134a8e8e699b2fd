import { useState } from 'react';
import type { PrintChoice } from '../../../../shared/documents/print-settings';
import { desk } from '../../../bridge/desk';
import { printDocumentHtml } from '../printing/print-document';
import { unconfirmed } from '../printing/print-job';

/** What the last export or print came to, for the screen to say. */
export type CeremonyOutcome =
  | { outcome: 'saved'; where: string }
  | { outcome: 'downloading'; fileName: string }
  | { outcome: 'sent'; printer: string; pages: number }
  | { outcome: 'browser-dialog' }
  | { outcome: 'cancelled' }
  | { outcome: 'failed'; error: unknown };

export interface CeremonyOutput {
  busy: 'export' | 'print' | undefined;
  outcome: CeremonyOutcome | undefined;
  exportPdf: (html: string, fileName: string) => void;
  print: (html: string, choice: PrintChoice, context: { systemDialog: boolean; jobTitle: string }) => void;
  clear: () => void;
}

/**
 * Exporting and printing an event's paper through the bridge, one at a time. The main process
 * fits every text first and refuses a document that does not fit, naming page and element: the
 * failure is kept for the screen to put in words.
 */
export function useCeremonyOutput(): CeremonyOutput {
  const [busy, setBusy] = useState<'export' | 'print'>();
  const [outcome, setOutcome] = useState<CeremonyOutcome>();
  const run = (kind: 'export' | 'print', work: () => Promise<CeremonyOutcome>): void => {
    setBusy(kind);
    setOutcome(undefined);
    work()
      .then(setOutcome, (error: unknown) => setOutcome({ outcome: 'failed', error }))
      .finally(() => setBusy(undefined));
  };
  return {
    busy,
    outcome,
    clear: () => setOutcome(undefined),
    exportPdf: (html, fileName) =>
      run('export', async () => {
        const result = await desk.documents.exportPdf({ html, suggestedName: fileName });
        return result.outcome === 'saved' ? { outcome: 'saved', where: result.path } : result;
      }),
    print: (html, choice, context) =>
      run('print', async () => {
        const result = await printDocumentHtml(html, choice, context);
        if (result === unconfirmed) return { outcome: 'browser-dialog' };
        return result.outcome === 'sent' ? { outcome: 'sent', printer: result.printer, pages: result.pages } : result;
      }),
  };
}
