import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { opFactory } from '../../server/testing/ops';
import type { Grant } from '../../shared/sync/permissions';
import { writeRefusal } from '../../shared/sync/permissions';
import type { LoggedOp, WireOp } from '../../shared/sync/protocol';
import { SyncRequestError } from '../../shared/sync/protocol';
import { freshDatabases } from '../db/test-databases';
import { createRecord, updateRecord } from '../db/mutate';
import { syncOnce } from './engine';
import { dropRefusedChanges, readRefusedChanges } from './refused-outbox';
import type { SyncTransport } from './transport';

const freshDb = freshDatabases('desk-refused-outbox-');

/** A server that judges every pushed operation by the device's grant and refuses the whole batch, as server/check-roles.ts does. */
function fakeServer(initial: WireOp[]) {
  const log: LoggedOp[] = initial.map((op, index) => ({ ...op, seq: index + 1 }));
  const state = { grant: { role: 'secretariat', unitId: null } as Grant };
  const recordOf = (table: string, rowId: string): Record<string, unknown> | null => {
    const ops = log.filter((op) => op.table === table && op.rowId === rowId);
    return ops.length === 0 ? null : Object.fromEntries(ops.map((op) => [op.field, op.value]));
  };
  const transport: SyncTransport = {
    push: (ops) => {
      for (const op of ops) {
        const before = recordOf(op.table, op.rowId);
        if (writeRefusal(state.grant, op, { before, after: { ...before, [op.field]: op.value } })) {
          return Promise.reject(new SyncRequestError('operation-not-allowed', `may not change ${op.table} ${op.field}`, 403));
        }
      }
      for (const op of ops) log.push({ ...op, seq: log.length + 1 });
      return Promise.resolve({ accepted: ops.length, duplicates: 0, serverSeq: log.length, serverTime: Date.now() });
    },
    pull: (after, limit) => {
      const ops = log.filter((op) => op.seq > after).slice(0, limit);
      return Promise.resolve({ ops, hasMore: after + ops.length < log.length, serverSeq: log.length, serverTime: Date.now(), collisions: [], grant: state.grant, devices: [] });
    },
    hasAttachment: () => Promise.resolve({ received: 0, complete: false }),
    putAttachment: () => Promise.resolve({ received: 0, complete: false }),
    getAttachment: () => Promise.resolve(null),
  };
  return { log, state, transport, recordOf };
}

describe('a stuck outbox: changes queued before the desk knew its role (issue 14.1)', () => {
  it('lists the refused changes; 撤回这些修改 drops them, puts the server’s values back, and the next push goes through', async () => {
    const db = freshDb();
    const lead = randomUUID();
    const own = randomUUID();
    const secretariat = opFactory();
    const leadName = '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地';
    const server = fakeServer([...secretariat.unit(lead, leadName), ...secretariat.unit(own, '丽水思博特精密制造有限公司')]);
    await syncOnce({ db, transport: server.transport, skipAttachments: true });

    // Still believing it may change everything, the desk renames the lead unit, adds a unit and changes its own contact...
    await updateRecord('units', lead, { name: '上官㐂的学校' }, db);
    const added = await createRecord('units', { name: '丽水职业技术学院', kind: 'higher-vocational-college' }, db);
    // ...while the admin makes it the office of its own unit.
    server.state.grant = { role: 'member-office', unitId: own };
    await updateRecord('units', own, { contactName: '欧阳明' }, db);

    await expect(syncOnce({ db, transport: server.transport, skipAttachments: true })).rejects.toMatchObject({ code: 'operation-not-allowed' });
    const refused = await readRefusedChanges(db);
    expect(refused.map((change) => [change.table, change.name, change.field, change.value, change.reason])).toEqual(
      expect.arrayContaining([
        ['units', '丽水职业技术学院', 'name', '丽水职业技术学院', 'not-own-unit'],
        ['units', '上官㐂的学校', 'name', '上官㐂的学校', 'not-own-unit'],
      ]),
    );
    expect(refused.every((change) => change.rowId !== own)).toBe(true);
    // A push still carries them: it is refused again, and the allowed change waits behind them.
    await expect(syncOnce({ db, transport: server.transport, skipAttachments: true })).rejects.toMatchObject({ code: 'operation-not-allowed' });

    expect(await dropRefusedChanges(db)).toBe(refused.length);
    expect(await readRefusedChanges(db)).toEqual([]);
    expect((await db.units.get(lead))?.name).toBe(leadName);
    expect(await db.units.get(added.id)).toBeUndefined();

    const queued = (await db.outbox.toArray()).flatMap((entry) => entry.changes.flatMap((change) => change.operations)).length;
    expect(queued).toBeGreaterThan(0);
    const outcome = await syncOnce({ db, transport: server.transport, skipAttachments: true });
    expect(outcome.pushed).toBe(queued);
    expect(outcome.pending).toBe(0);
    expect(server.log.filter((op) => op.deviceId !== secretariat.deviceId).every((op) => op.rowId === own)).toBe(true);
    expect(server.recordOf('units', own)?.contactName).toBe('欧阳明');
    expect(server.recordOf('units', added.id)).toBeNull();
    // The desk holds the server's values, stamped by the server's operations again.
    expect((await db.units.get(lead))?.name).toBe(server.recordOf('units', lead)?.name);
    expect((await db.units.get(lead))?._clocks.name).toBe(server.log.find((op) => op.rowId === lead && op.field === 'name')?.hlc);
    expect((await db.units.get(own))?.contactName).toBe('欧阳明');
  });
});
