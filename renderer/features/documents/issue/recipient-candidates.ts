import type { TemplateKind } from '../template-kinds';
import type { Agreement, Alliance, Appointment, EventRecord, Membership, Participant, Person, Unit } from '../../../../shared/domain/records';
import { appointmentRoles, membershipRoles } from '../../../../shared/domain/vocabulary';
import type { IssueContext, Recipient } from '../../../../shared/documents/recipient-values';
import { agreementRecipient, appointmentRecipient, membershipRecipient, participantRecipient } from '../../../../shared/documents/recipient-values';
import { recipientSourceOf } from '../template-kinds';

/** The registry as the issuing screen reads it: live records only. `_search` starts with the name's pinyin, for ordering. */
export interface RegistryView {
  units: ReadonlyMap<string, Unit & { _search: string }>;
  people: ReadonlyMap<string, Person & { _search: string }>;
  memberships: readonly Membership[];
  appointments: readonly Appointment[];
  agreements: readonly Agreement[];
  participants: readonly Participant[];
}

type Live<T> = T & { deleted: boolean; _search: string };

/** The view from the tables' rows, tombstones left out. */
export function registryViewOf(rows: {
  units: readonly Live<Unit>[];
  people: readonly Live<Person>[];
  memberships: readonly Live<Membership>[];
  appointments: readonly Live<Appointment>[];
  agreements: readonly Live<Agreement>[];
  participants: readonly Live<Participant>[];
}): RegistryView {
  const live = <T extends { deleted: boolean }>(list: readonly T[]): T[] => list.filter((row) => !row.deleted);
  return {
    units: new Map(live(rows.units).map((unit) => [unit.id, unit])),
    people: new Map(live(rows.people).map((person) => [person.id, person])),
    memberships: live(rows.memberships),
    appointments: live(rows.appointments),
    agreements: live(rows.agreements),
    participants: live(rows.participants),
  };
}

/** How the recipients are chosen: the issue screen's first step. */
export interface RecipientCriteria {
  kind: TemplateKind;
  alliance: Pick<Alliance, 'id' | 'name' | 'shortName'>;
  issuedOn: string;
  by: 'event' | 'alliance' | 'hand';
  event: Pick<EventRecord, 'id' | 'title'> | null;
  /** Empty: every role / kind / body. */
  roles: readonly string[];
  unitKinds: readonly string[];
  bodies: readonly string[];
  /** Chosen by hand: units (licences, agreements) or people (letters, participation). */
  unitIds: readonly string[];
  personIds: readonly string[];
}

/** Someone chosen who cannot get this document (a unit that is not a member of the alliance). */
export interface Skipped {
  name: string;
  reason: 'not-member' | 'no-appointment' | 'no-agreement' | 'not-participant';
}

export interface Candidates {
  recipients: Recipient[];
  skipped: Skipped[];
}

const rank = <K extends string>(values: readonly K[], value: K): number => values.indexOf(value);
const byPinyin = (a: { _search: string } | undefined, b: { _search: string } | undefined): number => (a?._search ?? '').localeCompare(b?._search ?? '');

function eventUnitIds(view: RegistryView, eventId: string): Set<string> {
  // A unit takes part itself, or through the people it sends (the representative who receives its licence on stage).
  const ids = new Set<string>();
  for (const participant of view.participants) {
    if (participant.eventId !== eventId) continue;
    if (participant.unitId) ids.add(participant.unitId);
    const employer = participant.personId ? view.people.get(participant.personId)?.unitId : null;
    if (employer) ids.add(employer);
  }
  return ids;
}

function eventPersonIds(view: RegistryView, eventId: string): Set<string> {
  return new Set(view.participants.filter((participant) => participant.eventId === eventId && participant.personId).map((participant) => participant.personId ?? ''));
}

function licenceCandidates(criteria: RecipientCriteria, view: RegistryView, context: IssueContext): Candidates {
  const members = view.memberships.filter((membership) => membership.allianceId === criteria.alliance.id && membership.status !== 'withdrawn');
  let unitIds: Set<string> | undefined;
  if (criteria.by === 'event' && criteria.event) unitIds = eventUnitIds(view, criteria.event.id);
  if (criteria.by === 'hand') unitIds = new Set(criteria.unitIds);
  const skipped: Skipped[] =
    criteria.by === 'hand'
      ? criteria.unitIds.filter((id) => !members.some((membership) => membership.unitId === id)).map((id) => ({ name: view.units.get(id)?.name ?? id, reason: 'not-member' as const }))
      : [];
  const chosen = members
    .filter((membership) => (!unitIds || unitIds.has(membership.unitId)) && (criteria.roles.length === 0 || criteria.roles.includes(membership.role)))
    .map((membership) => ({ membership, unit: view.units.get(membership.unitId) }))
    .filter((entry): entry is { membership: Membership; unit: Unit & { _search: string } } => entry.unit !== undefined)
    .filter((entry) => criteria.unitKinds.length === 0 || criteria.unitKinds.includes(entry.unit.kind))
    // Programme order: consultant units first, then the lead unit, … member units.
    .sort((a, b) => rank(membershipRoles.values, a.membership.role) - rank(membershipRoles.values, b.membership.role) || byPinyin(a.unit, b.unit));
  return { recipients: chosen.map(({ membership, unit }) => membershipRecipient(context, membership, unit)), skipped };
}

function letterCandidates(criteria: RecipientCriteria, view: RegistryView, context: IssueContext): Candidates {
  const appointments = view.appointments.filter((appointment) => appointment.allianceId === criteria.alliance.id);
  let personIds: Set<string> | undefined;
  if (criteria.by === 'event' && criteria.event) personIds = eventPersonIds(view, criteria.event.id);
  if (criteria.by === 'hand') personIds = new Set(criteria.personIds);
  const skipped: Skipped[] =
    criteria.by === 'hand'
      ? criteria.personIds.filter((id) => !appointments.some((appointment) => appointment.personId === id)).map((id) => ({ name: view.people.get(id)?.name ?? id, reason: 'no-appointment' as const }))
      : [];
  const chosen = appointments
    .filter((appointment) => (!personIds || personIds.has(appointment.personId)) && (criteria.bodies.length === 0 || criteria.bodies.includes(appointment.body)))
    .map((appointment) => ({ appointment, person: view.people.get(appointment.personId) }))
    .filter((entry): entry is { appointment: Appointment; person: Person & { _search: string } } => entry.person !== undefined)
    .sort((a, b) => a.appointment.body.localeCompare(b.appointment.body) || rank(appointmentRoles.values, a.appointment.role) - rank(appointmentRoles.values, b.appointment.role) || byPinyin(a.person, b.person));
  return {
    recipients: chosen.map(({ appointment, person }) => appointmentRecipient(context, appointment, person, person.unitId ? (view.units.get(person.unitId) ?? null) : null)),
    skipped,
  };
}

function certificateCandidates(criteria: RecipientCriteria, view: RegistryView, context: IssueContext): Candidates {
  const agreements = view.agreements
    .filter((agreement) => agreement.allianceId === criteria.alliance.id && agreement.status !== 'draft')
    .filter((agreement) => criteria.by !== 'event' || !criteria.event || agreement.eventId === criteria.event.id)
    .sort((a, b) => (a.signedOn ?? '').localeCompare(b.signedOn ?? '') || a.title.localeCompare(b.title, 'zh-CN'));
  const handPicked = criteria.by === 'hand' ? new Set(criteria.unitIds) : undefined;
  const skipped: Skipped[] = handPicked
    ? [...handPicked].filter((id) => !agreements.some((agreement) => agreement.partyUnitIds.includes(id))).map((id) => ({ name: view.units.get(id)?.name ?? id, reason: 'no-agreement' as const }))
    : [];
  const recipients: Recipient[] = [];
  for (const agreement of agreements) {
    const parties = agreement.partyUnitIds.map((id) => view.units.get(id)).filter((unit): unit is Unit & { _search: string } => unit !== undefined);
    // One certificate per party: each keeps its own copy.
    for (const party of parties) {
      if (handPicked && !handPicked.has(party.id)) continue;
      if (criteria.unitKinds.length > 0 && !criteria.unitKinds.includes(party.kind)) continue;
      recipients.push(agreementRecipient(context, agreement, party, parties));
    }
  }
  return { recipients, skipped };
}

function participationCandidates(criteria: RecipientCriteria, view: RegistryView, context: IssueContext): Candidates {
  if (!criteria.event) return { recipients: [], skipped: [] };
  const eventId = criteria.event.id;
  const participants = view.participants.filter((participant) => participant.eventId === eventId);
  const handPicked = criteria.by === 'hand' ? new Set([...criteria.personIds, ...criteria.unitIds]) : undefined;
  const skipped: Skipped[] = handPicked
    ? [...handPicked]
        .filter((id) => !participants.some((participant) => participant.personId === id || participant.unitId === id))
        .map((id) => ({ name: view.people.get(id)?.name ?? view.units.get(id)?.name ?? id, reason: 'not-participant' as const }))
    : [];
  const recipients: Recipient[] = [];
  for (const participant of participants) {
    const person = participant.personId ? view.people.get(participant.personId) : undefined;
    const unit = participant.unitId ? view.units.get(participant.unitId) : undefined;
    if (handPicked && !handPicked.has(participant.personId ?? participant.unitId ?? '')) continue;
    if (person) recipients.push(participantRecipient(context, participant, { type: 'person', person, employer: person.unitId ? (view.units.get(person.unitId) ?? null) : null }));
    else if (unit && (criteria.unitKinds.length === 0 || criteria.unitKinds.includes(unit.kind))) recipients.push(participantRecipient(context, participant, { type: 'unit', unit }));
  }
  return { recipients, skipped };
}

/**
 * Who gets a document of this kind: members for licences, appointees for letters, each party of
 * each agreement for certificates, participants for certificates of participation. By event,
 * the ones present at it; by alliance, all; by hand, the ones picked (those who cannot get the
 * document are listed as skipped, with why).
 */
export function findRecipients(criteria: RecipientCriteria, view: RegistryView): Candidates {
  const context: IssueContext = { alliance: criteria.alliance, issuedOn: criteria.issuedOn, event: criteria.event };
  switch (recipientSourceOf(criteria.kind)) {
    case 'membership':
      return licenceCandidates(criteria, view, context);
    case 'appointment':
      return letterCandidates(criteria, view, context);
    case 'agreement':
      return certificateCandidates(criteria, view, context);
    case 'participant':
      return participationCandidates(criteria, view, context);
  }
}
