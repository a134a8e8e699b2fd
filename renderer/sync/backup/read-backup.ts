import type { Unzipped } from 'fflate';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import type { RecordOf, RecordTable } from '../../../shared/domain/tables';
import { recordSchemas, recordTables } from '../../../shared/domain/tables';
import type { Attachment, HistoryEntry, OutboxEntry } from '../../db/database';
import { sha256Hex } from '../../db/attachments';
import type { BackupManifest } from './backup-format';
import {
  attachmentIndexPath,
  attachmentMetaSchema,
  attachmentPath,
  backupFormat,
  backupFormatVersion,
  historyEntrySchema,
  historyPath,
  manifestPath,
  manifestSchema,
  outboxEntrySchema,
  outboxPath,
  recordsPath,
  settingsPath,
  settingsSchema,
  storedRowMetaSchema,
} from './backup-format';

export type BackupProblem = 'not-a-zip' | 'not-a-backup' | 'newer-format' | 'damaged';

/** A file that is not a backup this version can restore; nothing was changed. `detail` is for support, in English. */
export class BackupFileError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'BackupFileError';
  }
}

export interface BackupRow {
  record: RecordOf<RecordTable>;
  clocks: Record<string, string>;
}

/** A backup read and checked in full, ready to restore. */
export interface ParsedBackup {
  manifest: BackupManifest;
  records: { table: RecordTable; rows: BackupRow[] }[];
  history: Omit<HistoryEntry, 'seq'>[];
  outbox: OutboxEntry[];
  settings: z.infer<typeof settingsSchema>;
  attachments: Attachment[];
}

function readJson<S extends z.ZodType>(files: Unzipped, path: string, schema: S): z.output<S> {
  const bytes = files[path];
  if (!bytes) throw new BackupFileError('damaged', `${path} is missing`);
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw new BackupFileError('damaged', `${path} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupFileError('damaged', `${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).slice(0, 3).join('; ')}`);
  return parsed.data;
}

function readRows(files: Unzipped, table: RecordTable): BackupRow[] {
  // A table added in a later version than the backup's is simply empty.
  if (!files[recordsPath(table)]) return [];
  const rows = readJson(files, recordsPath(table), storedRowMetaSchema.loose().array());
  return rows.map((row, index) => {
    const { _clocks: clocks, ...rest } = row;
    delete (rest as Record<string, unknown>)._search;
    const parsed = recordSchemas[table].safeParse(rest);
    if (!parsed.success) throw new BackupFileError('damaged', `${recordsPath(table)}[${index}]: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return { record: parsed.data, clocks };
  });
}

/**
 * Reads a backup file and checks all of it — the zip, the manifest, every record against its
 * schema, every attachment against its hash — before anything is restored, so that a wrong or
 * damaged file is refused whole and changes nothing.
 */
export async function readBackup(bytes: Uint8Array): Promise<ParsedBackup> {
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new BackupFileError('not-a-zip', 'the file is not a zip archive');
  }
  if (!files[manifestPath]) throw new BackupFileError('not-a-backup', `${manifestPath} is missing`);
  // The format is read on its own first: a newer backup may have a manifest this version cannot parse.
  const format = readJson(files, manifestPath, z.object({ format: z.unknown(), formatVersion: z.unknown() }));
  if (format.format !== backupFormat) throw new BackupFileError('not-a-backup', `${manifestPath} names no Alliance Desk backup`);
  if (typeof format.formatVersion === 'number' && format.formatVersion > backupFormatVersion) {
    throw new BackupFileError('newer-format', `format ${format.formatVersion} is newer than ${backupFormatVersion}`);
  }
  const manifest = readJson(files, manifestPath, manifestSchema);

  const records = recordTables.map((table) => ({ table, rows: readRows(files, table) }));
  const history = readJson(files, historyPath, historyEntrySchema.array());
  const outbox = readJson(files, outboxPath, outboxEntrySchema.array());
  const settings = readJson(files, settingsPath, settingsSchema);
  const index = readJson(files, attachmentIndexPath, attachmentMetaSchema.array());
  const attachments: Attachment[] = [];
  for (const meta of index) {
    const content = files[attachmentPath(meta.sha256)];
    if (!content) throw new BackupFileError('damaged', `${attachmentPath(meta.sha256)} is missing`);
    const copy = new Uint8Array(content);
    if ((await sha256Hex(copy.buffer)) !== meta.sha256) throw new BackupFileError('damaged', `${attachmentPath(meta.sha256)} does not match its hash`);
    attachments.push({ ...meta, size: copy.byteLength, bytes: new Blob([copy], { type: meta.mimeType }) });
  }
  return { manifest, records, history, outbox, settings, attachments };
}
