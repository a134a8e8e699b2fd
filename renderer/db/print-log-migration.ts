import type { Transaction } from 'dexie';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { IssuedDocument } from '../../shared/domain/documents';
import type { PrintLogEntry } from '../../shared/domain/print-log';
import { printLogEntrySchema } from '../../shared/domain/print-log';
import { searchTextOf } from '../../shared/domain/search-text';
import type { Hlc } from '../../shared/sync/hlc';
import { formatHlc, parseHlc, tickHlc } from '../../shared/sync/hlc';
import type { FieldOperation, OutboxEntry, RecordChange, StoredRecord } from './database';

/** The namespace of the ids below: any fixed UUID, never changed once released. */
const earlierEntryNamespace = '0193f0a4-6c1e-7c3a-9d52-5b8f2e1a4c77';

/**
 * The id of the `earlier` entry of a document. Every desk migrates its own copy of the synced
 * print count, so every desk must make the same entry: the same id and the same values, which
 * sync then merges into one instead of counting the old prints once per office.
 */
export function earlierEntryId(documentId: string): string {
  return uuidv5(`earlier-prints/${documentId}`, earlierEntryNamespace);
}

/**
 * The entry holding a document's old print count, or null when it never left the registry.
 * Its time and device are those of the stamp that last set the count, which every desk shares.
 */
export function earlierEntryOf(document: IssuedDocument & { _clocks?: Record<string, string> }, fallback: { nowMs: number; deviceId: string }): PrintLogEntry | null {
  if (document.printCount <= 0) return null;
  const stamp = document._clocks?.printCount;
  const clock = stamp ? parseHlc(stamp) : undefined;
  return printLogEntrySchema.parse({
    id: earlierEntryId(document.id),
    allianceId: document.allianceId,
    documentId: document.id,
    action: 'earlier',
    at: new Date(clock?.wallMs ?? fallback.nowMs).toISOString(),
    deviceId: clock?.deviceId ?? fallback.deviceId,
    copies: document.printCount,
  });
}

/**
 * Database version 4: the print count of each issued document becomes an `earlier` entry of the
 * print log, written as the data layer writes (field stamps and one outbox row), so it syncs to
 * desks that start empty after the upgrade. Nothing else is changed: the count itself stays.
 * Run inside a transaction over issuedDocuments, printLog, outbox and settings: the upgrade's, or
 * any other that brings in documents of an older version (a restored backup).
 */
export async function migratePrintCounts(transaction: Pick<Transaction, 'table'>, nowMs: number = Date.now()): Promise<number> {
  const documents = (await transaction.table('issuedDocuments').toArray()) as StoredRecord<'issuedDocuments'>[];
  if (!documents.some((document) => document.printCount > 0)) return 0;

  const settings = transaction.table('settings');
  const storedDevice = ((await settings.get('deviceId')) as { value?: unknown } | undefined)?.value;
  const device = typeof storedDevice === 'string' ? storedDevice : uuidv7();
  if (device !== storedDevice) await settings.put({ key: 'deviceId', value: device });
  const made = documents.map((document) => earlierEntryOf(document, { nowMs, deviceId: device })).filter((entry): entry is PrintLogEntry => entry !== null);
  // Entries already here (a restored backup made after version 4, a second run) are not stamped again.
  const present = await transaction.table('printLog').bulkGet(made.map((entry) => entry.id));
  const entries = made.filter((_, index) => present[index] === undefined);
  if (entries.length === 0) return 0;
  const storedClock = ((await settings.get('clock')) as { value?: unknown } | undefined)?.value;
  let clock: Hlc | undefined = typeof storedClock === 'string' ? parseHlc(storedClock) : undefined;
  const stamp = (): string => {
    clock = tickHlc(clock, nowMs, device);
    return formatHlc(clock);
  };

  const rows: StoredRecord<'printLog'>[] = [];
  const changes: RecordChange[] = [];
  for (const entry of entries) {
    const clocks: Record<string, string> = {};
    const operations: FieldOperation[] = [];
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'id') continue;
      const hlc = stamp();
      clocks[field] = hlc;
      operations.push({ field, value: value ?? null, hlc });
    }
    clocks.id = operations[0]?.hlc ?? stamp();
    rows.push({ ...entry, _clocks: clocks, _search: searchTextOf<'printLog'>(entry) });
    changes.push({ table: 'printLog', rowId: entry.id, operations });
  }
  await transaction.table('printLog').bulkPut(rows);
  const outbox: OutboxEntry = { changeId: uuidv7(), deviceId: device, changes };
  await transaction.table('outbox').add(outbox);
  if (clock) await settings.put({ key: 'clock', value: formatHlc(clock) });
  return entries.length;
}
