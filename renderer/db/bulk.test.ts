import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addParticipants, addUnitsToAlliance, BulkTargetGoneError, changeMemberships, setManyDeleted } from './bulk-actions';
import { undoBulk } from './bulk';
import { DeskDatabase } from './database';
import { freshDatabases } from './test-databases';
import { createRecord, mutate } from './mutate';

const freshDb = freshDatabases('desk-bulk-');

const unitNames = ['浙江丽水𠮷祥精密模具制造股份有限公司智能装备事业部（㐂）', '丽水职业技术学院', '丽水市莲都区职业技术学校', '浙江欧阳上官新材料科技有限公司'];

async function seed(db: DeskDatabase) {
  return mutate(async (m) => {
    const alliance = await m.create('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' });
    const event = await m.create('events', { allianceId: alliance.id, kind: 'seminar', title: '模具专题研讨会', startsOn: '2026-06-13' });
    const units = [];
    for (const name of unitNames) units.push(await m.create('units', { name, kind: 'enterprise' }));
    const person = await m.create('people', { name: '欧阳海斌' });
    return { alliance, event, units, person };
  }, db);
}

/** Every record as the user sees it (no clocks, no search text), by table. */
async function records(db: DeskDatabase) {
  const strip = (rows: object[]) => rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !key.startsWith('_'))));
  return { units: strip(await db.units.toArray()), memberships: strip(await db.memberships.toArray()), participants: strip(await db.participants.toArray()) };
}

async function snapshot(db: DeskDatabase) {
  return { ...(await records(db)), outbox: await db.outbox.count(), history: await db.history.count(), clock: await db.settings.get('clock') };
}

describe('bulk actions', () => {
  it('adds the selected units to an alliance in a role, in one mutation whose ops are in one outbox row', async () => {
    const db = freshDb();
    const { alliance, units } = await seed(db);
    const outboxBefore = await db.outbox.count();
    const { result } = await addUnitsToAlliance(units.map((unit) => unit.id), { allianceId: alliance.id, role: 'council-unit', status: 'active', joinedOn: '2026-06-13' }, { db });
    expect(result).toEqual({ created: 4, changed: 0, unchanged: 0, skipped: 0 });
    const memberships = await db.memberships.where('allianceId').equals(alliance.id).toArray();
    expect(memberships.map((membership) => [units.findIndex((unit) => unit.id === membership.unitId), membership.role, membership.joinedOn]).sort()).toEqual([
      [0, 'council-unit', '2026-06-13'],
      [1, 'council-unit', '2026-06-13'],
      [2, 'council-unit', '2026-06-13'],
      [3, 'council-unit', '2026-06-13'],
    ]);
    const outbox = await db.outbox.orderBy('changeId').toArray();
    expect(outbox.length).toBe(outboxBefore + 1);
    const changes = outbox.at(-1)?.changes ?? [];
    expect(changes.map((change) => change.rowId).sort()).toEqual(memberships.map((membership) => membership.id).sort());
    expect(changes.every((change) => change.table === 'memberships' && change.operations.some((op) => op.field === 'role' && op.value === 'council-unit'))).toBe(true);
  });

  it('changes the role of a unit already in the alliance and skips a deleted unit; undo puts back exactly what was', async () => {
    const db = freshDb();
    const { alliance, units } = await seed(db);
    await createRecord('memberships', { allianceId: alliance.id, unitId: units[1]?.id ?? '', role: 'lead-unit', joinedOn: '2019-05-01', status: 'pending' }, db);
    await setManyDeleted('units', [units[3]?.id ?? ''], true, { db });
    const before = await records(db);
    const historyBefore = await db.history.count();

    const { result, changes } = await addUnitsToAlliance(units.map((unit) => unit.id), { allianceId: alliance.id, role: 'member-unit', status: 'active', joinedOn: null }, { db });
    expect(result).toEqual({ created: 2, changed: 1, unchanged: 0, skipped: 1 });
    const changed = await db.memberships.where('unitId').equals(units[1]?.id ?? '').first();
    expect([changed?.role, changed?.status, changed?.joinedOn]).toEqual(['member-unit', 'active', '2019-05-01']);
    // A history entry for each changed field of the existing membership.
    expect((await db.history.toArray()).slice(historyBefore).map((entry) => [entry.field, entry.oldValue, entry.newValue])).toEqual([
      ['role', 'lead-unit', 'member-unit'],
      ['status', 'pending', 'active'],
    ]);

    const outboxBefore = await db.outbox.count();
    await undoBulk(changes, { db });
    expect(await db.outbox.count()).toBe(outboxBefore + 1);
    const after = await records(db);
    // The memberships the action made are tombstones now (they may have synced); everything else is as before.
    const made = after.memberships.filter((membership) => !before.memberships.some((old) => old.id === membership.id));
    expect(made.length).toBe(2);
    expect(made.every((membership) => membership.deleted === true)).toBe(true);
    expect(after.memberships.filter((membership) => !made.includes(membership))).toEqual(before.memberships);
    expect(after.units).toEqual(before.units);
    const undoOps = (await db.outbox.orderBy('changeId').last())?.changes.flatMap((change) => change.operations.map((op) => [op.field, op.value])) ?? [];
    expect(undoOps.sort()).toEqual([
      ['deleted', true],
      ['deleted', true],
      ['role', 'lead-unit'],
      ['status', 'pending'],
    ]);
  });

  it('leaves nothing written when the action fails midway', async () => {
    const db = freshDb();
    const { alliance, units } = await seed(db);
    const many = await mutate(async (m) => {
      const made = [];
      for (let index = 0; index < 300; index++) made.push((await m.create('units', { name: `丽水第${index}模具制造有限公司`, kind: 'enterprise' })).id);
      return made;
    }, db);
    const before = await snapshot(db);
    // The first progress report comes after 200 of the 300 memberships are made.
    const failing = addUnitsToAlliance(
      many,
      { allianceId: alliance.id, role: 'member-unit', status: 'active', joinedOn: null },
      {
        db,
        onProgress: (done) => {
          if (done === 200) throw new Error('the window closed');
        },
      },
    );
    await expect(failing).rejects.toThrow('the window closed');
    expect(await snapshot(db)).toEqual(before);

    db.outbox.hook('creating', () => {
      throw new Error('outbox refused');
    });
    await expect(setManyDeleted('units', units.map((unit) => unit.id), true, { db })).rejects.toThrow('outbox refused');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an alliance or event that is gone, writing nothing', async () => {
    const db = freshDb();
    const { alliance, event, units } = await seed(db);
    await setManyDeleted('alliances', [alliance.id], true, { db });
    await setManyDeleted('events', [event.id], true, { db });
    const before = await snapshot(db);
    await expect(addUnitsToAlliance([units[0]?.id ?? ''], { allianceId: alliance.id, role: 'member-unit', status: 'active', joinedOn: null }, { db })).rejects.toBeInstanceOf(BulkTargetGoneError);
    await expect(addParticipants(event.id, { unitIds: [units[0]?.id ?? ''] }, 'representative', { db })).rejects.toBeInstanceOf(BulkTargetGoneError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes the status of members only, and undoes it', async () => {
    const db = freshDb();
    const { alliance, units } = await seed(db);
    const [first, second, third] = units.map((unit) => unit.id);
    await addUnitsToAlliance([first ?? '', second ?? ''], { allianceId: alliance.id, role: 'member-unit', status: 'active', joinedOn: null }, { db });
    const before = await records(db);
    const { result, changes } = await changeMemberships([first ?? '', second ?? '', third ?? ''], alliance.id, { status: 'withdrawn' }, { db });
    expect(result).toEqual({ created: 0, changed: 2, unchanged: 0, skipped: 1 });
    expect((await db.memberships.toArray()).map((membership) => membership.status)).toEqual(['withdrawn', 'withdrawn']);
    await undoBulk(changes, { db });
    expect(await records(db)).toEqual(before);
  });

  it('adds units and people to an event once, in a role', async () => {
    const db = freshDb();
    const { event, units, person } = await seed(db);
    const unitIds = units.slice(0, 2).map((unit) => unit.id);
    await addParticipants(event.id, { unitIds: unitIds.slice(0, 1) }, 'representative', { db });
    const { result, changes } = await addParticipants(event.id, { unitIds, personIds: [person.id] }, 'expert', { db });
    expect(result).toEqual({ created: 2, changed: 0, unchanged: 1, skipped: 0 });
    const participants = await db.participants.where('eventId').equals(event.id).toArray();
    expect(participants.map((participant) => [participant.unitId ?? participant.personId, participant.role, participant.allianceId]).sort()).toEqual(
      [
        [unitIds[0], 'representative', event.allianceId],
        [unitIds[1], 'expert', event.allianceId],
        [person.id, 'expert', event.allianceId],
      ].sort(),
    );
    await undoBulk(changes, { db });
    expect((await db.participants.toArray()).filter((participant) => !participant.deleted).length).toBe(1);
  });

  it('deletes and restores many records, telling its progress, and undoes a delete in one step', async () => {
    const db = freshDb();
    const ids = await mutate(async (m) => {
      const made = [];
      for (let index = 0; index < 450; index++) made.push((await m.create('units', { name: `丽水第${index}职业技术学校`, kind: 'secondary-vocational-school' })).id);
      return made;
    }, db);
    const before = await records(db);
    const seen: number[] = [];
    const { result, changes } = await setManyDeleted('units', ids, true, { db, onProgress: (done, total) => seen.push(done / total) });
    expect(result.changed).toBe(450);
    // Every 200 rows of 450, then done.
    expect(seen).toEqual([200 / 450, 400 / 450, 1]);
    expect((await db.units.toArray()).every((unit) => unit.deleted)).toBe(true);
    expect((await db.history.toArray()).length).toBe(450);
    await undoBulk(changes, { db });
    expect(await records(db)).toEqual(before);
    const restored = await setManyDeleted('units', ids, false, { db });
    expect(restored.result).toEqual({ created: 0, changed: 0, unchanged: 450, skipped: 0 });
  });

  it('keeps one transaction through a long mutation that works from memory (no request for hundreds of steps)', async () => {
    const db = freshDb();
    const ids = await mutate(async (m) => {
      const made = [];
      for (let index = 0; index < 60; index++) made.push((await m.create('units', { name: `丽水第${index}中等职业学校`, kind: 'secondary-vocational-school' })).id);
      return made;
    }, db);
    await mutate(async (m) => {
      for (const id of ids) await m.setDeleted('units', id, true);
      // The same records again: read from the mutation's own memory, no IndexedDB request between.
      for (const id of ids) await m.update('units', id, { region: '浙江省丽水市' });
    }, db);
    const units = await db.units.toArray();
    expect(units.every((unit) => unit.deleted && unit.region === '浙江省丽水市')).toBe(true);
  });
});
