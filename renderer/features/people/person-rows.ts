import type { Alliance, Appointment, Person } from '../../../shared/domain/records';
import { appointmentBodies, appointmentRoles } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';

type AppointmentLink = Pick<Appointment, 'allianceId' | 'body' | 'role' | 'termStart' | 'termEnd'>;

/**
 * A person as the list shows them: the employer's name and the appointments already worded. The
 * row refers to the record rather than copying it: copying 30,000 records would be the costliest step.
 */
export interface PersonRow {
  id: string;
  deleted: boolean;
  _search: string;
  person: Person;
  unitName: string;
  appointmentsText: string;
  appointments: readonly AppointmentLink[];
}

const none: readonly Appointment[] = [];

/**
 * Builds every row at once from lookup maps, so a list of 30,000 people costs one pass over the
 * people and one over the appointments, never a query per row.
 */
export function buildPersonRows(
  people: (Person & { _search: string })[],
  appointments: Appointment[],
  unitNames: ReadonlyMap<string, string>,
  alliances: Pick<Alliance, 'id' | 'name' | 'shortName'>[],
  locale: Locale,
): PersonRow[] {
  const allianceNames = new Map(alliances.map((alliance) => [alliance.id, alliance.shortName || alliance.name]));
  // With one alliance, its name before every appointment says nothing.
  const nameAlliances = allianceNames.size > 1;
  const byPerson = new Map<string, Appointment[]>();
  for (const appointment of appointments) {
    if (appointment.deleted) continue;
    const list = byPerson.get(appointment.personId);
    if (list) list.push(appointment);
    else byPerson.set(appointment.personId, [appointment]);
  }
  return people.map((person) => {
    const own = byPerson.get(person.id) ?? none;
    const worded = own.map((appointment) => {
      const text = `${appointmentBodies.label(appointment.body, locale)} ${appointmentRoles.label(appointment.role, locale)}`;
      const alliance = nameAlliances ? allianceNames.get(appointment.allianceId) : undefined;
      return alliance ? `${alliance} ${text}` : text;
    });
    return {
      id: person.id,
      deleted: person.deleted,
      _search: person._search,
      person,
      unitName: person.unitId ? (unitNames.get(person.unitId) ?? '') : '',
      appointmentsText: worded.join(locale === 'zh-CN' ? '；' : '; '),
      appointments: own,
    };
  });
}

/** The list's filters: `alliance`, `body` and `role` must all hold for one and the same appointment. */
export function personMatches(row: PersonRow, params: URLSearchParams): boolean {
  const alliance = params.get('alliance');
  const body = params.get('body');
  const role = params.get('role');
  if (!alliance && !body && !role) return true;
  return row.appointments.some(
    (appointment) => (!alliance || appointment.allianceId === alliance) && (!body || appointment.body === body) && (!role || appointment.role === role),
  );
}
