import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../db/test-databases';
import { createRecord } from '../../db/mutate';
import { importFile } from './test-pipeline';
import { utf8 } from './test-files';

/** The shared corpus sits beside the checkout (../shared), in CI as here. */
const corpus = (name: string): Promise<Buffer> => readFile(new URL(`../../../../shared/corpus/${name}`, import.meta.url));

const freshDb = freshDatabases('desk-import-alliance-');

/** The file's own count of each role, by the words the corpus uses, counted here apart from the import's lookup. */
const corpusRoles: Record<string, string> = {
  顾问单位: 'consultant-unit',
  牵头单位: 'lead-unit',
  理事长单位: 'chair-unit',
  副理事长单位: 'vice-chair-unit',
  常务理事单位: 'standing-council-unit',
  理事单位: 'council-unit',
  成员单位: 'member-unit',
  会员单位: 'member-unit',
  秘书处单位: 'secretariat',
};
const tally = (values: string[]): Record<string, number> => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});

describe('importing a member list into an alliance', () => {
  it('makes 300 units members in the roles, join dates and statuses of units.csv, in one transaction', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' }, db);
    const bytes = await corpus('units.csv');
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(300);

    const { validated, outcome } = await importFile(db, 'units', bytes, 'units.csv', { allianceId: alliance.id, event: null });
    expect(validated.bad).toEqual([]);
    expect(outcome).toEqual({ created: 300, updated: 0, linked: 300 });
    const memberships = await db.memberships.toArray();
    expect(memberships).toHaveLength(300);
    expect(memberships.every((membership) => membership.allianceId === alliance.id)).toBe(true);
    expect(tally(memberships.map((membership) => membership.role))).toEqual(tally(rows.map((row) => corpusRoles[row['联盟角色'] ?? ''] ?? 'unlisted')));
    expect(tally(memberships.map((membership) => membership.status))).toEqual(tally(rows.map((row) => (row['状态'] === '退出' ? 'withdrawn' : 'active'))));

    const units = new Map((await db.units.toArray()).map((unit) => [unit.id, unit]));
    const byName = new Map(memberships.map((membership) => [units.get(membership.unitId)?.name, membership]));
    // Four ways of writing a date, each read as the same ISO date.
    for (const row of rows) {
      const [year, month, day] = (row['加入日期'] ?? '').split(/[-/.年月日]/).map(Number);
      expect(byName.get(row['单位名称'])?.joinedOn).toBe(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
    // The phones the corpus writes as text (见备注, two numbers) are kept as written.
    const phones = new Map([...units.values()].map((unit) => [unit.name, unit.contactPhone]));
    for (const row of rows) expect(phones.get(row['单位名称'] ?? '')).toBe((row['联系电话'] ?? '').trim());
    expect(validated.good.flatMap((row) => row.warnings).some((warning) => warning.problem === 'phone-kept' && warning.value === '见备注')).toBe(true);
  }, 30_000);

  it('reads the WPS workbook with its own headers and real date cells, and adds nothing the second time', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' }, db);
    const bytes = await corpus('units-wps.xlsx');
    const first = await importFile(db, 'units', bytes, 'units-wps.xlsx', { allianceId: alliance.id, event: null });
    expect(first.validated.bad).toEqual([]);
    expect(first.outcome).toEqual({ created: 300, updated: 0, linked: 300 });
    // The same units as units.csv: every join date, typed or a real date cell, is the day the CSV gives.
    const csvRows = Papa.parse<Record<string, string>>((await corpus('units.csv')).toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const expected = new Map(csvRows.map((row) => [row['单位名称'], (row['加入日期'] ?? '').split(/[-/.年月日]/).slice(0, 3).map((part, index) => (index === 0 ? part : part.padStart(2, '0'))).join('-')]));
    const names = new Map((await db.units.toArray()).map((unit) => [unit.id, unit.name]));
    const joined = (await db.memberships.toArray()).map((membership) => [names.get(membership.unitId), membership.joinedOn]);
    expect(joined.filter(([name, date]) => expected.get(name ?? '') !== date)).toEqual([]);

    const again = await importFile(db, 'units', bytes, 'units-wps.xlsx', { allianceId: alliance.id, event: null });
    expect(again.outcome).toEqual({ created: 0, updated: 0, linked: 0 });
    expect(await db.memberships.count()).toBe(300);
    // Reading a 300-row workbook twice into fake-indexeddb takes longer than the default five seconds.
  }, 30_000);

  it('refuses an unknown role, a day that does not exist and an unknown status as bad cells with their reasons', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', { name: '丽水职教集团', kind: 'vocational-education-group' }, db);
    const csv = '单位名称,联盟角色,加入日期,状态\n丽水职业高级中学,观察员单位,2023-05-09,正常\n丽水学院,理事单位,2023-02-30,在册\n丽水思博特精密制造有限公司,牵头单位,2023年5月9日,暂停\n';
    const { validated } = await importFile(db, 'units', utf8(csv), 'units.csv', { allianceId: alliance.id, event: null });
    expect(validated.bad).toEqual([
      { row: 2, label: '丽水职业高级中学', problems: [{ problem: 'unknown-role', field: 'role', cell: 'B2', value: '观察员单位' }] },
      { row: 3, label: '丽水学院', problems: [{ problem: 'invalid-date', field: 'joinedOn', cell: 'C3', value: '2023-02-30' }] },
      { row: 4, label: '丽水思博特精密制造有限公司', problems: [{ problem: 'unknown-status', field: 'status', cell: 'D4', value: '暂停' }] },
    ]);
    expect(await db.units.count()).toBe(0);
  });
});

describe('importing experts and a sign-in list', () => {
  it('appoints the people of people.csv with a committee post to the expert steering committee, for their terms', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' }, db);
    await importFile(db, 'units', await corpus('units.csv'), 'units.csv', { allianceId: alliance.id, event: null });
    const bytes = await corpus('people.csv');
    const rows = Papa.parse<Record<string, string>>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const { validated, outcome } = await importFile(db, 'people', bytes, 'people.csv', { allianceId: alliance.id, event: null });
    expect(validated.bad).toEqual([]);
    const posted = rows.filter((row) => (row['委员会职务'] ?? '') !== '');
    expect(outcome).toEqual({ created: 200, updated: 0, linked: posted.length });

    const appointments = await db.appointments.toArray();
    const people = new Map((await db.people.toArray()).map((person) => [person.id, person.name]));
    const posts: Record<string, string> = { 主任: 'chair', 副主任: 'vice-chair', 委员: 'member', 秘书长: 'secretary-general' };
    expect(tally(appointments.map((appointment) => appointment.role))).toEqual(tally(posted.map((row) => posts[(row['委员会职务'] ?? '').replace('专家指导委员会', '')] ?? 'unlisted')));
    expect(appointments.every((appointment) => appointment.body === 'expert-steering-committee' && appointment.allianceId === alliance.id)).toBe(true);
    const byName = new Map(appointments.map((appointment) => [people.get(appointment.personId), appointment]));
    for (const row of posted) {
      const [startYear, startMonth, endYear, endMonth] = (row['聘期'] ?? '').match(/\d+/g)?.map(Number) ?? [];
      const expected = row['聘期'] ? [`${startYear}-${String(startMonth).padStart(2, '0')}-01`, `${endYear}-${String(endMonth).padStart(2, '0')}-01`] : [null, null];
      expect([byName.get(row['姓名'])?.termStart, byName.get(row['姓名'])?.termEnd]).toEqual(expected);
    }
    // Rare characters outside the BMP survive: 𠮷 as a surname.
    expect([...people.values()].some((name) => name.startsWith('𠮷'))).toBe(true);
  }, 30_000);

  it('adds the names of a sign-in list to the event, reports names it cannot find, and asks for the unit of a shared name', async () => {
    const db = freshDb();
    const alliance = await createRecord('alliances', { name: '丽水职教集团', kind: 'vocational-education-group' }, db);
    const school = await createRecord('units', { name: '丽水职业高级中学', kind: 'secondary-vocational-school' }, db);
    const college = await createRecord('units', { name: '丽水学院', kind: 'university' }, db);
    const li = await createRecord('people', { name: '李立进', unitId: school.id }, db);
    await createRecord('people', { name: '王刚', unitId: school.id }, db);
    const wang = await createRecord('people', { name: '王刚', unitId: college.id }, db);
    const event = await createRecord('events', { allianceId: alliance.id, kind: 'council-meeting', title: '第一届理事会第二次会议', startsOn: '2026-06-13' }, db);

    const csv = '序号,姓名,单位,身份\n1,李立进,,专家\n2,王刚,丽水学院,\n3,王刚,,\n4,叶军,,\n5,李立进,,代表\n';
    const { validated, outcome } = await importFile(db, 'participants', utf8(csv), '签到表.csv', { allianceId: alliance.id, event: { id: event.id, allianceId: alliance.id } });
    expect(validated.bad).toEqual([
      { row: 4, label: '王刚', problems: [{ problem: 'person-ambiguous', field: 'name', cell: 'B4', value: '王刚' }] },
      { row: 5, label: '叶军', problems: [{ problem: 'person-not-found', field: 'name', cell: 'B5', value: '叶军' }] },
      { row: 6, label: '李立进', problems: [{ problem: 'duplicate-person', field: 'name', cell: 'B6', otherRow: 2 }] },
    ]);
    expect(outcome).toEqual({ created: 2, updated: 0, linked: 0 });
    const participants = await db.participants.toArray();
    expect(participants.map((participant) => [participant.personId, participant.role, participant.eventId, participant.allianceId]).sort()).toEqual(
      [
        [li.id, 'expert', event.id, alliance.id],
        [wang.id, 'representative', event.id, alliance.id],
      ].sort(),
    );
  });
});
