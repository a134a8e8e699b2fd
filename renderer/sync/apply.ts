import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import { recordTables } from '../../shared/domain/tables';
import { searchTextOf } from '../../shared/domain/search-text';
import type { Hlc } from '../../shared/sync/hlc';
import { formatHlc, parseHlc, receiveHlc } from '../../shared/sync/hlc';
import { wins } from '../../shared/sync/merge';
import type { LoggedOp } from '../../shared/sync/protocol';
import { sha256Pattern } from '../../shared/domain/fields';
import { operationProblem } from '../../shared/sync/validate-op';
import type { DeskDatabase, HistoryEntry, StoredRecord } from '../db/database';
import { readSetting, writeSetting } from '../db/settings';
import { recordReplacements, replacementOf } from './replacements';
import type { RefusedOperation, Replacement } from './sync-state';
import { readSyncState, recordRefusedOperations, writeSyncState } from './sync-state';

export interface AppliedPage {
  /** Fields whose value changed here. */
  changed: number;
  /** Records first seen here. */
  created: number;
  /** Operations refused: they do not fit the record schemas (recorded in the sync state). */
  refused: number;
  /** Values this desk wrote that another office's later change replaced (recorded, offered to keep). */
  replaced: number;
}

/**
 * Hashes an operation's value refers to: photos, scans, logos, seals and template images are held
 * by SHA-256, as a field, in a list, or inside a template's elements.
 */
function attachmentRefs(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (sha256Pattern.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) attachmentRefs(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) attachmentRefs(item, into);
  }
}

function wallTimeOf(hlc: string): string {
  return new Date(parseHlc(hlc).wallMs).toISOString();
}

/**
 * Applies one pulled page and moves the cursor to `cursor`, in ONE Dexie transaction: after a
 * crash either both happened or neither, and a page applied twice changes nothing the second
 * time. Per field the shared merge decides (the higher stamp wins), against the stamps in
 * `_clocks`, so a pending local edit newer than the pulled one stays. Remote changes to
 * records this device already held are entered in the history under the remote device's id.
 * Each operation is first checked against the record schemas as the server checks a push
 * (shared/sync/validate-op.ts): one that does not fit — an unknown table or field, a value of the
 * wrong type, too large, or holding a `__proto__` key — is refused and recorded, and neither its
 * value nor its stamp is taken; the rest of the page applies and the cursor moves past it.
 * A winning operation of another device over a value this device wrote is recorded as a
 * replacement (replacements.ts) and marked so in the history: the merge stays last-writer-wins,
 * and this desk's office is told and may keep its value.
 */
export async function applyPage(db: DeskDatabase, ops: LoggedOp[], cursor: number, deviceId: string, now: () => number): Promise<AppliedPage> {
  const tables = [...recordTables.map((table) => db.table(table)), db.settings, db.history];
  return db.transaction('rw', tables, async () => {
    const byTable = new Map<RecordTable, LoggedOp[]>();
    let newest: string | undefined;
    const wanted = new Set<string>();
    const refused: RefusedOperation[] = [];
    for (const op of ops) {
      const problem = operationProblem(op);
      if (problem) {
        refused.push({ seq: op.seq, rowId: op.rowId, deviceId: op.deviceId, ...problem });
        continue;
      }
      if (newest === undefined || op.hlc > newest) newest = op.hlc;
      const table = op.table as RecordTable;
      const list = byTable.get(table);
      if (list) list.push(op);
      else byTable.set(table, [op]);
      attachmentRefs(op.value, wanted);
    }

    let changed = 0;
    let created = 0;
    const history: HistoryEntry[] = [];
    const replaced: Replacement[] = [];
    for (const [table, tableOps] of byTable) {
      const store = db.recordTable(table);
      const ids = [...new Set(tableOps.map((op) => op.rowId))];
      const existing = await store.bulkGet(ids);
      const rows = new Map<string, { row: Record<string, unknown> & { _clocks: Record<string, string> }; isNew: boolean; dirty: boolean }>();
      ids.forEach((id, index) => {
        const found = existing[index];
        if (found) rows.set(id, { row: { ...found, _clocks: { ...found._clocks } }, isNew: false, dirty: false });
        else rows.set(id, { row: { id, _clocks: {} }, isNew: true, dirty: false });
      });
      for (const op of tableOps) {
        const entry = rows.get(op.rowId);
        if (!entry) continue;
        const { row } = entry;
        if (!wins(op.hlc, row._clocks[op.field])) continue;
        if (!entry.isNew) {
          const replacement = replacementOf(op, { value: row[op.field], hlc: row._clocks[op.field] }, deviceId);
          if (replacement) replaced.push(replacement);
          history.push({
            table, rowId: op.rowId, field: op.field, oldValue: row[op.field] ?? null, newValue: op.value, at: wallTimeOf(op.hlc), deviceId: op.deviceId, hlc: op.hlc,
            ...(replacement ? { replacedMine: true } : {}),
          });
        }
        row[op.field] = op.value;
        row._clocks[op.field] = op.hlc;
        entry.dirty = true;
        changed += 1;
      }
      const toPut: StoredRecord<RecordTable>[] = [];
      for (const entry of rows.values()) {
        if (!entry.dirty) continue;
        if (entry.isNew) {
          created += 1;
          // The creation stamp: the earliest write of the record, as a local create records it.
          entry.row._clocks.id = Object.values(entry.row._clocks).reduce((a, b) => (b < a ? b : a));
        }
        entry.row._search = searchTextOf(entry.row as unknown as RecordOf<RecordTable>);
        toPut.push(entry.row as unknown as StoredRecord<RecordTable>);
      }
      if (toPut.length > 0) await store.bulkPut(toPut);
    }
    if (history.length > 0) await db.history.bulkAdd(history);

    if (newest !== undefined) {
      // Seeing a remote stamp moves the local clock past it, so the next local edit wins over it.
      const stored = await readSetting('clock', db);
      const last: Hlc | undefined = stored ? parseHlc(stored) : undefined;
      const next = formatHlc(receiveHlc(last, parseHlc(newest), now(), deviceId));
      if (!stored || next > stored) await writeSetting('clock', next, db);
    }
    if (wanted.size > 0) {
      const before = await readSyncState(db, 'syncWantedAttachments', []);
      await writeSyncState(db, 'syncWantedAttachments', [...new Set([...before, ...wanted])]);
    }
    if (refused.length > 0) await recordRefusedOperations(db, refused, now());
    if (replaced.length > 0) await recordReplacements(db, replaced);
    await writeSyncState(db, 'syncCursor', cursor);
    return { changed, created, refused: refused.length, replaced: replaced.length };
  });
}
