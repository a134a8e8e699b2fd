import { z } from 'zod';
import { optionalText, recordBase, recordId } from './fields';

/**
 * What happened to an issued document once it left the registry (DESIGN.md §2):
 * - `print`: copies reached a printer — the spooler took the job, the system dialog printed, or
 *   the user said the browser's dialog printed it;
 * - `export`: a PDF of it was written — a file, a folder of one file each, or a browser download;
 * - `earlier`: what the document's old print count held before the log existed (database
 *   version 4). That count mixed prints and exports, so it is kept apart and never read as printed.
 */
export const printLogActions = ['print', 'export', 'earlier'] as const;
export type PrintLogAction = (typeof printLogActions)[number];

/** How a print was known to have happened. */
export const printRoutes = ['spooler', 'system-dialog', 'browser-dialog'] as const;
export type PrintRoute = (typeof printRoutes)[number];

/** Where an export went: one file, a folder of one file per document, or a download the browser saved. */
export const exportTargets = ['file', 'folder', 'download'] as const;
export type ExportTarget = (typeof exportTargets)[number];

/**
 * One entry per document and event: a batch of 120 licences printed or exported logs 120 entries,
 * each synced on its own, so two offices printing the same document offline both keep theirs.
 * Fields of the other actions stay at their defaults.
 */
export const printLogEntrySchema = z.object({
  ...recordBase,
  allianceId: recordId,
  documentId: recordId,
  action: z.enum(printLogActions, { message: 'invalid-choice' }),
  at: z.iso.datetime({ message: 'invalid-date' }),
  /** The desk that printed or exported, and its office code in document numbers at that time. */
  deviceId: recordId,
  officeCode: optionalText(12),
  route: z.enum(printRoutes, { message: 'invalid-choice' }).nullable().default(null),
  /** The printer as the spooler names it; empty where the browser's dialog chose it. */
  printer: optionalText(127),
  /** Copies printed; for `earlier`, how many times the old count said the document was put out. */
  copies: z.number().int().min(1, 'invalid').max(10_000, 'invalid').default(1),
  /** CUPS's job id, e.g. `Alliance_Desk_PDF-42`. */
  jobId: optionalText(80),
  exportTarget: z.enum(exportTargets, { message: 'invalid-choice' }).nullable().default(null),
  /** The file or folder written, or the name the download was given. */
  exportedTo: optionalText(1000),
});

export type PrintLogEntry = z.output<typeof printLogEntrySchema>;
