import { isExpiringSoon } from '../../../shared/domain/agreement-term';
import type { Agreement, Appointment, EventRecord, Membership, Person, Unit } from '../../../shared/domain/records';
import { appointmentBodies, eventKinds, membershipRoles, unitKinds } from '../../../shared/domain/vocabulary';

type UnitKind = Unit['kind'];
type MembershipRole = Membership['role'];
type AppointmentBody = Appointment['body'];
type EventKind = EventRecord['kind'];

export interface Count<K extends string> {
  key: K;
  count: number;
}

export interface EventYear {
  year: string;
  total: number;
  byKind: Count<EventKind>[];
}

/** The figures a secretariat reports every year, for one alliance. */
export interface OverviewFigures {
  memberUnits: number;
  unitsByKind: Count<UnitKind>[];
  unitsByRole: Count<MembershipRole>[];
  appointedPeople: number;
  peopleByBody: Count<AppointmentBody>[];
  /** Newest year first. */
  eventsByYear: EventYear[];
  agreementsActive: number;
  agreementsExpiring: number;
}

export interface OverviewInput {
  allianceId: string;
  units: Unit[];
  memberships: Membership[];
  people: Person[];
  appointments: Appointment[];
  events: EventRecord[];
  agreements: Agreement[];
  /** YYYY-MM-DD on the office's calendar. */
  today: string;
}

/** Distinct members per key, in the order of the vocabulary, leaving out keys nobody has. */
function countDistinct<K extends string>(order: readonly K[], pairs: Iterable<[K, string]>): Count<K>[] {
  const members = new Map<K, Set<string>>();
  for (const [key, id] of pairs) {
    const set = members.get(key) ?? new Set<string>();
    set.add(id);
    members.set(key, set);
  }
  return order.filter((key) => members.has(key)).map((key) => ({ key, count: members.get(key)?.size ?? 0 }));
}

/**
 * Members are units with an active membership in the alliance; people are counted once per body
 * however many roles they hold in it. Deleted records count nowhere.
 */
export function overviewFigures(input: OverviewInput): OverviewFigures {
  const { allianceId, today } = input;
  const units = new Map(input.units.filter((unit) => !unit.deleted).map((unit) => [unit.id, unit]));
  const livePeople = new Set(input.people.filter((person) => !person.deleted).map((person) => person.id));

  const memberships = input.memberships.filter((m) => !m.deleted && m.allianceId === allianceId && m.status === 'active' && units.has(m.unitId));
  const memberIds = new Set(memberships.map((m) => m.unitId));
  const unitsByKind = countDistinct(
    unitKinds.values,
    [...memberIds].flatMap((id): [UnitKind, string][] => {
      const unit = units.get(id);
      return unit ? [[unit.kind, id]] : [];
    }),
  );
  const unitsByRole = countDistinct(
    membershipRoles.values,
    memberships.map((m): [MembershipRole, string] => [m.role, m.unitId]),
  );

  const appointments = input.appointments.filter((a) => !a.deleted && a.allianceId === allianceId && livePeople.has(a.personId));
  const peopleByBody = countDistinct(
    appointmentBodies.values,
    appointments.map((a): [AppointmentBody, string] => [a.body, a.personId]),
  );

  const years = new Map<string, EventRecord[]>();
  for (const event of input.events) {
    if (event.deleted || event.allianceId !== allianceId) continue;
    const year = event.startsOn.slice(0, 4);
    const ofYear = years.get(year);
    if (ofYear) ofYear.push(event);
    else years.set(year, [event]);
  }
  const eventsByYear = [...years.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, events]) => ({ year, total: events.length, byKind: countDistinct(eventKinds.values, events.map((e): [EventKind, string] => [e.kind, e.id])) }));

  const agreements = input.agreements.filter((a) => !a.deleted && a.allianceId === allianceId);
  return {
    memberUnits: memberIds.size,
    unitsByKind,
    unitsByRole,
    appointedPeople: new Set(appointments.map((a) => a.personId)).size,
    peopleByBody,
    eventsByYear,
    agreementsActive: agreements.filter((a) => a.status === 'active').length,
    agreementsExpiring: agreements.filter((a) => isExpiringSoon(a, today)).length,
  };
}
