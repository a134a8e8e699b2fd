import { localIsoDate } from '../domain/agreement-term';
import type { AllianceFigure } from '../domain/alliance-figures';
import type { IssuedDocument } from '../domain/documents';
import type { ActionPlan, PlanTask } from '../domain/plans';
import type { Agreement, Appointment, EventRecord, Membership, Participant, Person, Unit } from '../domain/records';
import { parseHlc } from '../sync/hlc';
import { agreementKinds, appointmentRoles, eventKinds, membershipRoles, ownFigureKinds, taskStatuses, templateKinds, unitKinds } from '../domain/vocabulary';

/**
 * The figures of an alliance's annual report (issue 17.1), counted from plain record arrays so the
 * same function serves the screen, the PDF, the .docx and the benchmark. Deleted records count
 * nowhere; a figure is a count and the list route that shows the records behind it.
 */

export interface ReportInput {
  allianceId: string;
  year: number;
  /** YYYY-MM-DD on the office's calendar: tasks due before it and not done are late. */
  today: string;
  units: readonly Unit[];
  /** As stored: `_clocks.status`, the stamp of the status's last change, says when a membership was withdrawn. */
  memberships: readonly (Membership & { _clocks?: Readonly<Record<string, string>> })[];
  people: readonly Person[];
  appointments: readonly Appointment[];
  events: readonly EventRecord[];
  participants: readonly Participant[];
  agreements: readonly Agreement[];
  issuedDocuments: readonly IssuedDocument[];
  actionPlans: readonly ActionPlan[];
  planTasks: readonly PlanTask[];
  allianceFigures: readonly AllianceFigure[];
}

export interface Tally<K extends string> {
  key: K;
  count: number;
}

export interface EventTally extends Tally<EventRecord['kind']> {
  participants: number;
}

export interface OwnFigure {
  id: string;
  kind: AllianceFigure['kind'];
  value: number;
  source: string;
}

export interface AnnualFigures {
  allianceId: string;
  year: number;
  members: { total: number; byKind: Tally<Unit['kind']>[]; byRole: Tally<Membership['role']>[]; joined: number; withdrawn: number };
  /** Active members at the end of each year, from the first year anyone joined to the report's year. */
  membershipByYear: { year: number; count: number }[];
  committee: { total: number; byPost: Tally<Appointment['role']>[] };
  events: { total: number; participants: number; byKind: EventTally[]; byMonth: number[] };
  agreements: { signed: number; signedByKind: Tally<Agreement['kind']>[]; inForce: number };
  documents: { issued: number; issuedByKind: Tally<IssuedDocument['kind']>[]; revoked: number };
  tasks: { due: number; done: number; late: number; byStatus: Tally<PlanTask['status']>[] };
  own: OwnFigure[];
}

function tally<K extends string>(order: readonly K[], keys: Iterable<K>): Tally<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return order.filter((key) => counts.has(key)).map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

const inYear = (date: string | null, year: string): boolean => date !== null && date.startsWith(year);

export function annualFigures(input: ReportInput): AnnualFigures {
  const { allianceId, year, today } = input;
  const y = String(year);
  const yearStart = `${y}-01-01`;
  const yearEnd = `${y}-12-31`;
  const ofAlliance = <T extends { deleted: boolean; allianceId: string | null }>(rows: readonly T[]): T[] => rows.filter((row) => !row.deleted && row.allianceId === allianceId);

  const units = new Map(input.units.filter((unit) => !unit.deleted).map((unit) => [unit.id, unit]));
  const memberships = ofAlliance(input.memberships).filter((m) => units.has(m.unitId));
  const joinedBy = (end: string) => (m: Membership) => m.joinedOn === null || m.joinedOn <= end;
  // One unit, one member, however many roles it holds: the kinds count units, the roles count memberships.
  const active = memberships.filter((m) => m.status === 'active' && joinedBy(yearEnd)(m));
  const memberIds = [...new Set(active.map((m) => m.unitId))];
  // Each active member from the year it first joined (a membership without a date: from the start), in one pass.
  const firstJoined = new Map<string, number>();
  let firstYear = year;
  for (const m of memberships) {
    if (m.status !== 'active') continue;
    const joined = m.joinedOn ? Number(m.joinedOn.slice(0, 4)) : -Infinity;
    if (joined < firstYear && joined !== -Infinity) firstYear = joined;
    const known = firstJoined.get(m.unitId);
    if (known === undefined || joined < known) firstJoined.set(m.unitId, joined);
  }
  const joinersByYear = new Map<number, number>();
  for (const joined of firstJoined.values()) {
    const from = Math.max(joined, firstYear);
    joinersByYear.set(from, (joinersByYear.get(from) ?? 0) + 1);
  }
  const membershipByYear: { year: number; count: number }[] = [];
  let running = 0;
  for (let each = firstYear; each <= year; each += 1) {
    running += joinersByYear.get(each) ?? 0;
    membershipByYear.push({ year: each, count: running });
  }

  const livePeople = new Set(input.people.filter((person) => !person.deleted).map((person) => person.id));
  const committee = ofAlliance(input.appointments).filter(
    (a) => a.body === 'expert-steering-committee' && livePeople.has(a.personId) && (a.termStart === null || a.termStart <= yearEnd) && (a.termEnd === null || a.termEnd >= yearStart),
  );

  const events = ofAlliance(input.events).filter((event) => inYear(event.startsOn, y));
  const eventIds = new Set(events.map((event) => event.id));
  const participantsByEvent = new Map<string, number>();
  for (const participant of input.participants) {
    if (participant.deleted || !eventIds.has(participant.eventId)) continue;
    participantsByEvent.set(participant.eventId, (participantsByEvent.get(participant.eventId) ?? 0) + 1);
  }
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const event of events) {
    const month = Number(event.startsOn.slice(5, 7)) - 1;
    byMonth[month] = (byMonth[month] ?? 0) + 1;
  }
  const eventsByKind = tally(eventKinds.values, events.map((event) => event.kind)).map((row) => ({
    ...row,
    participants: events.filter((event) => event.kind === row.key).reduce((sum, event) => sum + (participantsByEvent.get(event.id) ?? 0), 0),
  }));

  const agreements = ofAlliance(input.agreements);
  const signed = agreements.filter((a) => inYear(a.signedOn, y));
  const inForce = agreements.filter(
    (a) => a.status === 'active' && (a.signedOn === null || a.signedOn <= yearEnd) && (a.termStart === null || a.termStart <= yearEnd) && (a.termEnd === null || a.termEnd >= yearEnd),
  );

  const documents = ofAlliance(input.issuedDocuments);
  const issued = documents.filter((d) => inYear(d.issuedOn, y));
  // A revocation without its date is counted in the year the document was issued.
  const revoked = documents.filter((d) => d.revoked && (d.revokedOn === null ? inYear(d.issuedOn, y) : inYear(d.revokedOn, y)));

  const plans = new Set(ofAlliance(input.actionPlans).map((plan) => plan.id));
  const due = ofAlliance(input.planTasks).filter((task) => plans.has(task.planId) && inYear(task.dueOn, y));
  const isLate = (task: PlanTask): boolean => task.status !== 'done' && (task.status === 'delayed' || (task.dueOn !== null && task.dueOn < today));

  return {
    allianceId,
    year,
    members: {
      total: memberIds.length,
      byKind: tally(unitKinds.values, memberIds.flatMap((id) => { const unit = units.get(id); return unit ? [unit.kind] : []; })),
      byRole: tally(membershipRoles.values, active.map((m) => m.role)),
      joined: memberships.filter((m) => inYear(m.joinedOn, y)).length,
      withdrawn: memberships.filter((m) => m.status === 'withdrawn' && withdrawnInYear(m, y, joinedBy(yearEnd))).length,
    },
    membershipByYear,
    committee: { total: new Set(committee.map((a) => a.personId)).size, byPost: tally(appointmentRoles.values, committee.map((a) => a.role)) },
    events: { total: events.length, participants: [...participantsByEvent.values()].reduce((sum, n) => sum + n, 0), byKind: eventsByKind, byMonth },
    agreements: { signed: signed.length, signedByKind: tally(agreementKinds.values, signed.map((a) => a.kind)), inForce: inForce.length },
    documents: { issued: issued.length, issuedByKind: tally(templateKinds.values, issued.map((d) => d.kind)), revoked: revoked.length },
    tasks: { due: due.length, done: due.filter((task) => task.status === 'done').length, late: due.filter(isLate).length, byStatus: tally(taskStatuses.values, due.map((task) => task.status)) },
    own: ofAlliance(input.allianceFigures)
      .filter((figure) => figure.year === year)
      .sort((a, b) => ownFigureKinds.values.indexOf(a.kind) - ownFigureKinds.values.indexOf(b.kind))
      .map((figure) => ({ id: figure.id, kind: figure.kind, value: figure.value, source: figure.source })),
  };
}

/**
 * Whether a withdrawn membership left in year `y`: a membership has no withdrawal date, but its
 * status field's clock stamp holds the wall time (of the device that made the change) it was last
 * set, on this desk's calendar. One without a stamp (not from the registry's tables) counts, as
 * before, in each year it had joined by.
 */
function withdrawnInYear(m: ReportInput['memberships'][number], y: string, joinedByYearEnd: (m: Membership) => boolean): boolean {
  const stamp = m._clocks?.status;
  if (stamp === undefined) return joinedByYearEnd(m);
  return localIsoDate(new Date(parseHlc(stamp).wallMs)).startsWith(`${y}-`);
}
