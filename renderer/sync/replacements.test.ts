import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { opFactory } from '../../server/testing/ops';
import type { LoggedOp } from '../../shared/sync/protocol';
import { DeskDatabase } from '../db/database';
import { WriteNotAllowedError } from '../db/grant';
import { mutate } from '../db/mutate';
import { applyPage } from './apply';
import { keepMine, standingReplacements } from './replacements';
import { writeSyncState } from './sync-state';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const unitName = '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地有限公司';

async function deskWithUnit(): Promise<{ db: DeskDatabase; unitId: string; deviceId: string }> {
  const db = new DeskDatabase(`replacements-${randomUUID()}`);
  opened.push(db);
  const unit = await mutate((m) => m.create('units', { name: unitName, kind: 'enterprise', contactName: '欧阳明' }), db);
  const deviceId = (await db.settings.get('deviceId'))?.value as string;
  return { db, unitId: unit.id, deviceId };
}

const logged = (ops: ReturnType<ReturnType<typeof opFactory>['op']>[]): LoggedOp[] => ops.map((op, index) => ({ ...op, seq: index + 1 }));

describe('a pulled change that replaces a value this desk wrote (issue 14.2)', () => {
  it('still wins by its later stamp, is recorded in the history and listed, and 保留我的 writes this desk’s value again as a change that syncs', async () => {
    const { db, unitId, deviceId } = await deskWithUnit();
    const other = opFactory();
    const later = other.op('units', unitId, 'contactName', '上官㐂', { wallMs: Date.now() + 60_000 });
    const result = await applyPage(db, logged([later]), 1, deviceId, Date.now);
    expect(result.replaced).toBe(1);
    expect((await db.units.get(unitId))?.contactName).toBe('上官㐂');

    const [replacement] = await standingReplacements(db);
    if (!replacement) throw new Error('no replacement listed');
    expect(replacement).toMatchObject({ table: 'units', rowId: unitId, field: 'contactName', mine: '欧阳明', theirs: '上官㐂', deviceId: other.deviceId });
    expect(await standingReplacements(db, { table: 'units', rowId: unitId })).toHaveLength(1);
    const history = (await db.history.toArray()).filter((entry) => entry.rowId === unitId);
    expect(history.find((entry) => entry.field === 'contactName' && entry.deviceId === other.deviceId)).toMatchObject({ oldValue: '欧阳明', newValue: '上官㐂', replacedMine: true });

    const outboxBefore = await db.outbox.count();
    await keepMine(db, replacement);
    expect((await db.units.get(unitId))?.contactName).toBe('欧阳明');
    const queued = (await db.outbox.toArray()).slice(outboxBefore).flatMap((row) => row.changes.flatMap((change) => change.operations));
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ field: 'contactName', value: '欧阳明' });
    expect((queued[0]?.hlc ?? '') > later.hlc).toBe(true);
    expect(await standingReplacements(db)).toEqual([]);
  });

  it('records nothing when the pulled value loses, is this desk’s own, or replaces another office’s value', async () => {
    const { db, unitId, deviceId } = await deskWithUnit();
    const other = opFactory();
    const third = opFactory();
    const earlier = other.op('units', unitId, 'contactName', '旧值', { wallMs: 1_000_000_000_000 });
    expect((await applyPage(db, logged([earlier]), 1, deviceId, Date.now)).replaced).toBe(0);
    expect((await db.units.get(unitId))?.contactName).toBe('欧阳明');
    // This desk's own operation coming back from the server.
    const own = (await db.outbox.toArray())[0]?.changes[0]?.operations[0];
    if (!own) throw new Error('nothing queued');
    const echo = { opId: `${randomUUID()}:0`, deviceId, table: 'units', rowId: unitId, field: own.field, value: own.value, hlc: own.hlc, seq: 2 };
    expect((await applyPage(db, [echo], 2, deviceId, Date.now)).replaced).toBe(0);
    // A unit another office made, changed by a third: nothing of this desk's is replaced.
    const theirUnit = randomUUID();
    const made = other.unit(theirUnit, '丽水思博特精密制造有限公司');
    const thirdLater = third.op('units', theirUnit, 'region', '浙江省温州市', { wallMs: Date.now() + 120_000 });
    expect((await applyPage(db, logged([...made, thirdLater]), 3, deviceId, Date.now)).replaced).toBe(0);
    expect((await db.units.get(theirUnit))?.region).toBe('浙江省温州市');
    expect(await standingReplacements(db)).toEqual([]);
  });

  it('is no longer listed once this desk changes the field again by hand', async () => {
    const { db, unitId, deviceId } = await deskWithUnit();
    await applyPage(db, logged([opFactory().op('units', unitId, 'contactName', '上官㐂', { wallMs: Date.now() + 60_000 })]), 1, deviceId, Date.now);
    expect(await standingReplacements(db)).toHaveLength(1);
    await mutate((m) => m.update('units', unitId, { contactName: '欧阳红' }), db, () => Date.now() + 120_000);
    expect(await standingReplacements(db)).toEqual([]);
  });
});

describe('the one write path and this device’s role (issue 14.1)', () => {
  it('refuses, and queues nothing, a change the server would refuse for this device’s role', async () => {
    const { db, unitId } = await deskWithUnit();
    const ownUnit = randomUUID();
    await writeSyncState(db, 'syncGrant', { role: 'member-office', unitId: ownUnit });
    const before = await db.outbox.count();
    await expect(mutate((m) => m.update('units', unitId, { contactName: '上官㐂' }), db)).rejects.toBeInstanceOf(WriteNotAllowedError);
    await expect(mutate((m) => m.create('events', { allianceId: randomUUID(), kind: 'seminar', title: '研讨会', startsOn: '2026-06-13' }), db)).rejects.toThrow('events');
    // Its own unit's people it may add.
    await mutate((m) => m.create('people', { name: '欧阳𠮷', unitId: ownUnit }), db);
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await db.units.get(unitId))?.contactName).toBe('欧阳明');
    await writeSyncState(db, 'syncGrant', { role: 'read-only', unitId: null });
    await expect(mutate((m) => m.create('people', { name: '上官明', unitId: ownUnit }), db)).rejects.toThrow('read-only');
  });
});
