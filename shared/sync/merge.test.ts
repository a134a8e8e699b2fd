import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import type { MergeableOp } from './merge';
import { mergeField, mergeOps, snapshotOf, stateOf, wins } from './merge';

const devices = ['0190a000-0000-7000-8000-00000000000a', '0190a000-0000-7000-8000-00000000000b', '0190a000-0000-7000-8000-00000000000c'];
const hlcArb = fc
  .record({ wallMs: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_050 }), counter: fc.integer({ min: 0, max: 3 }), deviceId: fc.constantFrom(...devices) })
  .map(formatHlc);
const opArb: fc.Arbitrary<MergeableOp> = fc.record({
  table: fc.constantFrom('units', 'people'),
  rowId: fc.constantFrom('r1', 'r2', 'r3'),
  field: fc.constantFrom('name', 'region', 'deleted'),
  value: fc.oneof(fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null)),
  hlc: hlcArb,
});
// Two different writes never share a stamp (the stamp carries the device and its counter).
const opsArb = fc.uniqueArray(opArb, { selector: (op) => `${op.table}/${op.rowId}/${op.field}/${op.hlc}`, maxLength: 40 });

describe('the merge', () => {
  it('lets the higher stamp win and ignores a stamp not higher than the field’s', () => {
    const early = { value: '丽水职高', hlc: formatHlc({ wallMs: 1, counter: 0, deviceId: devices[0] ?? '' }) };
    const late = { value: '丽水市职业高级中学', hlc: formatHlc({ wallMs: 2, counter: 0, deviceId: devices[1] ?? '' }) };
    expect(mergeField(early, late)).toBe(late);
    expect(mergeField(late, early)).toBe(late);
    expect(mergeField(late, { ...late, value: 'changed' })).toBe(late);
    expect(wins(late.hlc, undefined)).toBe(true);
  });

  it('gives the same state whatever the order of the operations', () => {
    fc.assert(
      fc.property(
        opsArb.chain((ops) => fc.tuple(fc.constant(ops), fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }))),
        ([ops, shuffled]) => {
          expect(snapshotOf(stateOf(shuffled))).toEqual(snapshotOf(stateOf(ops)));
        },
      ),
      { seed: 20261122, numRuns: 300 },
    );
  });

  it('is idempotent: operations seen again change nothing', () => {
    fc.assert(
      fc.property(opsArb, fc.array(fc.nat()), (ops, repeats) => {
        const state = stateOf(ops);
        const before = snapshotOf(state);
        const again = repeats.map((index) => ops[index % Math.max(ops.length, 1)]).filter((op): op is MergeableOp => op !== undefined);
        expect(mergeOps(state, [...again, ...ops])).toBe(0);
        expect(snapshotOf(state)).toEqual(before);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it('is commutative: merging batch A then B equals B then A, and the union', () => {
    fc.assert(
      fc.property(opsArb, fc.nat(), (all, cut) => {
        const a = all.slice(0, cut % (all.length + 1));
        const b = all.slice(a.length);
        const ab = stateOf(a);
        mergeOps(ab, b);
        const ba = stateOf(b);
        mergeOps(ba, a);
        expect(snapshotOf(ab)).toEqual(snapshotOf(ba));
        // Each field holds the op with the highest stamp among all ops on it.
        for (const op of [...a, ...b]) {
          const held = ab.get(`${op.table}/${op.rowId}`)?.get(op.field);
          expect(held && held.hlc >= op.hlc).toBe(true);
        }
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });
});
