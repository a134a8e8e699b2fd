/**
 * The merge of DESIGN.md §4, the same on the server and on every client: per field, the highest
 * hybrid-logical-clock stamp wins. Stamps sort as strings and carry the device id, so two
 * different writes never tie; an equal stamp is the same write seen again and changes nothing.
 * Because the winner depends only on the set of operations seen, never on their order, every
 * replica that has seen the same operations holds the same state.
 */

/** A field's current value and the stamp of the write that set it. */
export interface FieldState {
  value: unknown;
  hlc: string;
}

/** Whether a write stamped `incoming` replaces a field whose clock is `current`. */
export function wins(incoming: string, current: string | undefined): boolean {
  return current === undefined || incoming > current;
}

/** The field after a write: the write if it wins, else the field unchanged (the same object). */
export function mergeField(current: FieldState | undefined, incoming: FieldState): FieldState {
  return current === undefined || wins(incoming.hlc, current.hlc) ? incoming : current;
}

/** Anything that sets one field of one record. */
export interface MergeableOp {
  table: string;
  rowId: string;
  field: string;
  value: unknown;
  hlc: string;
}

/** A workspace's state: `table/rowId` → field → state. */
export type MergedState = Map<string, Map<string, FieldState>>;

export function rowKey(table: string, rowId: string): string {
  return `${table}/${rowId}`;
}

/**
 * Applies operations to a state in place and returns how many changed a field. Used by the server
 * for a pushed batch, by the client for a pulled page, and by the tests' reference model.
 */
export function mergeOps(state: MergedState, ops: Iterable<MergeableOp>): number {
  let changed = 0;
  for (const op of ops) {
    const key = rowKey(op.table, op.rowId);
    let fields = state.get(key);
    if (!fields) {
      fields = new Map();
      state.set(key, fields);
    }
    const current = fields.get(op.field);
    const next = mergeField(current, { value: op.value, hlc: op.hlc });
    if (next !== current) {
      fields.set(op.field, next);
      changed += 1;
    }
  }
  return changed;
}

/** The merged state of a set of operations, whatever their order or repetitions. */
export function stateOf(ops: Iterable<MergeableOp>): MergedState {
  const state: MergedState = new Map();
  mergeOps(state, ops);
  return state;
}

/** A state as plain sorted data, for comparing replicas. */
export function snapshotOf(state: MergedState): Record<string, Record<string, FieldState>> {
  const snapshot: Record<string, Record<string, FieldState>> = {};
  for (const key of [...state.keys()].sort()) {
    const fields = state.get(key);
    if (!fields) continue;
    const row: Record<string, FieldState> = {};
    for (const field of [...fields.keys()].sort()) {
      const value = fields.get(field);
      if (value) row[field] = value;
    }
    snapshot[key] = row;
  }
  return snapshot;
}
