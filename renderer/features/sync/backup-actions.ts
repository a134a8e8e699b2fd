import type { SaveAsResult } from '../../../shared/bridge/files';
import { desk } from '../../bridge/desk';
import { db } from '../../db/database';
import { appSync } from '../../sync/app-sync';
import { exportBackup } from '../../sync/backup/export-backup';
import type { ParsedBackup } from '../../sync/backup/read-backup';
import { readBackup } from '../../sync/backup/read-backup';
import type { RestoreOutcome } from '../../sync/backup/restore-backup';
import { restoreBackup } from '../../sync/backup/restore-backup';

/** Everything in one zip, handed to the user's chosen folder (or the browser's downloads). */
export async function saveBackup(fileName: (date: string) => string, now: Date = new Date()): Promise<SaveAsResult> {
  const { version } = await desk.app.info({});
  const bytes = await exportBackup(db, version, now);
  return desk.files.saveAs({
    suggestedName: fileName(now.toISOString().slice(0, 10)),
    // files.saveAs takes bytes over a plain ArrayBuffer (what IPC and the wire format carry).
    bytes: new Uint8Array(bytes),
    mimeType: 'application/zip',
    filters: [{ name: 'ZIP', extensions: ['zip'] }],
  });
}

export async function readBackupFile(file: File): Promise<ParsedBackup> {
  return readBackup(new Uint8Array(await file.arrayBuffer()));
}

export async function readAutomaticBackup(name: string): Promise<ParsedBackup> {
  return readBackup((await desk.backup.readAutomatic({ name })).bytes);
}

/** Never in the middle of a sync: one running could write back the cursor the restore has just reset. */
export function restore(backup: ParsedBackup): Promise<RestoreOutcome> {
  return appSync.exclusive(() => restoreBackup(db, backup));
}
