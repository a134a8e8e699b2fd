import { describe, expect, it } from 'vitest';
import { agreementSchema, appointmentSchema, eventSchema, membershipSchema, personSchema, unitSchema } from '../../../shared/domain/records';
import type { Agreement, Appointment, EventRecord, Membership, Person, Unit } from '../../../shared/domain/records';
import type { OverviewInput } from './overview-figures';
import { overviewFigures } from './overview-figures';
import { overviewLinks } from './overview-links';

const lishui = crypto.randomUUID();
const tianjin = crypto.randomUUID();
const id = (): string => crypto.randomUUID();

const unit = (name: string, kind: Unit['kind'], deleted = false): Unit => unitSchema.parse({ id: id(), name, kind, deleted });
const member = (unitId: string, role: Membership['role'], status: Membership['status'] = 'active', allianceId = lishui, deleted = false): Membership =>
  membershipSchema.parse({ id: id(), allianceId, unitId, role, status, deleted });
const person = (name: string, deleted = false): Person => personSchema.parse({ id: id(), name, deleted });
const appoint = (personId: string, body: Appointment['body'], role: Appointment['role'] = 'member', allianceId = lishui): Appointment =>
  appointmentSchema.parse({ id: id(), allianceId, personId, body, role });
const event = (startsOn: string, kind: EventRecord['kind'], allianceId = lishui, deleted = false): EventRecord =>
  eventSchema.parse({ id: id(), allianceId, kind, title: kind, startsOn, deleted });
const agreement = (status: Agreement['status'], termEnd: string | null, allianceId = lishui, deleted = false): Agreement =>
  agreementSchema.parse({ id: id(), allianceId, kind: 'enterprise-into-school', title: '引企入校合作协议', partyUnitIds: [id(), id()], status, termEnd, deleted });

function input(partial: Partial<OverviewInput>): OverviewInput {
  return { allianceId: lishui, units: [], memberships: [], people: [], appointments: [], events: [], agreements: [], today: '2026-06-13', ...partial };
}

describe('the alliance overview figures', () => {
  it('counts member units by kind and by role from active memberships only, each unit once', () => {
    const school = unit('丽水市职业高级中学', 'secondary-vocational-school');
    const sibot = unit('丽水市思博特精密制造有限公司', 'enterprise');
    const bureau = unit('丽水市教育局', 'government-department');
    const pending = unit('待批准企业', 'enterprise');
    const withdrawn = unit('已退出企业', 'enterprise');
    const gone = unit('已删除企业', 'enterprise', true);
    const elsewhere = unit('天津某企业', 'enterprise');
    const figures = overviewFigures(
      input({
        units: [school, sibot, bureau, pending, withdrawn, gone, elsewhere],
        memberships: [
          member(school.id, 'lead-unit'),
          member(school.id, 'council-unit'),
          member(school.id, 'secretariat'),
          member(sibot.id, 'member-unit'),
          member(bureau.id, 'consultant-unit'),
          member(pending.id, 'member-unit', 'pending'),
          member(withdrawn.id, 'member-unit', 'withdrawn'),
          member(gone.id, 'member-unit'),
          member(elsewhere.id, 'member-unit', 'active', tianjin),
          member(sibot.id, 'council-unit', 'active', lishui, true),
        ],
      }),
    );
    expect(figures.memberUnits).toBe(3);
    expect(figures.unitsByKind).toEqual([
      { key: 'secondary-vocational-school', count: 1 },
      { key: 'enterprise', count: 1 },
      { key: 'government-department', count: 1 },
    ]);
    expect(figures.unitsByRole).toEqual([
      { key: 'consultant-unit', count: 1 },
      { key: 'lead-unit', count: 1 },
      { key: 'council-unit', count: 1 },
      { key: 'member-unit', count: 1 },
      { key: 'secretariat', count: 1 },
    ]);
  });

  it('counts people once per body, leaving out deleted people and other alliances', () => {
    const lou = person('娄海滨');
    const wang = person('王刚');
    const ye = person('叶军');
    const gone = person('已删除', true);
    const figures = overviewFigures(
      input({
        people: [lou, wang, ye, gone],
        appointments: [
          appoint(lou.id, 'expert-steering-committee', 'chair'),
          appoint(lou.id, 'expert-steering-committee', 'member'),
          appoint(wang.id, 'expert-steering-committee'),
          appoint(ye.id, 'expert-steering-committee'),
          appoint(lou.id, 'council'),
          appoint(gone.id, 'expert-steering-committee'),
          appoint(wang.id, 'secretariat', 'secretary-general', tianjin),
        ],
      }),
    );
    expect(figures.peopleByBody).toEqual([
      { key: 'expert-steering-committee', count: 3 },
      { key: 'council', count: 1 },
    ]);
    expect(figures.appointedPeople).toBe(3);
  });

  it('counts events per year, newest year first, and by kind within the year', () => {
    const figures = overviewFigures(
      input({
        events: [
          event('2026-06-13', 'launch-ceremony'),
          event('2026-06-13', 'seminar'),
          event('2026-06-13', 'demonstration-class'),
          event('2026-06-13', 'demonstration-class'),
          event('2025-11-02', 'seminar'),
          event('2024-05-09', 'founding-meeting'),
          event('2026-01-01', 'seminar', tianjin),
          event('2026-03-01', 'lecture', lishui, true),
        ],
      }),
    );
    expect(figures.eventsByYear).toEqual([
      {
        year: '2026',
        total: 4,
        byKind: [
          { key: 'launch-ceremony', count: 1 },
          { key: 'seminar', count: 1 },
          { key: 'demonstration-class', count: 2 },
        ],
      },
      { year: '2025', total: 1, byKind: [{ key: 'seminar', count: 1 }] },
      { year: '2024', total: 1, byKind: [{ key: 'founding-meeting', count: 1 }] },
    ]);
  });

  it('counts agreements in force and those whose term ends within 90 days', () => {
    const figures = overviewFigures(
      input({
        agreements: [
          agreement('active', '2029-06-12'),
          agreement('active', '2026-06-13'),
          agreement('active', '2026-09-11'),
          agreement('active', '2026-09-12'),
          agreement('active', '2026-06-12'),
          agreement('active', null),
          agreement('draft', '2026-07-01'),
          agreement('terminated', '2026-07-01'),
          agreement('active', '2026-07-01', tianjin),
          agreement('active', '2026-07-01', lishui, true),
        ],
      }),
    );
    expect(figures.agreementsActive).toBe(6);
    expect(figures.agreementsExpiring).toBe(2);
  });

  it('gives zeros and empty lists for a new alliance', () => {
    expect(overviewFigures(input({}))).toEqual({
      memberUnits: 0,
      unitsByKind: [],
      unitsByRole: [],
      appointedPeople: 0,
      peopleByBody: [],
      eventsByYear: [],
      agreementsActive: 0,
      agreementsExpiring: 0,
    });
  });

  it('links each figure to the list filtered to what it counts', () => {
    expect(overviewLinks.unitsInRole(lishui, 'member-unit')).toBe(`/units?alliance=${lishui}&role=member-unit&status=active`);
    expect(overviewLinks.unitsOfKind(lishui, 'enterprise')).toBe(`/units?alliance=${lishui}&kind=enterprise&status=active`);
    expect(overviewLinks.peopleInBody(lishui, 'expert-steering-committee')).toBe(`/people?alliance=${lishui}&body=expert-steering-committee`);
    expect(overviewLinks.eventsOfYearAndKind(lishui, '2026', 'seminar')).toBe(`/events?alliance=${lishui}&year=2026&kind=seminar`);
    expect(overviewLinks.agreementsActive(lishui)).toBe(`/agreements?alliance=${lishui}&status=active`);
    expect(overviewLinks.agreementsExpiring(lishui)).toBe(`/agreements?alliance=${lishui}&expiring=1`);
  });
});
