import type { OutboxEntry } from '../db/database';
import type { WireOp } from '../../shared/sync/protocol';
import { opIdOf } from '../../shared/sync/protocol';

/** The field operations of outbox rows on the wire, numbered so a retry carries the same ids. */
export function wireOpsOf(entry: OutboxEntry): WireOp[] {
  const ops: WireOp[] = [];
  for (const change of entry.changes) {
    for (const operation of change.operations) {
      ops.push({
        opId: opIdOf(entry.changeId, ops.length),
        deviceId: entry.deviceId,
        table: change.table,
        rowId: change.rowId,
        field: operation.field,
        value: operation.value,
        hlc: operation.hlc,
      });
    }
  }
  return ops;
}

/** A push: some operations, and the outbox rows that are gone once the server took them all. */
export interface PushBatch {
  ops: WireOp[];
  /** Outbox rows whose last operation is in this batch (their earlier ones were in earlier batches). */
  completes: string[];
}

/**
 * Cuts the outbox into pushes of at most `maxOps` operations. A batch never splits the operations
 * one change made to one record, so a pulled page never shows half a new record; a mutation
 * larger than a batch (an import) spans several, and its outbox row goes with the last one.
 */
export function pushBatches(entries: OutboxEntry[], maxOps: number): PushBatch[] {
  const batches: PushBatch[] = [];
  let current: PushBatch = { ops: [], completes: [] };
  for (const entry of entries) {
    const ops = wireOpsOf(entry);
    let start = 0;
    while (start < ops.length) {
      let end = start;
      // The ops of one record in this change are consecutive: take them together.
      while (end < ops.length && ops[end]?.rowId === ops[start]?.rowId && ops[end]?.table === ops[start]?.table) end += 1;
      if (current.ops.length > 0 && current.ops.length + (end - start) > maxOps) {
        batches.push(current);
        current = { ops: [], completes: [] };
      }
      current.ops.push(...ops.slice(start, end));
      start = end;
    }
    current.completes.push(entry.changeId);
  }
  if (current.ops.length > 0 || current.completes.length > 0) batches.push(current);
  return batches;
}
