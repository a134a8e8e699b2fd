import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recordSchemas, recordTables } from '../../shared/domain/tables';
import { DeskDatabase } from '../db/database';
import { freshDatabases } from '../db/test-databases';
import { createRecord, RecordValidationError } from '../db/mutate';
import { readSetting } from '../db/settings';
import { loadSampleData } from './load-sample-data';
import { lishuiCommunity } from './lishui-community';

const freshDb = freshDatabases('desk-sample-');

const tianjin = '先进制造职业教育集团';
const lishui = '丽水智能制造产教融合共同体';
// The sample holds registry records only: no templates, issued documents or plans.
const expectedCounts = { ...Object.fromEntries(recordTables.map((table) => [table, 0])), alliances: 2, units: 10, memberships: 4, people: 15, appointments: 3, events: 8, participants: 15, agreements: 1 };

async function counts(db: DeskDatabase): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(recordTables.map(async (table) => [table, await db.recordTable(table).count()] as const)));
}

async function loaded(db: DeskDatabase) {
  await loadSampleData(db);
  const alliances = await db.alliances.toArray();
  const allianceId = (name: string) => alliances.find((alliance) => alliance.name === name)?.id;
  const people = await db.people.toArray();
  const personName = new Map(people.map((person) => [person.id, person.name]));
  const unitName = new Map((await db.units.toArray()).map((unit) => [unit.id, unit.name]));
  return { alliances, allianceId, people, personName, unitName };
}

describe('the sample data of the seed reports', () => {
  it('creates both alliances with their records, in one mutation, and answers the first-run offer', async () => {
    const db = freshDb();
    const result = await loadSampleData(db);
    expect(result).toEqual({ loaded: [tianjin, lishui], skipped: [], created: expectedCounts });
    expect(await counts(db)).toEqual(expectedCounts);
    expect(await readSetting('sampleData', db)).toBe('loaded');
    // Every record's fields queued for sync, in one outbox entry: the load was one mutation.
    const records = Object.values(expectedCounts).reduce((sum, count) => sum + count, 0);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.changes).toHaveLength(records);
    expect(outbox[0]?.changes.every((change) => change.operations.some((operation) => operation.field === 'deleted'))).toBe(true);
  });

  it('gives each unit its role: 丽水市职业高级中学 leads the Lishui community', async () => {
    const db = freshDb();
    const { allianceId, unitName, personName } = await loaded(db);
    const memberships = await db.memberships.toArray();
    const roles = (alliance: string) =>
      memberships
        .filter((membership) => membership.allianceId === allianceId(alliance))
        .map((membership) => [unitName.get(membership.unitId), membership.role, personName.get(membership.representativeId ?? '')]);
    expect(roles(lishui)).toEqual([
      ['丽水市职业高级中学', 'lead-unit', '李立进'],
      ['丽水思博特精密制造有限公司', 'member-unit', '黄毅'],
    ]);
    expect(roles(tianjin)).toEqual([
      ['清华大学天津高端装备研究院', 'member-unit', '李振邦'],
      ['深圳职业技术学院', 'member-unit', '廖强华'],
    ]);
    expect(memberships.every((membership) => membership.status === 'active')).toBe(true);
  });

  it('places people at their units and appoints the three experts to the Expert Steering Committee', async () => {
    const db = freshDb();
    const { allianceId, people, personName, unitName } = await loaded(db);
    const sang = people.find((person) => person.name === '桑文勇');
    expect(sang && [unitName.get(sang.unitId ?? ''), sang.position]).toEqual(['丽水市教育局', '党委委员、副局长']);
    const hao = people.find((person) => person.name === '郝志刚');
    expect(hao && unitName.get(hao.unitId ?? '')).toBe('天津职业大学');

    const appointments = await db.appointments.toArray();
    expect(appointments.map((appointment) => [personName.get(appointment.personId), appointment.body, appointment.role, appointment.termStart, appointment.allianceId])).toEqual(
      ['楼海斌', '王刚', '叶军'].map((name) => [name, 'expert-steering-committee', 'member', '2024-06-13', allianceId(lishui)]),
    );
  });

  it('records the events of each report with their participants', async () => {
    const db = freshDb();
    const { allianceId, personName } = await loaded(db);
    const events = await db.events.toArray();
    const kinds = (alliance: string) => events.filter((event) => event.allianceId === allianceId(alliance)).map((event) => event.kind);
    expect(kinds(tianjin)).toEqual(['founding-meeting']);
    expect(kinds(lishui)).toEqual(['launch-ceremony', 'seminar', 'demonstration-class', 'lecture', 'lecture', 'lecture', 'training-base-visit']);
    expect(events.find((event) => event.kind === 'founding-meeting')?.startsOn).toBe('2019-05-09');

    const launch = events.find((event) => event.kind === 'launch-ceremony');
    expect(launch?.agenda.map((item) => item.speaker)).toEqual(['李立进', '朱美芬', '出席领导', '李立进、黄毅', '桑文勇']);

    const participants = await db.participants.toArray();
    const of = (eventId: string | undefined) =>
      participants.filter((participant) => participant.eventId === eventId).map((participant) => [personName.get(participant.personId ?? ''), participant.role]);
    expect(of(launch?.id)).toEqual([
      ['桑文勇', 'guest-leader'],
      ['周再荣', 'guest-leader'],
      ['戴美松', 'guest-leader'],
      ['陈海祥', 'guest-leader'],
      ['李立进', 'speaker'],
      ['朱美芬', 'speaker'],
      ['黄毅', 'representative'],
    ]);
    const lectures = events.filter((event) => event.kind === 'lecture');
    expect(lectures.map((lecture) => of(lecture.id))).toEqual([[['楼海斌', 'expert']], [['王刚', 'expert']], [['叶军', 'expert']]]);
    expect(participants.every((participant) => participant.allianceId === events.find((event) => event.id === participant.eventId)?.allianceId)).toBe(true);
  });

  it('records the enterprise-into-school agreement with its parties and signatories, signed at the launch ceremony', async () => {
    const db = freshDb();
    const { allianceId, personName, unitName } = await loaded(db);
    const [agreement] = await db.agreements.toArray();
    const launch = await db.events.where('kind').equals('launch-ceremony').first();
    expect(agreement).toMatchObject({ allianceId: allianceId(lishui), kind: 'enterprise-into-school', status: 'active', signedOn: '2024-06-13', eventId: launch?.id });
    expect(agreement?.partyUnitIds.map((id) => unitName.get(id))).toEqual(['丽水市职业高级中学', '丽水思博特精密制造有限公司']);
    expect(agreement?.signatoryIds.map((id) => personName.get(id))).toEqual(['李立进', '黄毅']);
  });

  it('stores only records that pass their schemas, with no credit code or phone number made up', async () => {
    const db = freshDb();
    await loadSampleData(db);
    for (const table of recordTables) {
      for (const { _clocks, _search, ...record } of await db.recordTable(table).toArray()) {
        expect(typeof _search).toBe('string');
        expect(Object.keys(_clocks).length).toBeGreaterThan(0);
        expect(recordSchemas[table].safeParse(record).success).toBe(true);
      }
    }
    expect((await db.units.toArray()).every((unit) => unit.creditCode === '' && unit.contactPhone === '')).toBe(true);
    expect((await db.people.toArray()).every((person) => person.phone === '' && person.email === '')).toBe(true);
  });

  it('does not duplicate anything when loaded twice', async () => {
    const db = freshDb();
    await loadSampleData(db);
    const outbox = await db.outbox.count();
    const again = await loadSampleData(db);
    expect(again.loaded).toEqual([]);
    expect(again.skipped).toEqual([tianjin, lishui]);
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(await counts(db)).toEqual(expectedCounts);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('skips an alliance that is already there and reuses a unit of the same name', async () => {
    const db = freshDb();
    await createRecord('alliances', { name: tianjin, kind: 'vocational-education-group' }, db);
    const school = await createRecord('units', { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' }, db);
    const result = await loadSampleData(db);
    expect(result.loaded).toEqual([lishui]);
    expect(result.skipped).toEqual([tianjin]);
    // The four other units of the Lishui community are made; the school is the one already there.
    expect(await db.units.count()).toBe(5);
    const lead = await db.memberships.where('role').equals('lead-unit').first();
    expect(lead?.unitId).toBe(school.id);
  });

  it('leaves the database as it was when a record of the sample is refused', async () => {
    const db = freshDb();
    const broken = { ...lishuiCommunity, events: { ...lishuiCommunity.events, seminar: { ...lishuiCommunity.events.seminar, startsOn: '6月13日' } } };
    const error = await loadSampleData(db, [broken]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(await counts(db)).toEqual(Object.fromEntries(recordTables.map((table) => [table, 0])));
    expect(await readSetting('sampleData', db)).toBeNull();
  });
});
