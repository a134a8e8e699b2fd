import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { opFactory } from '../../server/testing/ops';
import type { LoggedOp, PullResponse } from '../../shared/sync/protocol';
import { DeskDatabase } from '../db/database';
import { readSetting } from '../db/settings';
import { syncOnce } from './engine';
import { readCursor, readRefusedOperations } from './sync-state';
import type { SyncTransport } from './transport';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A server that answers one page of whatever it likes, as a faulty or hostile one would. */
function hostileServer(ops: LoggedOp[]): SyncTransport {
  const page: PullResponse = { ops, hasMore: false, serverSeq: ops.at(-1)?.seq ?? 0, serverTime: Date.now(), collisions: [] };
  return {
    push: () => Promise.resolve({ accepted: 0, duplicates: 0, serverSeq: page.serverSeq, serverTime: Date.now() }),
    pull: (after) => Promise.resolve(after >= page.serverSeq ? { ...page, ops: [] } : page),
    hasAttachment: () => Promise.resolve({ received: 0, complete: false }),
    putAttachment: () => Promise.resolve({ received: 0, complete: false }),
    getAttachment: () => Promise.resolve(null),
  };
}

describe('pulled operations are checked against the record schemas before they are applied', () => {
  it('refuses a wrong type, an unknown table, an oversized string and a __proto__ key, records them, and applies the rest', async () => {
    const db = new DeskDatabase(`apply-${randomUUID()}`);
    opened.push(db);
    const other = opFactory();
    const unitId = randomUUID();
    const eventId = randomUUID();
    const agendaWithProto: unknown = JSON.parse('[{"time":"09:00","title":"开幕式","speaker":"","__proto__":{"isAdmin":true}}]');
    const wire = [
      ...other.unit(unitId, '丽水职业技术学院（欧阳𠮷㐂实训中心）'),
      other.op('units', unitId, 'region', 20260101),
      other.op('salaries', unitId, 'amount', 9000),
      other.op('units', unitId, 'address', '莲'.repeat(1_100_000)),
      other.op('events', eventId, 'agenda', agendaWithProto),
      // A far-future stamp on a refused operation must not move this desk's clock either.
      other.op('units', unitId, '__proto__', { polluted: true }, { wallMs: 999_999_999_999_999 }),
      other.op('units', unitId, 'contactName', '上官婉儿'),
    ];
    const ops: LoggedOp[] = wire.map((op, index) => ({ ...op, seq: index + 1 }));

    const outcome = await syncOnce({ db, transport: hostileServer(ops), skipAttachments: true });

    expect(outcome).toMatchObject({ pulled: 10, refused: 5, created: 1 });
    expect(await db.units.get(unitId)).toMatchObject({ name: '丽水职业技术学院（欧阳𠮷㐂实训中心）', region: '浙江省丽水市', contactName: '上官婉儿', kind: 'enterprise' });
    const stored = (await db.units.get(unitId)) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(stored.address).toBeUndefined();
    expect(await db.events.get(eventId)).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await readCursor(db)).toBe(10);
    expect((await readSetting('clock', db)) ?? '').not.toMatch(/^9{15}/);

    const refused = await readRefusedOperations(db);
    expect(refused?.count).toBe(5);
    expect(refused?.recent.map(({ seq, table, field, kind }) => ({ seq, table, field, kind }))).toEqual([
      { seq: 5, table: 'units', field: 'region', kind: 'invalid-value' },
      { seq: 6, table: 'salaries', field: 'amount', kind: 'unknown-table' },
      { seq: 7, table: 'units', field: 'address', kind: 'too-large' },
      { seq: 8, table: 'events', field: 'agenda', kind: 'unsafe-key' },
      { seq: 9, table: 'units', field: '__proto__', kind: 'unknown-field' },
    ]);

    // The next sync starts after them: they are not pulled again, and the count stays.
    expect(await syncOnce({ db, transport: hostileServer(ops), skipAttachments: true })).toMatchObject({ pulled: 0, refused: 0 });
    expect((await readRefusedOperations(db))?.count).toBe(5);
  });
});
