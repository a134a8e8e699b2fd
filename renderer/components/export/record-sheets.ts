import type { Appointment, Membership, Person, Unit } from '../../../shared/domain/records';
import { appointmentRoles, membershipRoles, membershipStatuses, unitKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';
import type { Cell, SheetColumn } from './export-xlsx';
import { exportMessages } from './messages';

export interface SheetData {
  columns: SheetColumn[];
  rows: Cell[][];
}

/** A unit with its membership of the alliance exported (its representative by name), or the roles of all its alliances already worded. */
export interface UnitSheetRow {
  unit: Unit;
  membership: Pick<Membership, 'role' | 'joinedOn' | 'status'> | null;
  representative: string;
  roles: string;
}

/**
 * Every field of each unit, in the columns the import reads. With one alliance (the list's
 * filter, or the only one there is) the membership's role, join date, status and representative
 * (by name; the import finds the person at the unit) have columns of their own, so the file
 * imports back into that alliance; otherwise the roles in every alliance are one column of
 * text, as the list shows them.
 */
export function unitSheet(rows: readonly UnitSheetRow[], locale: Locale, oneAlliance: boolean): SheetData {
  const h = exportMessages[locale].units;
  const base = [h.name, h.shortName, h.kind, h.creditCode, h.region, h.address, h.contactName, h.contactPhone, h.contactEmail, h.website];
  const headers = oneAlliance ? [...base, h.role, h.joinedOn, h.status, h.representative] : [...base, h.roles];
  return {
    columns: headers.map((header) => ({ header })),
    rows: rows.map(({ unit, membership, representative, roles }) => {
      const cells: Cell[] = [unit.name, unit.shortName, unitKinds.label(unit.kind, locale), unit.creditCode, unit.region, unit.address, unit.contactName, unit.contactPhone, unit.contactEmail, unit.website];
      if (!oneAlliance) return [...cells, roles];
      return [...cells, membership ? membershipRoles.label(membership.role, locale) : '', membership?.joinedOn ?? '', membership ? membershipStatuses.label(membership.status, locale) : '', representative];
    }),
  };
}

/** A person with their employer's name and their post on the alliance's expert steering committee. */
export interface PersonSheetRow {
  person: Person;
  employer: string;
  appointment: Pick<Appointment, 'role' | 'termStart' | 'termEnd'> | null;
  appointments: string;
}

function termText(appointment: PersonSheetRow['appointment'], locale: Locale): string {
  if (!appointment?.termStart || !appointment.termEnd) return '';
  return `${appointment.termStart}${exportMessages[locale].termJoin}${appointment.termEnd}`;
}

/** Every field of each person, in the columns the import reads; the committee post as `unitSheet` treats roles. */
export function personSheet(rows: readonly PersonSheetRow[], locale: Locale, oneAlliance: boolean): SheetData {
  const h = exportMessages[locale].people;
  const base = [h.name, h.employer, h.position, h.title, h.phone, h.email, h.expertise];
  const headers = oneAlliance ? [...base, h.committeeRole, h.term] : [...base, h.appointments];
  return {
    columns: headers.map((header) => ({ header })),
    rows: rows.map(({ person, employer, appointment, appointments }) => {
      const cells: Cell[] = [person.name, employer, person.position, person.title, person.phone, person.email, person.expertise];
      if (!oneAlliance) return [...cells, appointments];
      return [...cells, appointment ? appointmentRoles.label(appointment.role, locale) : '', termText(appointment, locale)];
    }),
  };
}

/** The alliance a list's export is about: the one its filter names, or the only one there is. */
function exportedAlliance(params: URLSearchParams, alliances: readonly { id: string; deleted: boolean }[]): string | null {
  const live = alliances.filter((alliance) => !alliance.deleted);
  return params.get('alliance') || (live.length === 1 ? (live[0]?.id ?? null) : null);
}

export function peopleById(people: readonly Pick<Person, 'id' | 'name' | 'unitId'>[]): Map<string, Pick<Person, 'name' | 'unitId'>> {
  return new Map(people.map((person) => [person.id, person]));
}

/** Who a representative can be: the registry's people, and the names of their employers. */
export interface Representatives {
  people: ReadonlyMap<string, Pick<Person, 'name' | 'unitId'>>;
  unitNames: ReadonlyMap<string, string>;
}

/**
 * A representative as the import finds them again: by name when they work at the unit (or
 * nowhere), and as 姓名（单位） when they work at another unit, as the membership form allows.
 */
export function representativeText(personId: string, unitId: string, { people, unitNames }: Representatives): string {
  const person = people.get(personId);
  if (!person) return '';
  if (!person.unitId || person.unitId === unitId) return person.name;
  return `${person.name}（${unitNames.get(person.unitId) ?? ''}）`;
}

/** The units list's rows as `unitSheet` exports them, each membership's representative by name. */
export function unitListSheet(
  rows: readonly { unit: Unit; roles: string; memberships: readonly Pick<Membership, 'allianceId' | 'role' | 'joinedOn' | 'status' | 'representativeId'>[] }[],
  params: URLSearchParams,
  alliances: readonly { id: string; deleted: boolean }[],
  locale: Locale,
  representatives: Representatives,
): SheetData {
  const allianceId = exportedAlliance(params, alliances);
  const sheetRows = rows.map((row) => {
    const membership = (allianceId && row.memberships.find((each) => each.allianceId === allianceId)) || null;
    const representative = membership?.representativeId ? representativeText(membership.representativeId, row.unit.id, representatives) : '';
    return { unit: row.unit, roles: row.roles, membership, representative };
  });
  return unitSheet(sheetRows, locale, allianceId !== null);
}

/** The people list's rows as `personSheet` exports them: the post on the alliance's expert steering committee. */
export function personListSheet(
  rows: readonly { person: Person; unitName: string; appointmentsText: string; appointments: readonly Pick<Appointment, 'allianceId' | 'body' | 'role' | 'termStart' | 'termEnd'>[] }[],
  params: URLSearchParams,
  alliances: readonly { id: string; deleted: boolean }[],
  locale: Locale,
): SheetData {
  const allianceId = exportedAlliance(params, alliances);
  const sheetRows = rows.map((row) => ({
    person: row.person,
    employer: row.unitName,
    appointments: row.appointmentsText,
    appointment: (allianceId && row.appointments.find((appointment) => appointment.allianceId === allianceId && appointment.body === 'expert-steering-committee')) || null,
  }));
  return personSheet(sheetRows, locale, allianceId !== null);
}
