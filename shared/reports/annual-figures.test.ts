import { v7 as uuid } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { RecordOf, RecordTable } from '../domain/tables';
import { recordSchemas } from '../domain/tables';
import type { ReportInput } from './annual-figures';
import { annualFigures } from './annual-figures';
import { reportSections } from './report-sections';
import { formatHlc } from '../sync/hlc';

/** A seeded registry: every choice comes from a small PRNG, so the run is the same each time. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function make<T extends RecordTable>(table: T, fields: Record<string, unknown>): RecordOf<T> {
  return recordSchemas[table].parse({ id: uuid(), ...fields }) as RecordOf<T>;
}

function registry(): ReportInput {
  const random = seeded(17);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const date = (years: number[]): string => `${String(pick(years))}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const allianceId = uuid();
  const other = uuid();
  const units = Array.from({ length: 120 }, (_, i) => make('units', { name: `单位${String(i)}𠮷`, kind: pick(['enterprise', 'higher-vocational-college', 'secondary-vocational-school', 'industry-association'] as const), deleted: i % 37 === 0 }));
  const memberships = units.map((unit, i) =>
    make('memberships', { allianceId: i % 9 === 0 ? other : allianceId, unitId: unit.id, role: pick(['lead-unit', 'council-unit', 'member-unit'] as const), joinedOn: i % 11 === 0 ? null : date([2023, 2024, 2025]), status: pick(['active', 'active', 'active', 'withdrawn', 'pending'] as const), deleted: i % 23 === 0 }),
  );
  const people = Array.from({ length: 40 }, (_, i) => make('people', { name: `欧阳${String(i)}`, deleted: i === 5 }));
  const appointments = people.map((person, i) =>
    make('appointments', { allianceId, personId: person.id, body: i % 4 === 0 ? 'council' : 'expert-steering-committee', role: pick(['chair', 'vice-chair', 'member'] as const), termStart: i % 3 === 0 ? '2022-01-01' : date([2023, 2024, 2025]), termEnd: i % 3 === 0 ? '2023-06-30' : null }),
  );
  const events = Array.from({ length: 80 }, (_, i) => make('events', { allianceId: i % 10 === 0 ? other : allianceId, kind: pick(['seminar', 'lecture', 'launch-ceremony'] as const), title: `活动${String(i)}`, startsOn: date([2024, 2025]), deleted: i % 19 === 0 }));
  const participants = Array.from({ length: 300 }, (_, i) => make('participants', { allianceId, eventId: pick(events).id, personId: pick(people).id, role: 'expert', deleted: i % 29 === 0 }));
  const agreements = Array.from({ length: 30 }, (_, i) =>
    make('agreements', { allianceId, kind: pick(['order-class', 'apprenticeship'] as const), title: `协议${String(i)}`, partyUnitIds: [units[1]?.id, units[2]?.id], signedOn: i % 7 === 0 ? null : date([2024, 2025]), termEnd: pick([null, '2024-12-31', '2026-12-31']), status: pick(['active', 'expired'] as const) }),
  );
  const issuedDocuments = Array.from({ length: 50 }, (_, i) =>
    make('issuedDocuments', { allianceId, templateId: uuid(), kind: pick(['unit-licence', 'appointment-letter'] as const), number: `LSZZ-${String(i)}`, recipientType: 'unit', recipientId: units[3]?.id, recipientName: '单位', printedTexts: {}, issuedOn: date([2024, 2025]), revoked: i % 6 === 0, revokedOn: i % 12 === 0 ? date([2024, 2025]) : null }),
  );
  const plan = make('actionPlans', { allianceId, title: '三年行动计划', periodFrom: 2024, periodTo: 2026 });
  const planTasks = Array.from({ length: 40 }, (_, i) => make('planTasks', { allianceId, planId: plan.id, order: `a${String(i)}`, title: `任务${String(i)}`, dueOn: i % 8 === 0 ? null : date([2024, 2025]), status: pick(['not-started', 'in-progress', 'done', 'delayed'] as const) }));
  const allianceFigures = [
    make('allianceFigures', { allianceId, year: 2024, kind: 'apprentices', value: 120, source: '教务处统计' }),
    make('allianceFigures', { allianceId, year: 2024, kind: 'order-class-students', value: 86, source: '企业报送' }),
    make('allianceFigures', { allianceId, year: 2025, kind: 'apprentices', value: 999, source: '' }),
  ];
  return { allianceId, year: 2024, today: '2024-09-01', units, memberships, people, appointments, events, participants, agreements, issuedDocuments, actionPlans: [plan], planTasks, allianceFigures };
}

describe('annual figures from a seeded registry', () => {
  const input = registry();
  const figures = annualFigures(input);
  const { allianceId } = input;
  const liveUnit = new Set(input.units.filter((u) => !u.deleted).map((u) => u.id));
  const mine = input.memberships.filter((m) => m.allianceId === allianceId && !m.deleted && liveUnit.has(m.unitId));

  it('counts member units, joiners and leavers as a hand count does', () => {
    let active = 0;
    let joined = 0;
    let withdrawn = 0;
    const enterprises = new Set<string>();
    for (const m of mine) {
      const joinedByEnd = m.joinedOn === null || m.joinedOn <= '2024-12-31';
      if (m.status === 'active' && joinedByEnd) {
        active += 1;
        if (input.units.find((u) => u.id === m.unitId)?.kind === 'enterprise') enterprises.add(m.unitId);
      }
      if (m.joinedOn?.slice(0, 4) === '2024') joined += 1;
      if (m.status === 'withdrawn' && joinedByEnd) withdrawn += 1;
    }
    expect(active).toBeGreaterThan(10);
    expect(figures.members.total).toBe(active);
    expect(figures.members.joined).toBe(joined);
    expect(figures.members.withdrawn).toBe(withdrawn);
    expect(figures.members.byKind.find((t) => t.key === 'enterprise')?.count).toBe(enterprises.size);
    expect(figures.members.byRole.reduce((sum, t) => sum + t.count, 0)).toBe(active);
    expect(figures.membershipByYear.at(-1)).toEqual({ year: 2024, count: active });
    expect(figures.membershipByYear[0]?.year).toBe(2023);
    const by2023 = new Set(mine.filter((m) => m.status === 'active' && (m.joinedOn === null || m.joinedOn <= '2023-12-31')).map((m) => m.unitId)).size;
    expect(by2023).toBeGreaterThan(0);
    expect(figures.membershipByYear[0]).toEqual({ year: 2023, count: by2023 });
  });

  it('counts the committee, events with participants, agreements, documents and tasks', () => {
    const deadPerson = input.people.filter((p) => p.deleted).map((p) => p.id);
    const committee = input.appointments.filter((a) => a.body === 'expert-steering-committee' && !deadPerson.includes(a.personId) && (a.termStart ?? '') <= '2024-12-31' && (a.termEnd === null || a.termEnd >= '2024-01-01'));
    expect(figures.committee.total).toBe(committee.length);
    expect(figures.committee.byPost.find((t) => t.key === 'chair')?.count).toBe(committee.filter((a) => a.role === 'chair').length);

    const events = input.events.filter((e) => e.allianceId === allianceId && !e.deleted && e.startsOn.startsWith('2024'));
    const lectures = events.filter((e) => e.kind === 'lecture');
    const lectureIds = new Set(lectures.map((e) => e.id));
    expect(figures.events.total).toBe(events.length);
    expect(figures.events.byKind.find((t) => t.key === 'lecture')).toEqual({ key: 'lecture', count: lectures.length, participants: input.participants.filter((p) => !p.deleted && lectureIds.has(p.eventId)).length });
    expect(figures.events.byMonth.reduce((a, b) => a + b, 0)).toBe(events.length);
    expect(figures.events.byMonth[5]).toBe(events.filter((e) => e.startsOn.slice(5, 7) === '06').length);

    const signed = input.agreements.filter((a) => a.signedOn?.startsWith('2024'));
    expect(figures.agreements.signed).toBe(signed.length);
    expect(figures.agreements.inForce).toBe(input.agreements.filter((a) => a.status === 'active' && (a.signedOn ?? '') <= '2024-12-31' && (a.termEnd === null || a.termEnd >= '2024-12-31')).length);

    expect(figures.documents.issued).toBe(input.issuedDocuments.filter((d) => d.issuedOn.startsWith('2024')).length);
    expect(figures.documents.revoked).toBe(input.issuedDocuments.filter((d) => d.revoked && (d.revokedOn ?? d.issuedOn).startsWith('2024')).length);

    const due = input.planTasks.filter((t) => t.dueOn?.startsWith('2024'));
    expect(figures.tasks.due).toBe(due.length);
    expect(figures.tasks.done).toBe(due.filter((t) => t.status === 'done').length);
    expect(figures.tasks.late).toBe(due.filter((t) => t.status === 'delayed' || (t.status !== 'done' && (t.dueOn ?? '') < '2024-09-01')).length);
  });

  it('shows its own figures of that year only, with their source, and links each figure to its list', () => {
    expect(figures.own.map((f) => [f.kind, f.value, f.source])).toEqual([
      ['order-class-students', 86, '企业报送'],
      ['apprentices', 120, '教务处统计'],
    ]);
    const sections = reportSections(figures, 'zh-CN');
    expect(sections.map((s) => s.heading)).toEqual(['成员单位', '专家指导委员会', '活动开展', '合作协议', '证书与聘书', '行动计划任务', '联盟自报数据']);
    const total = sections[0]?.rows[0];
    expect(total).toMatchObject({ label: '成员单位总数', value: figures.members.total, link: `/units?alliance=${allianceId}&status=active` });
    const lecture = sections[2]?.rows.find((r) => r.label.startsWith('专题讲座'));
    expect(lecture?.link).toBe(`/events?alliance=${allianceId}&year=2024&kind=lecture`);
    expect(sections[6]?.rows[1]).toMatchObject({ label: '现代学徒制学徒数', value: 120, source: '教务处统计', link: null });
  });
});

describe('已退出 of a year', () => {
  it('counts the memberships set to withdrawn in that year, by the status field’s stamp, not those that left the year before', () => {
    const allianceId = uuid();
    const stamp = (isoDate: string): string => formatHlc({ wallMs: new Date(`${isoDate}T10:00:00`).getTime(), counter: 0, deviceId: 'desk-lishui-01' });
    const unit = (name: string) => make('units', { name, kind: 'enterprise' });
    const [lastYear, thisYear, stillIn] = [unit('浙江上官精密机械制造股份有限公司丽水分公司'), unit('丽水欧阳智能装备科技有限公司'), unit('㐂悦数控技术（丽水）有限公司')];
    const membership = (of: RecordOf<'units'>, status: 'active' | 'withdrawn', statusSetOn: string) => ({
      ...make('memberships', { allianceId, unitId: of.id, role: 'member-unit', joinedOn: '2022-03-01', status }),
      _clocks: { id: stamp('2022-03-01'), status: stamp(statusSetOn) },
    });
    const input: ReportInput = {
      ...emptyInput(allianceId, 2025),
      units: [lastYear, thisYear, stillIn],
      memberships: [membership(lastYear, 'withdrawn', '2024-11-20'), membership(thisYear, 'withdrawn', '2025-04-02'), membership(stillIn, 'active', '2022-03-01')],
    };
    expect(annualFigures(input).members.withdrawn).toBe(1);
    expect(annualFigures({ ...input, year: 2024 }).members.withdrawn).toBe(1);
    expect(annualFigures({ ...input, year: 2023 }).members.withdrawn).toBe(0);
  });
});

function emptyInput(allianceId: string, year: number): ReportInput {
  return { allianceId, year, today: `${String(year)}-12-31`, units: [], memberships: [], people: [], appointments: [], events: [], participants: [], agreements: [], issuedDocuments: [], actionPlans: [], planTasks: [], allianceFigures: [] };
}
