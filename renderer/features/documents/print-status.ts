import type { IssuedDocument } from '../../../shared/domain/documents';
import type { PrintLogEntry } from '../../../shared/domain/print-log';

/** What the print log says of one document: prints and exports counted apart. */
export interface DocumentOutputs {
  /** Prints logged (jobs the spooler took, dialogs that printed, browser prints the user confirmed). */
  prints: number;
  /** Copies those prints made. */
  copies: number;
  exports: number;
  /** Put out before the log existed, printed or exported: unknown which, so never read as printed. */
  earlier: number;
  /** The newest entry's time, ISO. */
  lastAt: string | null;
}

export const noOutputs: DocumentOutputs = Object.freeze({ prints: 0, copies: 0, exports: 0, earlier: 0, lastAt: null });

type LoggedEntry = Pick<PrintLogEntry, 'documentId' | 'action' | 'copies' | 'at' | 'deleted'>;

/** The log summed up per document id. */
export function outputsByDocument(entries: readonly LoggedEntry[]): Map<string, DocumentOutputs> {
  const byDocument = new Map<string, DocumentOutputs>();
  for (const entry of entries) {
    if (entry.deleted) continue;
    const current = { ...(byDocument.get(entry.documentId) ?? noOutputs) };
    if (entry.action === 'print') {
      current.prints += 1;
      current.copies += entry.copies;
    } else if (entry.action === 'export') current.exports += 1;
    else current.earlier += entry.copies;
    if (current.lastAt === null || entry.at > current.lastAt) current.lastAt = entry.at;
    byDocument.set(entry.documentId, current);
  }
  return byDocument;
}

export function outputsOf(outputs: ReadonlyMap<string, DocumentOutputs>, documentId: string): DocumentOutputs {
  return outputs.get(documentId) ?? noOutputs;
}

/** A document still to print: nothing of it reached a printer. An export is no print. */
export function isPrinted(outputs: DocumentOutputs): boolean {
  return outputs.prints > 0;
}

/**
 * The queue's 待打印: documents with no logged print, in the queue's order. `printedNow` holds
 * those printed in this run, counted at once, before the log's write comes back.
 */
export function waitingToPrint<T extends Pick<IssuedDocument, 'id'>>(documents: readonly T[], outputs: ReadonlyMap<string, DocumentOutputs>, printedNow: ReadonlySet<string> = new Set()): T[] {
  return documents.filter((document) => !isPrinted(outputsOf(outputs, document.id)) && !printedNow.has(document.id));
}
