import type { Agreement, Alliance, Appointment, EventRecord, Membership, Participant, Person, Unit } from '../domain/records';
import { allianceSelfNames, appointmentBodies, appointmentRoles, membershipRoles } from '../domain/vocabulary';
import { chineseDate } from './chinese-date';
import type { PlaceholderKey, PlaceholderValues } from './placeholders';
import { placeholderKeys } from './placeholders';

/**
 * What a document says about its recipient, from the records (DESIGN.md §2). Documents are in
 * Chinese whatever the interface language, so roles and bodies take their zh-CN names. A value
 * the records do not have is left out, so the template check can name it ("no term end for 王刚").
 */

/** The same for every document of one issue: the alliance, the date, the event. */
export interface IssueContext {
  /** Its kind names it in its own documents ({allianceSelf}); without one (a sample), it says 本联盟, as an alliance of another kind. */
  alliance: Pick<Alliance, 'name' | 'shortName'> & Partial<Pick<Alliance, 'kind' | 'issuerName'>>;
  /** YYYY-MM-DD. */
  issuedOn: string;
  event?: Pick<EventRecord, 'title'> | null;
}

/** Who a document goes to, and the record it attests. */
export interface Recipient {
  recipientType: 'unit' | 'person';
  recipientId: string;
  recipientName: string;
  /** The membership, appointment or agreement. */
  sourceId: string;
  values: PlaceholderValues;
}

const present = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value.trim());

/** 2026年11月22日: the plain form of a date, as an office writes it in running text. */
export function arabicDate(iso: string | null | undefined): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return undefined;
  return `${match[1] ?? ''}年${Number(match[2])}月${Number(match[3])}日`;
}

function contextValues(context: IssueContext): { [K in PlaceholderKey]?: string | undefined } {
  return {
    allianceName: present(context.alliance.name),
    allianceShortName: present(context.alliance.shortName) ?? present(context.alliance.name),
    allianceSelf: allianceSelfNames[context.alliance.kind ?? 'other']['zh-CN'],
    issuerName: present(context.alliance.issuerName) ?? present(context.alliance.name),
    issuedOn: arabicDate(context.issuedOn),
    issuedOnChinese: chineseDate(context.issuedOn, { day: false }),
    eventTitle: present(context.event?.title),
  };
}

function withoutEmpty(values: { [K in PlaceholderKey]?: string | undefined }): PlaceholderValues {
  const result: PlaceholderValues = {};
  for (const key of placeholderKeys) {
    const value = values[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** A member-unit licence: the unit and its role in the alliance (成员单位, 牵头单位 …). */
export function membershipRecipient(context: IssueContext, membership: Pick<Membership, 'id' | 'role'>, unit: Pick<Unit, 'id' | 'name'>): Recipient {
  return {
    recipientType: 'unit',
    recipientId: unit.id,
    recipientName: unit.name,
    sourceId: membership.id,
    values: withoutEmpty({
      ...contextValues(context),
      recipientName: present(unit.name),
      unitName: present(unit.name),
      role: membershipRoles.label(membership.role, 'zh-CN'),
    }),
  };
}

/** 二〇二四年六月至二〇二七年六月, when both ends are known. */
function termText(start: string | null, end: string | null): string | undefined {
  const from = start ? chineseDate(start, { day: false }) : undefined;
  const to = end ? chineseDate(end, { day: false }) : undefined;
  return from && to ? `${from}至${to}` : undefined;
}

/** A letter of appointment: the person, the body (专家指导委员会) and the position in it (委员). */
export function appointmentRecipient(
  context: IssueContext,
  appointment: Pick<Appointment, 'id' | 'body' | 'role' | 'termStart' | 'termEnd'>,
  person: Pick<Person, 'id' | 'name' | 'title' | 'position'>,
  employer: Pick<Unit, 'name'> | null,
): Recipient {
  return {
    recipientType: 'person',
    recipientId: person.id,
    recipientName: person.name,
    sourceId: appointment.id,
    values: withoutEmpty({
      ...contextValues(context),
      recipientName: present(person.name),
      unitName: present(employer?.name),
      body: appointmentBodies.label(appointment.body, 'zh-CN'),
      position: appointmentRoles.label(appointment.role, 'zh-CN'),
      title: present(person.title) ?? present(person.position),
      term: termText(appointment.termStart, appointment.termEnd),
      termStart: appointment.termStart ? chineseDate(appointment.termStart) : undefined,
      termEnd: appointment.termEnd ? chineseDate(appointment.termEnd) : undefined,
    }),
  };
}

/** A certificate of a signed agreement, one for each party: the party, the title, all the parties. */
export function agreementRecipient(context: IssueContext, agreement: Pick<Agreement, 'id' | 'title' | 'signedOn' | 'termStart' | 'termEnd'>, party: Pick<Unit, 'id' | 'name'>, parties: Pick<Unit, 'name'>[]): Recipient {
  return {
    recipientType: 'unit',
    recipientId: party.id,
    recipientName: party.name,
    sourceId: agreement.id,
    values: withoutEmpty({
      ...contextValues(context),
      recipientName: present(party.name),
      unitName: present(party.name),
      agreementTitle: present(agreement.title),
      parties: parties.length > 0 ? parties.map((unit) => unit.name).join('、') : undefined,
      signedOn: arabicDate(agreement.signedOn),
      signedOnChinese: agreement.signedOn ? chineseDate(agreement.signedOn) : undefined,
      term: termText(agreement.termStart, agreement.termEnd),
      termStart: agreement.termStart ? chineseDate(agreement.termStart) : undefined,
      termEnd: agreement.termEnd ? chineseDate(agreement.termEnd) : undefined,
    }),
  };
}

/** A certificate of participation: a person (with employer) or a unit that took part in the event. */
export function participantRecipient(
  context: IssueContext,
  participant: Pick<Participant, 'id'>,
  who: { type: 'person'; person: Pick<Person, 'id' | 'name' | 'title' | 'position'>; employer: Pick<Unit, 'name'> | null } | { type: 'unit'; unit: Pick<Unit, 'id' | 'name'> },
): Recipient {
  const name = who.type === 'person' ? who.person.name : who.unit.name;
  return {
    recipientType: who.type,
    recipientId: who.type === 'person' ? who.person.id : who.unit.id,
    recipientName: name,
    sourceId: participant.id,
    values: withoutEmpty({
      ...contextValues(context),
      recipientName: present(name),
      unitName: who.type === 'person' ? present(who.employer?.name) : present(who.unit.name),
      title: who.type === 'person' ? (present(who.person.title) ?? present(who.person.position)) : undefined,
    }),
  };
}

/** The recipient's values with the number the document gets. */
export function valuesWithNumber(recipient: Recipient, number: string): PlaceholderValues {
  return { ...recipient.values, number };
}
