import type { Zippable } from 'fflate';
import { strToU8, zipSync } from 'fflate';
import { recordTables } from '../../../shared/domain/tables';
import type { DeskDatabase, HistoryEntry } from '../../db/database';
import { readSetting } from '../../db/settings';
import type { AttachmentMeta, BackupManifest } from './backup-format';
import {
  attachmentIndexPath,
  attachmentPath,
  backupFormat,
  backupFormatVersion,
  historyPath,
  manifestPath,
  outboxPath,
  recordsPath,
  settingsPath,
} from './backup-format';

const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 1)}\n`);

/** Rows as they travel in the file: the search text is derived from the record and made again on restore. */
function withoutSearch(row: object): object {
  const copy: Record<string, unknown> = { ...row };
  delete copy._search;
  return copy;
}

/** History entries travel without their local sequence number; a restore numbers them anew. */
function withoutSeq(entry: HistoryEntry): Omit<HistoryEntry, 'seq'> {
  const copy = { ...entry };
  delete copy.seq;
  return copy;
}

/**
 * Everything of this desk in one zip (see backup-format.ts). The rows are read in one
 * transaction, so the backup is a consistent moment even while sync or the user writes.
 */
export async function exportBackup(db: DeskDatabase, appVersion: string, now: Date = new Date()): Promise<Uint8Array> {
  const snapshot = await db.transaction('r', [...recordTables.map((table) => db.table(table)), db.history, db.outbox, db.attachments, db.settings], async () => ({
    records: await Promise.all(recordTables.map(async (table) => ({ table, rows: await db.recordTable(table).toArray() }))),
    history: await db.history.toArray(),
    outbox: await db.outbox.toArray(),
    attachments: await db.attachments.toArray(),
    deviceId: await readSetting('deviceId', db),
    officeName: await readSetting('officeName', db),
    locale: await readSetting('locale', db),
  }));

  const files: Zippable = {};
  let recordCount = 0;
  for (const { table, rows } of snapshot.records) {
    recordCount += rows.length;
    files[recordsPath(table)] = json(rows.map(withoutSearch));
  }
  files[historyPath] = json(snapshot.history.map(withoutSeq));
  files[outboxPath] = json(snapshot.outbox);
  files[settingsPath] = json({ ...(snapshot.officeName ? { officeName: snapshot.officeName } : {}), ...(snapshot.locale ? { locale: snapshot.locale } : {}) });
  const index: AttachmentMeta[] = [];
  for (const attachment of snapshot.attachments) {
    index.push({ sha256: attachment.sha256, name: attachment.name, mimeType: attachment.mimeType, size: attachment.size });
    // Photos and PDFs are compressed already; storing them as they are keeps the export fast.
    files[attachmentPath(attachment.sha256)] = [new Uint8Array(await attachment.bytes.arrayBuffer()), { level: 0 }];
  }
  files[attachmentIndexPath] = json(index);

  const manifest: BackupManifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    appVersion,
    exportedAt: now.toISOString(),
    deviceId: snapshot.deviceId ?? '',
    ...(snapshot.officeName ? { officeName: snapshot.officeName } : {}),
    counts: { records: recordCount, history: snapshot.history.length, attachments: snapshot.attachments.length },
  };
  files[manifestPath] = json(manifest);
  return zipSync(files, { level: 6, mtime: now });
}
