import type { RecordInput, RecordOf, RecordTable } from '../../../shared/domain/tables';
import type { DeskDatabase, HistoryEntry } from '../../db/database';
import { updateRecord } from '../../db/mutate';

/**
 * Undo beyond restore: an earlier value of a field, written again as a new change through the
 * data layer, so it gets a new clock stamp, an outbox operation that syncs, and a history entry of
 * its own (nothing in the history is rewritten). Not offered for the tombstone (恢复 does that) nor
 * for what was issued or printed: a document's number and text stay as they left the registry.
 */
const fixedTables: ReadonlySet<RecordTable> = new Set(['issuedDocuments', 'printLog']);
const fixedFields: ReadonlySet<string> = new Set(['id', 'deleted']);

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Whether the entry's earlier value can be put back into the record as it is now. */
export function canPutBack(entry: Pick<HistoryEntry, 'table' | 'field' | 'oldValue'>, current: Record<string, unknown> & { deleted: boolean }): boolean {
  if (fixedTables.has(entry.table) || fixedFields.has(entry.field) || current.deleted) return false;
  return !sameValue(current[entry.field], entry.oldValue);
}

/** Writes the entry's earlier value back and returns the record as it now is; the data layer refuses it (RecordValidationError) if the record's rules changed since. */
export function putBack<T extends RecordTable>(entry: Pick<HistoryEntry, 'rowId' | 'field' | 'oldValue'> & { table: T }, db?: DeskDatabase): Promise<RecordOf<T>> {
  // The field is one of the record's own (the history holds nothing else), and its value passes the schema again in updateRecord.
  const patch = { [entry.field]: entry.oldValue } as Partial<RecordInput<T>>;
  return updateRecord(entry.table, entry.rowId, patch, db);
}
