import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from './database';
import { freshDatabases } from './test-databases';
import { createRecord, deleteRecord, mutate, RecordValidationError, restoreRecord, updateRecord } from './mutate';
import { readSetting } from './settings';

const freshDb = freshDatabases('desk-mutate-');

/** The field operations in the outbox, in the order they were queued. */
async function operationsOf(db: DeskDatabase) {
  const entries = await db.outbox.orderBy('changeId').toArray();
  return entries.flatMap((entry) => entry.changes.flatMap((change) => change.operations.map((operation) => ({ ...operation, table: change.table, rowId: change.rowId }))));
}

const lishuiHigh = { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' as const, region: '浙江省丽水市' };

async function snapshot(db: DeskDatabase) {
  return {
    units: await db.units.toArray(),
    memberships: await db.memberships.toArray(),
    outbox: await db.outbox.toArray(),
    history: await db.history.toArray(),
    clock: await readSetting('clock', db),
  };
}

describe('the data layer', () => {
  it('records a clock, an outbox operation and a history entry with every created record', async () => {
    const db = freshDb();
    const unit = await createRecord('units', lishuiHigh, db);
    expect(unit.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const stored = await db.units.get(unit.id);
    expect(stored?.name).toBe('丽水市职业高级中学');
    expect(stored?._search).toContain('lsszygjzx');
    expect(stored?._search).toContain('lishuishi');
    const fields = Object.keys(unit).filter((field) => field !== 'id');
    expect(Object.keys(stored?._clocks ?? {}).sort()).toEqual([...fields, 'id'].sort());

    expect(await db.outbox.count()).toBe(1);
    const outbox = await operationsOf(db);
    expect(outbox.map((op) => op.field).sort()).toEqual([...fields].sort());
    expect(outbox.every((op) => op.rowId === unit.id && op.table === 'units' && op.hlc === stored?._clocks[op.field])).toBe(true);
    expect(new Set(outbox.map((op) => op.hlc)).size).toBe(outbox.length);

    // The creation is not a history entry: its time and device are the stamp of the id.
    expect(await db.history.count()).toBe(0);
    expect(stored?._clocks.id).toBe(outbox[0]?.hlc);
    expect(await readSetting('clock', db)).toBe(outbox.map((op) => op.hlc).sort().at(-1));
  });

  it('records only the fields an update changes, with old and new values', async () => {
    const db = freshDb();
    const unit = await createRecord('units', lishuiHigh, db);
    const before = (await operationsOf(db)).length;
    const clocksBefore = (await db.units.get(unit.id))?._clocks ?? {};

    await updateRecord('units', unit.id, { address: '丽水市莲都区', region: '浙江省丽水市' }, db);

    const ops = (await operationsOf(db)).slice(before);
    expect(ops.map((op) => [op.field, op.value])).toEqual([['address', '丽水市莲都区']]);
    const stored = await db.units.get(unit.id);
    expect(stored?._clocks.address).toBe(ops[0]?.hlc);
    expect(stored?._clocks.address && clocksBefore.address && stored._clocks.address > clocksBefore.address).toBe(true);
    expect(stored?._clocks.region).toBe(clocksBefore.region);
    const history = await db.history.where({ table: 'units', rowId: unit.id }).toArray();
    expect(history.at(-1)).toMatchObject({ field: 'address', oldValue: '', newValue: '丽水市莲都区' });
  });

  it('deletes with a tombstone and restores', async () => {
    const db = freshDb();
    const unit = await createRecord('units', lishuiHigh, db);
    await deleteRecord('units', unit.id, db);
    expect((await db.units.get(unit.id))?.deleted).toBe(true);
    await restoreRecord('units', unit.id, db);
    expect((await db.units.get(unit.id))?.deleted).toBe(false);
    const deletedOps = (await operationsOf(db)).filter((op) => op.field === 'deleted').map((op) => op.value);
    expect(deletedOps).toEqual([false, true, false]);
    const history = await db.history.where({ table: 'units', rowId: unit.id }).toArray();
    expect(history.map((entry) => [entry.oldValue, entry.newValue])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('refuses an invalid record with named problems and writes nothing', async () => {
    const db = freshDb();
    await createRecord('units', lishuiHigh, db);
    const before = await snapshot(db);
    const error = await createRecord('units', { name: ' ', kind: 'enterprise', creditCode: '914403001922038217', contactEmail: 'not-an-email' }, db).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).issues).toEqual(
      expect.arrayContaining([
        { path: 'name', problem: 'required' },
        { path: 'creditCode', problem: 'credit-code-check' },
        { path: 'contactEmail', problem: 'email' },
      ]),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves no trace of a mutation that fails midway', async () => {
    const db = freshDb();
    const existing = await createRecord('units', lishuiHigh, db);
    const before = await snapshot(db);
    const failure = mutate(async (m) => {
      const unit = await m.create('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise' });
      await m.update('units', existing.id, { address: '丽水市' });
      const alliance = await m.create('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' });
      await m.create('memberships', { allianceId: alliance.id, unitId: unit.id, role: 'member-unit' });
      throw new Error('the disk went away');
    }, db);
    await expect(failure).rejects.toThrow('the disk went away');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.alliances.count()).toBe(0);
  });

  it('aborts the whole mutation when IndexedDB refuses the history entry', async () => {
    const db = freshDb();
    const unit = await createRecord('units', lishuiHigh, db);
    const before = await snapshot(db);
    db.history.hook('creating', () => {
      throw new Error('history refused');
    });
    await expect(updateRecord('units', unit.id, { address: '丽水市莲都区' }, db)).rejects.toThrow('history refused');
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps the terms of appointments in order', async () => {
    const db = freshDb();
    const error = await mutate(async (m) => {
      const alliance = await m.create('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' });
      const person = await m.create('people', { name: '楼海斌' });
      return m.create('appointments', { allianceId: alliance.id, personId: person.id, body: 'expert-steering-committee', role: 'member', termStart: '2026-06-13', termEnd: '2025-06-12' });
    }, db).catch((caught: unknown) => caught);
    expect((error as RecordValidationError).issues).toEqual([{ path: 'termEnd', problem: 'date-order' }]);
    expect(await db.people.count()).toBe(0);
  });
});
