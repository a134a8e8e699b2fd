import { officeCodeFromDeviceId } from '../../../shared/documents/numbering';
import type { IssuedDocument } from '../../../shared/domain/documents';
import type { ExportTarget, PrintRoute } from '../../../shared/domain/print-log';
import type { DeskDatabase } from '../../db/database';
import { db as defaultDb } from '../../db/database';
import { mutate } from '../../db/mutate';
import { ensureDeviceId, readSetting } from '../../db/settings';

/** A print that is known to have happened: the spooler took it, the dialog printed, or the user said so. */
export interface LoggedPrint {
  route: PrintRoute;
  printer: string;
  copies: number;
  jobId?: string | undefined;
}

type Logged = Pick<IssuedDocument, 'id' | 'allianceId'>;

async function author(db: DeskDatabase): Promise<{ deviceId: string; officeCode: string }> {
  const deviceId = await ensureDeviceId(db);
  return { deviceId, officeCode: (await readSetting('officeCode', db)) ?? officeCodeFromDeviceId(deviceId) };
}

/** Logs one print of a document, through the data layer, so it syncs to the other offices. */
export async function logPrint(document: Logged, print: LoggedPrint, db: DeskDatabase = defaultDb, now: () => number = Date.now): Promise<void> {
  const by = await author(db);
  await mutate(
    (m) =>
      m.create('printLog', {
        allianceId: document.allianceId,
        documentId: document.id,
        action: 'print',
        at: new Date(now()).toISOString(),
        ...by,
        route: print.route,
        printer: print.printer,
        copies: print.copies,
        jobId: print.jobId ?? '',
      }),
    db,
    now,
  );
}

/**
 * Logs an export of each document in one write: a PDF is no print, so the documents stay in the
 * print queue. `exportedTo` says, per document, the file or folder written or the download's name.
 */
export async function logExports(documents: readonly Logged[], target: ExportTarget, exportedTo: (index: number) => string, db: DeskDatabase = defaultDb, now: () => number = Date.now): Promise<void> {
  const by = await author(db);
  const at = new Date(now()).toISOString();
  await mutate(async (m) => {
    for (const [index, document] of documents.entries()) {
      await m.create('printLog', { allianceId: document.allianceId, documentId: document.id, action: 'export', at, ...by, exportTarget: target, exportedTo: exportedTo(index).slice(0, 1000) });
    }
  }, db, now);
}

/** `folder` + `name` with the separator the folder already uses (Windows paths have backslashes). */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}
