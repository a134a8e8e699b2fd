import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../shared/sync/hlc';
import type { WireOp } from '../../shared/sync/protocol';

/** Operations as a device would push them, for the server's tests. */
export function opFactory(deviceId: string = randomUUID()) {
  let wall = 1_780_000_000_000;
  const changeId = randomUUID();
  let index = 0;
  return {
    deviceId,
    op(table: string, rowId: string, field: string, value: unknown, stamp?: { wallMs: number; counter?: number }): WireOp {
      wall += 1;
      const hlc = formatHlc({ wallMs: stamp?.wallMs ?? wall, counter: stamp?.counter ?? 0, deviceId });
      const opId = `${changeId}:${index}`;
      index += 1;
      return { opId, deviceId, table, rowId, field, value, hlc };
    },
    /** A new unit's creation: all its fields. */
    unit(rowId: string, name: string): WireOp[] {
      return [
        this.op('units', rowId, 'name', name),
        this.op('units', rowId, 'kind', 'enterprise'),
        this.op('units', rowId, 'region', '浙江省丽水市'),
        this.op('units', rowId, 'deleted', false),
      ];
    },
  };
}
