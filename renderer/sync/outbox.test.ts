import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../db/database';
import { pushBatches, wireOpsOf } from './outbox';

const device = '0190a000-0000-7000-8000-00000000000a';
const hlc = (n: number) => `${String(1_790_000_000_000 + n).padStart(15, '0')}-000000-${device}`;

function entry(changeId: string, records: { rowId: string; fields: number }[]): OutboxEntry {
  return {
    changeId,
    deviceId: device,
    changes: records.map(({ rowId, fields }) => ({
      table: 'units',
      rowId,
      operations: Array.from({ length: fields }, (_, index) => ({ field: `f${index}`, value: index, hlc: hlc(index) })),
    })),
  };
}

describe('the outbox on the wire', () => {
  it('numbers each field operation of a change, so a retry carries the same ids', () => {
    const ops = wireOpsOf(entry('c1', [{ rowId: 'r1', fields: 2 }, { rowId: 'r2', fields: 1 }]));
    expect(ops.map((op) => [op.opId, op.rowId, op.field])).toEqual([
      ['c1:0', 'r1', 'f0'],
      ['c1:1', 'r1', 'f1'],
      ['c1:2', 'r2', 'f0'],
    ]);
    expect(wireOpsOf(entry('c1', [{ rowId: 'r1', fields: 2 }, { rowId: 'r2', fields: 1 }]))).toEqual(ops);
  });

  it('cuts batches between records, and deletes a large change’s row only with its last batch', () => {
    const big = entry('big', Array.from({ length: 5 }, (_, index) => ({ rowId: `r${index}`, fields: 4 })));
    const small = entry('small', [{ rowId: 's', fields: 3 }]);
    const batches = pushBatches([big, small], 10);
    expect(batches.map((batch) => batch.ops.length)).toEqual([8, 8, 7]);
    expect(batches.map((batch) => batch.completes)).toEqual([[], [], ['big', 'small']]);
    for (const batch of batches) {
      const rows = batch.ops.map((op) => `${op.opId.split(':')[0]}/${op.rowId}`);
      // A record's operations of one change are never split across batches.
      for (const row of new Set(rows)) expect(batches.filter((other) => other.ops.some((op) => `${op.opId.split(':')[0]}/${op.rowId}` === row))).toHaveLength(1);
    }
  });
});
