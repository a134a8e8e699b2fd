import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import { recordTables } from '../../shared/domain/tables';
import { searchTextOf } from '../../shared/domain/search-text';
import type { Grant, RefusalReason } from '../../shared/sync/permissions';
import { writeRefusal } from '../../shared/sync/permissions';
import type { DeskDatabase, OutboxEntry, StoredRecord } from '../db/database';
import { readGrant } from '../db/grant';
import { writeSyncState } from './sync-state';

/** A queued change this device's role does not allow: the server refuses every push holding it. */
export interface RefusedChange {
  table: RecordTable;
  rowId: string;
  /** The record's name or title as the desk holds it, or null when it has none. */
  name: string | null;
  field: string;
  value: unknown;
  hlc: string;
  reason: RefusalReason;
}

type Row = Record<string, unknown> & { _clocks: Record<string, string> };

const nameOf = (row: Row | undefined): string | null => {
  const name = row?.name ?? row?.title ?? row?.heading;
  return typeof name === 'string' && name !== '' ? name : null;
};

/** The outbox operations the grant refuses, judged against the records as the desk holds them (pure). */
export function refusedOperations(entries: readonly OutboxEntry[], grant: Grant, records: ReadonlyMap<string, Row>): RefusedChange[] {
  const refused: RefusedChange[] = [];
  for (const entry of entries) {
    for (const change of entry.changes) {
      const row = records.get(`${change.table}/${change.rowId}`);
      for (const operation of change.operations) {
        const write = { table: change.table, rowId: change.rowId, field: operation.field, value: operation.value };
        const reason = writeRefusal(grant, write, { before: row ?? null, after: { ...row, [operation.field]: operation.value } });
        if (reason) refused.push({ table: change.table, rowId: change.rowId, name: nameOf(row), field: operation.field, value: operation.value, hlc: operation.hlc, reason });
      }
    }
  }
  return refused;
}

async function recordsOf(db: DeskDatabase, entries: readonly OutboxEntry[]): Promise<Map<string, Row>> {
  const records = new Map<string, Row>();
  for (const entry of entries) {
    for (const change of entry.changes) {
      const key = `${change.table}/${change.rowId}`;
      if (records.has(key)) continue;
      const row = (await db.recordTable(change.table).get(change.rowId)) as Row | undefined;
      if (row) records.set(key, row);
    }
  }
  return records;
}

/** The queued changes this device's role (as the last pull told it) does not allow: the Sync page lists them. */
export async function readRefusedChanges(db: DeskDatabase): Promise<RefusedChange[]> {
  const grant = await readGrant(db);
  if (grant.role === 'secretariat') return [];
  const entries = await db.outbox.toArray();
  return refusedOperations(entries, grant, await recordsOf(db, entries));
}

/**
 * 撤回这些修改: takes the refused operations out of the outbox, so the next push carries only what
 * the server allows, and puts their fields back. The value the field held before this desk's first
 * queued write (its history) is shown at once; the field's stamp is cleared and the pull starts
 * again from the server's first operation, so the server's value of every such field is written
 * back over it whatever the desk knew. A record created by a refused change, which the server never
 * had, is removed. Returns how many operations were dropped.
 */
export async function dropRefusedChanges(db: DeskDatabase): Promise<number> {
  const tables = [...recordTables.map((table) => db.table(table)), db.outbox, db.history, db.settings];
  return db.transaction('rw', tables, async () => {
    const grant = await readGrant(db);
    const entries = await db.outbox.orderBy('changeId').toArray();
    const records = await recordsOf(db, entries);
    const refused = refusedOperations(entries, grant, records);
    if (refused.length === 0) return 0;
    const dropped = new Set(refused.map((change) => `${change.table}/${change.rowId}/${change.field}/${change.hlc}`));

    for (const entry of entries) {
      const changes = entry.changes
        .map((change) => ({ ...change, operations: change.operations.filter((operation) => !dropped.has(`${change.table}/${change.rowId}/${operation.field}/${operation.hlc}`)) }))
        .filter((change) => change.operations.length > 0);
      if (changes.length === 0) await db.outbox.delete(entry.changeId);
      else if (changes.length !== entry.changes.length || changes.some((change, index) => change.operations.length !== entry.changes[index]?.operations.length)) await db.outbox.put({ ...entry, changes });
    }

    const byRecord = new Map<string, RefusedChange[]>();
    for (const change of refused) {
      const key = `${change.table}/${change.rowId}`;
      byRecord.set(key, [...(byRecord.get(key) ?? []), change]);
    }
    for (const [key, changes] of byRecord) {
      const row = records.get(key);
      const first = changes[0];
      if (!row || !first) continue;
      const store = db.recordTable(first.table);
      if (changes.some((change) => change.hlc === row._clocks.id)) {
        await store.delete(first.rowId);
        continue;
      }
      const next: Row = { ...row, _clocks: { ...row._clocks } };
      const history = await db.history.where({ table: first.table, rowId: first.rowId }).toArray();
      const fields = new Set<string>();
      // The earliest refused write of each field holds, in its history entry, the value before them all.
      for (const change of [...changes].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) {
        if (fields.has(change.field)) continue;
        fields.add(change.field);
        const written = history.find((entry) => entry.field === change.field && entry.hlc === change.hlc);
        if (written) next[change.field] = written.oldValue;
      }
      // Without a stamp, the field's next pulled operation wins (shared/sync/merge.ts wins()).
      next._clocks = Object.fromEntries(Object.entries(next._clocks).filter(([field]) => !fields.has(field)));
      next._search = searchTextOf(next as unknown as RecordOf<RecordTable>);
      await store.put(next as unknown as StoredRecord<RecordTable>);
    }
    await writeSyncState(db, 'syncCursor', 0);
    return refused.length;
  });
}
