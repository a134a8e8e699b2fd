import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { opFactory } from '../../server/testing/ops';
import type { PullResponse } from '../../shared/sync/protocol';
import { SyncRequestError } from '../../shared/sync/protocol';
import { DeskDatabase } from '../db/database';
import { readGrant } from '../db/grant';
import { mutate } from '../db/mutate';
import { syncOnce } from './engine';
import type { SyncTransport } from './transport';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('a push refused for this device’s role (issue 14.1)', () => {
  it('still pulls: the desk learns its role and the other offices’ changes, then reports the refusal', async () => {
    const db = new DeskDatabase(`role-refusal-${randomUUID()}`);
    opened.push(db);
    // Queued before the desk knew it is read-only.
    await mutate((m) => m.create('units', { name: '丽水职业技术学院', kind: 'higher-vocational-college' }), db);
    const unitId = randomUUID();
    const ops = opFactory().unit(unitId, '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地').map((op, index) => ({ ...op, seq: index + 1 }));
    const page: PullResponse = { ops, hasMore: false, serverSeq: ops.length, serverTime: Date.now(), collisions: [], grant: { role: 'read-only', unitId: null }, devices: [] };
    const transport: SyncTransport = {
      push: () => Promise.reject(new SyncRequestError('operation-not-allowed', 'Operation 0 … may not change units', 403)),
      pull: (after) => Promise.resolve(after >= page.serverSeq ? { ...page, ops: [] } : page),
      hasAttachment: () => Promise.resolve({ received: 0, complete: false }),
      putAttachment: () => Promise.resolve({ received: 0, complete: false }),
      getAttachment: () => Promise.resolve(null),
    };
    await expect(syncOnce({ db, transport, skipAttachments: true })).rejects.toMatchObject({ code: 'operation-not-allowed' });
    expect(await readGrant(db)).toEqual({ role: 'read-only', unitId: null });
    expect((await db.units.get(unitId))?.name).toBe('丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地');
    // What it queued stays in the outbox, lost to nobody; nothing new is queued.
    expect(await db.outbox.count()).toBe(1);
    await expect(mutate((m) => m.create('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise' }), db)).rejects.toThrow('read-only');
  });
});
