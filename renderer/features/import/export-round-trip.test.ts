import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/i18n/locale';
import { buildXlsx } from '../../components/export/export-xlsx';
import { peopleById, personListSheet, unitListSheet } from '../../components/export/record-sheets';
import { DeskDatabase } from '../../db/database';
import { freshDatabases } from '../../db/test-databases';
import { createRecord, updateRecord } from '../../db/mutate';
import { importFile } from './test-pipeline';

// Building a workbook needs no bridge; saving it does, and is not what is tested here.
vi.mock('../../bridge/desk', () => ({ desk: {} }));

const corpus = (name: string): Promise<Buffer> => readFile(new URL(`../../../../shared/corpus/${name}`, import.meta.url));

const freshDb = freshDatabases('desk-round-trip-');

const allianceFields = { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' } as const;

/** The registry of a database as a user knows it: every field, with links by name instead of ids. */
async function registryOf(db: DeskDatabase) {
  const units = await db.units.toArray();
  const people = await db.people.toArray();
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  const personName = new Map(people.map((person) => [person.id, person.name]));
  // A representative is a person at a unit: named by both, as two people may share a name.
  const personAt = new Map(people.map((person) => [person.id, `${person.name} @ ${person.unitId ? unitName.get(person.unitId) : ''}`]));
  const strip = <R extends { id: string }>(record: R): Omit<R, 'id' | '_clocks' | '_search'> => {
    const copy: Record<string, unknown> = { ...record };
    for (const key of ['id', '_clocks', '_search']) Reflect.deleteProperty(copy, key);
    return copy as Omit<R, 'id' | '_clocks' | '_search'>;
  };
  const byText = <T>(rows: T[]): T[] => rows.map((row) => [JSON.stringify(row), row] as const).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  return {
    units: byText(units.map(strip)),
    memberships: byText(
      (await db.memberships.toArray()).map((membership) => ({ ...strip(membership), allianceId: 'the alliance', unitId: unitName.get(membership.unitId), representativeId: membership.representativeId && personAt.get(membership.representativeId) })),
    ),
    people: byText(people.map((person) => ({ ...strip(person), unitId: person.unitId ? unitName.get(person.unitId) : null }))),
    appointments: byText((await db.appointments.toArray()).map((appointment) => ({ ...strip(appointment), allianceId: 'the alliance', personId: personName.get(appointment.personId) }))),
  };
}

/** Exports the units and people lists as the screens do (filtered by the alliance), as .xlsx files. */
async function exportLists(db: DeskDatabase, allianceId: string, locale: Locale): Promise<{ units: Uint8Array; people: Uint8Array }> {
  const params = new URLSearchParams({ alliance: allianceId });
  const memberships = await db.memberships.toArray();
  const appointments = await db.appointments.toArray();
  const units = await db.units.toArray();
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const unitRows = units.map((unit) => ({ unit, roles: '', memberships: memberships.filter((membership) => membership.unitId === unit.id) }));
  const personRows = (await db.people.toArray()).map((person) => ({
    person,
    unitName: person.unitId ? (unitNames.get(person.unitId) ?? '') : '',
    appointmentsText: '',
    appointments: appointments.filter((appointment) => appointment.personId === person.id),
  }));
  const alliances = await db.alliances.toArray();
  const unitSheet = unitListSheet(unitRows, params, alliances, locale, { people: peopleById(await db.people.toArray()), unitNames });
  const personSheet = personListSheet(personRows, params, alliances, locale);
  return { units: await buildXlsx('成员单位', unitSheet.columns, unitSheet.rows), people: await buildXlsx('人员与专家', personSheet.columns, personSheet.rows) };
}

/**
 * Imports the two exports into a fresh database with an alliance of its own: units first so that
 * employers are found, then people, then the units again (updating), so that each membership
 * finds its representative among the people now registered.
 */
async function reimport(exported: { units: Uint8Array; people: Uint8Array }): Promise<DeskDatabase> {
  const db = freshDb();
  const alliance = await createRecord('alliances', allianceFields, db);
  const target = { allianceId: alliance.id, event: null };
  const units = await importFile(db, 'units', exported.units, '成员单位.xlsx', target);
  const people = await importFile(db, 'people', exported.people, '人员与专家.xlsx', target);
  const again = await importFile(db, 'units', exported.units, '成员单位.xlsx', target, 'update');
  expect([...units.validated.bad, ...people.validated.bad, ...again.validated.bad]).toEqual([]);
  // The second time, every representative is found: nothing is left out.
  expect(again.validated.good.flatMap((row) => row.warnings).filter((warning) => warning.field === 'representative')).toEqual([]);
  // Every column of the export is one the import reads.
  expect([...units.located.guess, ...people.located.guess]).not.toContain(null);
  return db;
}

describe('exports that import back as the same records', () => {
  it('gives back every field of the 300 units, their memberships, the 200 people and their appointments of the corpus', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', allianceFields, db);
    await importFile(db, 'units', await corpus('units.csv'), 'units.csv', { allianceId: alliance.id, event: null });
    await importFile(db, 'people', await corpus('people.csv'), 'people.csv', { allianceId: alliance.id, event: null });
    const before = await registryOf(db);
    expect(before.units).toHaveLength(300);

    const again = await reimport(await exportLists(db, alliance.id, 'zh-CN'));
    expect(await registryOf(again)).toEqual(before);
  }, 60_000);

  it('gives back fields the corpus leaves empty, text a spreadsheet would run, and the English export', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const db = freshDb();
      const alliance = await createRecord('alliances', allianceFields, db);
      const unit = await createRecord(
        'units',
        {
          name: '=HYPERLINK("http://example.com","丽水𠮷祥精密制造有限公司")',
          shortName: '@吉祥精密',
          kind: 'research-institute',
          creditCode: '',
          region: '浙江省丽水市',
          address: '-莲都区 <b>绿谷</b> 大道 1 号',
          contactName: '+司徒嘉怡',
          contactPhone: '+86 138-1234-5678',
          contactEmail: 'situ@example.com',
          website: 'https://jixiang.example.com',
        },
        db,
      );
      const membership = await createRecord('memberships', { allianceId: alliance.id, unitId: unit.id, role: 'secretariat', joinedOn: '2024-02-29', status: 'pending' }, db);
      const other = await createRecord('units', { name: '丽水学院', kind: 'university' }, db);
      const otherMembership = await createRecord('memberships', { allianceId: alliance.id, unitId: other.id, role: 'standing-council-unit', status: 'withdrawn' }, db);
      const person = await createRecord(
        'people',
        { name: '诸葛𬣙', unitId: unit.id, position: '=总工程师', title: '正高级工程师', phone: '见备注', email: 'zhuge@example.com', expertise: '工业机器人；\t智能制造' },
        db,
      );
      // The unit's representative, and a namesake at another unit the import must not take for him.
      await updateRecord('memberships', membership.id, { representativeId: person.id }, db);
      await createRecord('people', { name: '诸葛𬣙', unitId: other.id }, db);
      // 丽水学院's representative works at the other unit: exported as 姓名（单位）.
      await updateRecord('memberships', otherMembership.id, { representativeId: person.id }, db);
      await createRecord('appointments', { allianceId: alliance.id, personId: person.id, body: 'expert-steering-committee', role: 'vice-chair', termStart: '2024-06-15', termEnd: '2027-06-14' }, db);
      await createRecord('people', { name: '皇甫立', unitId: null }, db);

      const again = await reimport(await exportLists(db, alliance.id, locale));
      expect(await registryOf(again), locale).toEqual(await registryOf(db));
    }
  }, 60_000);
});
