import type { PrintResult } from '../../../../shared/bridge/documents';
import type { IssuedDocument } from '../../../../shared/domain/documents';
import type { PrintChoice } from '../../../../shared/documents/print-settings';
import type { LoggedPrint } from '../print-log';

export type RowState = { state: 'printing' } | { state: 'confirming' } | { state: 'printed' } | { state: 'not-printed' } | { state: 'failed'; error: unknown };

/** Browser mode's print dialog closes without saying whether it printed: the user is asked. */
export const unconfirmed = 'unconfirmed';

export interface PrintDeps {
  /** Renders and prints one document (the HTML is made by the caller with the printer's calibration). */
  print: (document: IssuedDocument, choice: PrintChoice) => Promise<PrintResult | typeof unconfirmed>;
  /** Asks the user whether the document printed (已打印 / 未打印). */
  confirm: (document: IssuedDocument) => Promise<boolean>;
  /** Logs one print of the document. */
  logPrint: (document: IssuedDocument, print: LoggedPrint) => Promise<void>;
  onState: (id: string, state: RowState) => void;
}

export type PrintRun =
  | { outcome: 'done'; printed: number }
  | { outcome: 'cancelled'; printed: number }
  | { outcome: 'not-printed'; printed: number; at: IssuedDocument }
  | { outcome: 'failed'; printed: number; at: IssuedDocument; error: unknown };

/** What the log keeps of a print the spooler, the system dialog or the user confirmed. */
export function loggedPrint(result: PrintResult | typeof unconfirmed, choice: PrintChoice): LoggedPrint {
  if (result === unconfirmed) return { route: 'browser-dialog', printer: '', copies: choice.copies };
  const printer = result.outcome === 'sent' ? result.printer : (choice.printer ?? '');
  const jobId = result.outcome === 'sent' ? result.jobId : undefined;
  return { route: choice.mode === 'dialog' ? 'system-dialog' : 'spooler', printer, copies: choice.copies, jobId };
}

/**
 * Prints documents one job each, in order, so every row has its own status; a print is logged
 * only once the spooler or the system dialog took the job, or the user confirmed that the browser
 * printed it. It stops at the first failure, cancellation or print the user says did not happen:
 * a printer that is off will not take the next one either, and nothing is logged or sent twice
 * when the user tries again.
 */
export async function printInOrder(documents: readonly IssuedDocument[], choice: PrintChoice, deps: PrintDeps): Promise<PrintRun> {
  let printed = 0;
  for (const document of documents) {
    deps.onState(document.id, { state: 'printing' });
    try {
      const result = await deps.print(document, choice);
      if (result !== unconfirmed && result.outcome === 'cancelled') {
        deps.onState(document.id, { state: 'failed', error: 'cancelled' });
        return { outcome: 'cancelled', printed };
      }
      if (result === unconfirmed) {
        deps.onState(document.id, { state: 'confirming' });
        if (!(await deps.confirm(document))) {
          deps.onState(document.id, { state: 'not-printed' });
          return { outcome: 'not-printed', printed, at: document };
        }
      }
      await deps.logPrint(document, loggedPrint(result, choice));
      printed += 1;
      deps.onState(document.id, { state: 'printed' });
    } catch (error) {
      deps.onState(document.id, { state: 'failed', error });
      return { outcome: 'failed', printed, at: document, error };
    }
  }
  return { outcome: 'done', printed };
}
