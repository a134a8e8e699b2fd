import { recordTables } from '../../shared/domain/tables';
import type { FieldState, MergedState } from '../../shared/sync/merge';
import { rowKey, snapshotOf } from '../../shared/sync/merge';
import type { StateField } from '../../server/storage/storage';
import type { DeskDatabase } from '../../renderer/db/database';

/** A client's records as merge state: each field's value with the stamp in `_clocks`. */
export async function clientState(db: DeskDatabase): Promise<ReturnType<typeof snapshotOf>> {
  const state: MergedState = new Map();
  for (const table of recordTables) {
    for (const row of (await db.table(table).toArray()) as (Record<string, unknown> & { id: string; _clocks: Record<string, string> })[]) {
      const fields = new Map<string, FieldState>();
      for (const [field, hlc] of Object.entries(row._clocks)) {
        if (field === 'id') continue;
        fields.set(field, { value: row[field] ?? null, hlc });
      }
      // A field without a clock would be a value nobody wrote.
      for (const field of Object.keys(row)) {
        if (field !== 'id' && !field.startsWith('_') && !(field in row._clocks)) fields.set(field, { value: row[field], hlc: 'no clock' });
      }
      state.set(rowKey(table, row.id), fields);
    }
  }
  return snapshotOf(state);
}

export function serverState(fields: StateField[]): ReturnType<typeof snapshotOf> {
  const state: MergedState = new Map();
  for (const field of fields) {
    const key = rowKey(field.table, field.rowId);
    const row = state.get(key) ?? new Map<string, FieldState>();
    row.set(field.field, { value: field.value, hlc: field.hlc });
    state.set(key, row);
  }
  return snapshotOf(state);
}
