import type { PrintResult } from '../../../../shared/bridge/documents';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { PrintChoice } from '../../../../shared/documents/print-settings';

export type RowState = { state: 'printing' } | { state: 'printed' } | { state: 'failed'; error: unknown };

export interface PrintDeps {
  /** Renders and prints one document (the HTML is made by the caller with the printer's calibration). */
  print: (document: IssuedDocument, choice: PrintChoice) => Promise<PrintResult | 'printed-in-browser'>;
  /** Adds one to the print count of each, in one write. */
  countPrints: (ids: readonly string[]) => Promise<void>;
  onState: (id: string, state: RowState) => void;
}

export type PrintRun = { outcome: 'done'; printed: number } | { outcome: 'cancelled'; printed: number } | { outcome: 'failed'; printed: number; at: IssuedDocument; error: unknown };

/**
 * Prints documents one job each, in order, so every row has its own status; the print count goes
 * up only once the spooler (or the dialog) took the job. It stops at the first failure or
 * cancellation: a printer that is off will not take the next one either, and nothing is counted
 * or sent twice when the user tries again.
 */
export async function printInOrder(documents: readonly IssuedDocument[], choice: PrintChoice, deps: PrintDeps): Promise<PrintRun> {
  let printed = 0;
  for (const document of documents) {
    deps.onState(document.id, { state: 'printing' });
    try {
      const result = await deps.print(document, choice);
      if (result !== 'printed-in-browser' && result.outcome === 'cancelled') {
        deps.onState(document.id, { state: 'failed', error: 'cancelled' });
        return { outcome: 'cancelled', printed };
      }
      await deps.countPrints([document.id]);
      printed += 1;
      deps.onState(document.id, { state: 'printed' });
    } catch (error) {
      deps.onState(document.id, { state: 'failed', error });
      return { outcome: 'failed', printed, at: document, error };
    }
  }
  return { outcome: 'done', printed };
}
