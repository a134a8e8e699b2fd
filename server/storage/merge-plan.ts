import type { FieldState } from '../../shared/sync/merge';
import { mergeField } from '../../shared/sync/merge';
import type { WireOp } from '../../shared/sync/protocol';

export function fieldKey(table: string, rowId: string, field: string): string {
  return `${table}\u0000${rowId}\u0000${field}`;
}

/** A field whose merged value a batch changes. */
export interface Winner {
  table: string;
  rowId: string;
  field: string;
  value: unknown;
  hlc: string;
}

/**
 * The fields a batch of new operations changes, merged with the shared function against the
 * stamps the workspace holds (`current`): the storages only read and write, the decision is here.
 */
export function planMerge(ops: WireOp[], current: Map<string, FieldState>): Winner[] {
  const merged = new Map<string, Winner>();
  for (const op of ops) {
    const key = fieldKey(op.table, op.rowId, op.field);
    const before = merged.get(key) ?? current.get(key);
    const incoming = { value: op.value ?? null, hlc: op.hlc };
    if (mergeField(before, incoming) === incoming) merged.set(key, { table: op.table, rowId: op.rowId, field: op.field, ...incoming });
  }
  return [...merged.values()];
}

/** Drops repeats of an opId inside one batch: the first copy counts. */
export function uniqueOps(ops: WireOp[]): WireOp[] {
  const seen = new Set<string>();
  return ops.filter((op) => {
    if (seen.has(op.opId)) return false;
    seen.add(op.opId);
    return true;
  });
}
