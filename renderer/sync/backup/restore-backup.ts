import type { RecordOf, RecordTable } from '../../../shared/domain/tables';
import { recordTables } from '../../../shared/domain/tables';
import { searchTextOf } from '../../../shared/domain/search-text';
import { formatHlc, parseHlc, receiveHlc } from '../../../shared/sync/hlc';
import { wins } from '../../../shared/sync/merge';
import type { DeskDatabase, HistoryEntry, OutboxEntry, StoredRecord } from '../../db/database';
import { migratePrintCounts } from '../../db/print-log-migration';
import { ensureDeviceId, readSetting, writeSetting } from '../../db/settings';
import { resetSyncState } from '../sync-state';
import type { BackupRow, ParsedBackup } from './read-backup';

export interface RestoreOutcome {
  /** Records this database did not have. */
  created: number;
  /** Records of which at least one field was older here than in the backup. */
  updated: number;
  attachmentsAdded: number;
  historyAdded: number;
  /** Changes the backed-up device had not sent to a sync server yet, queued again here. */
  pendingQueued: number;
  /** The identity this database has from now on. */
  deviceId: string;
}

type Row = Record<string, unknown> & { _clocks: Record<string, string> };

/**
 * Per field, the higher clock wins — the merge of sync. A backup older than this database (or
 * than the server it syncs with) therefore changes nothing newer, and loses nothing either.
 * Returns the merged row, or undefined when the backup adds nothing to it.
 */
function mergeRow(local: Row | undefined, incoming: BackupRow): Row | undefined {
  const values = incoming.record as Record<string, unknown>;
  const merged: Row = local ? { ...local, _clocks: { ...local._clocks } } : { id: values.id, _clocks: {} };
  let changed = false;
  for (const [field, hlc] of Object.entries(incoming.clocks)) {
    if (field === 'id' || !wins(hlc, merged._clocks[field])) continue;
    if (values[field] === undefined) Reflect.deleteProperty(merged, field);
    else merged[field] = values[field];
    merged._clocks[field] = hlc;
    changed = true;
  }
  if (!local) {
    // A record is whole when it comes from a backup; its creation stamp comes with it.
    for (const [field, value] of Object.entries(values)) if (!(field in merged)) merged[field] = value;
    merged._clocks.id = incoming.clocks.id ?? Object.values(merged._clocks).reduce((a, b) => (b < a ? b : a), '~');
  }
  return changed || !local ? merged : undefined;
}

const historyKey = (entry: Pick<HistoryEntry, 'table' | 'rowId' | 'field' | 'hlc'>): string => `${entry.table}/${entry.rowId}/${entry.field}/${entry.hlc}`;

/**
 * Restores a checked backup into this database in ONE transaction: all of it or nothing.
 *
 * The database keeps its own device identity and never takes the backed-up machine's: that one
 * may still be in use (or its installation may come back), and two machines stamping with one id
 * could make two different writes with the same clock. The clock moves past every restored stamp,
 * so an edit made after the restore wins over what was restored. Changes the backed-up device
 * never pushed are queued again as they were, under their original ids and stamps (a server that
 * has them already ignores them; enrolling declares that device, renderer/sync/lineage.ts, so
 * the server takes them from this one once the admin revoked it), and the sync
 * state is forgotten so the next sync pulls the whole log again and fetches every photo the
 * restored records refer to — merging makes what is already here harmless.
 */
export async function restoreBackup(db: DeskDatabase, backup: ParsedBackup, now: () => number = Date.now): Promise<RestoreOutcome> {
  const tables = [...recordTables.map((table) => db.table(table)), db.history, db.outbox, db.attachments, db.settings];
  return db.transaction('rw', tables, async () => {
    let created = 0;
    let updated = 0;
    let newest: string | undefined;
    const see = (hlc: string): void => {
      if (newest === undefined || hlc > newest) newest = hlc;
    };

    for (const { table, rows } of backup.records) {
      if (rows.length === 0) continue;
      const store = db.recordTable(table);
      const existing = await store.bulkGet(rows.map((row) => row.record.id));
      const toPut: StoredRecord<RecordTable>[] = [];
      rows.forEach((row, index) => {
        Object.values(row.clocks).forEach(see);
        const local = existing[index] as Row | undefined;
        const merged = mergeRow(local, row);
        if (!merged) return;
        if (local) updated += 1;
        else created += 1;
        merged._search = searchTextOf(merged as unknown as RecordOf<RecordTable>);
        toPut.push(merged as unknown as StoredRecord<RecordTable>);
      });
      if (toPut.length > 0) await store.bulkPut(toPut);
    }

    const known = new Set((await db.history.toArray()).map(historyKey));
    const newHistory = backup.history.filter((entry) => !known.has(historyKey(entry)));
    if (newHistory.length > 0) await db.history.bulkAdd(newHistory);

    // This database keeps its own identity: the backup carries none (the backed-up machine's id
    // stays with it), and a desk enrolled with a sync server pushes under the id it enrolled with.
    const deviceId = await ensureDeviceId(db);
    // A backup made before database version 4 carries print counts but no print log.
    await migratePrintCounts(db, now());

    const queued = new Set(await db.outbox.toCollection().primaryKeys());
    // Kept with the backed-up device's id: a pushed operation must name the device its clock stamp names.
    const pending: OutboxEntry[] = backup.outbox.filter((entry) => !queued.has(entry.changeId));
    for (const entry of pending) for (const change of entry.changes) change.operations.forEach((operation) => see(operation.hlc));
    if (pending.length > 0) await db.outbox.bulkAdd(pending);

    const held = new Set(await db.attachments.toCollection().primaryKeys());
    const attachments = backup.attachments.filter((attachment) => !held.has(attachment.sha256));
    if (attachments.length > 0) await db.attachments.bulkAdd(attachments);

    const storedClock = await readSetting('clock', db);
    if (newest !== undefined) {
      const next = formatHlc(receiveHlc(storedClock ? parseHlc(storedClock) : undefined, parseHlc(newest), now(), deviceId));
      if (!storedClock || next > storedClock) await writeSetting('clock', next, db);
    }
    if (backup.settings.officeName && !(await readSetting('officeName', db))) await writeSetting('officeName', backup.settings.officeName, db);
    if (backup.settings.locale && !(await readSetting('locale', db))) await writeSetting('locale', backup.settings.locale, db);
    await resetSyncState(db);

    return { created, updated, attachmentsAdded: attachments.length, historyAdded: newHistory.length, pendingQueued: pending.length, deviceId };
  });
}
