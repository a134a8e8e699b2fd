import { z } from 'zod';
import { hlcPattern } from '../../../shared/sync/protocol';
import { sha256 } from '../../../shared/domain/fields';
import { recordTables } from '../../../shared/domain/tables';
import { localeSchema } from '../../../shared/i18n/locale';

/**
 * The backup file: a zip of JSON files and the attachments' bytes, readable with any unzip tool
 * and any JSON reader. Record rows keep their field clocks, so a restore can merge by clock.
 *
 *   manifest.json                what, when, from which device, how many
 *   records/<table>.json         every row of each record table, with `_clocks`, tombstones too
 *   history.json                 the change history
 *   outbox.json                  changes not yet pushed to a sync server when the backup was made
 *   settings.json                the office's name and language (not the device's identity)
 *   attachments/index.json       name, type and size of each photo or scan
 *   attachments/<sha256>         its bytes
 */
export const backupFormat = 'alliance-desk-backup';
export const backupFormatVersion = 1;

export const manifestPath = 'manifest.json';
export const historyPath = 'history.json';
export const outboxPath = 'outbox.json';
export const settingsPath = 'settings.json';
export const attachmentIndexPath = 'attachments/index.json';
export const recordsPath = (table: string): string => `records/${table}.json`;
export const attachmentPath = (sha256: string): string => `attachments/${sha256}`;

const hlc = z.string().regex(hlcPattern);
const tableSchema = z.enum(recordTables);

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  exportedAt: z.iso.datetime(),
  deviceId: z.string(),
  officeName: z.string().optional(),
  counts: z.object({ records: z.number().int().nonnegative(), history: z.number().int().nonnegative(), attachments: z.number().int().nonnegative() }),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The stored row's metadata; the record itself is checked against its table's schema. */
export const storedRowMetaSchema = z.object({ id: z.string().min(1), _clocks: z.record(z.string(), hlc) });

export const historyEntrySchema = z.object({
  table: tableSchema,
  rowId: z.string().min(1),
  field: z.string().min(1),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  at: z.string(),
  deviceId: z.string(),
  hlc,
});

const fieldOperationSchema = z.object({ field: z.string().min(1), value: z.unknown(), hlc });
export const outboxEntrySchema = z.object({
  changeId: z.string().min(1),
  deviceId: z.string(),
  changes: z.array(z.object({ table: tableSchema, rowId: z.string().min(1), operations: z.array(fieldOperationSchema) })),
});

export const settingsSchema = z.object({ officeName: z.string().max(80).optional(), locale: localeSchema.optional() });

export const attachmentMetaSchema = z.object({
  sha256,
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int().nonnegative(),
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;
