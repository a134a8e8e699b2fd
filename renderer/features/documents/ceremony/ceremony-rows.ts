import type { Participant, Person, Unit } from '../../../../shared/domain/records';
import { participantRoles } from '../../../../shared/domain/vocabulary';
import type { Badge } from '../../../../shared/documents/badge-sheet-html';
import type { SignInRow } from '../../../../shared/documents/sign-in-sheet-html';

/** One participant as the event's papers print them. Documents are in Chinese whatever the interface language. */
export interface CeremonyEntry {
  /** The participant record. */
  id: string;
  /** A unit taking part as itself has no person's name: its representative writes it on the sheet. */
  personId: string | null;
  name: string;
  unit: string;
  position: string;
  role: string;
}

const roleOrder = new Map<string, number>(participantRoles.values.map((role, index) => [role, index]));

/**
 * The event's participants in the order of the event page (guest leaders first, then by name),
 * with their unit and position from the registry. A participant whose person or unit was deleted
 * is left out: nobody is there to sign or to wear the badge.
 */
export function ceremonyEntries(
  participants: readonly Pick<Participant, 'id' | 'personId' | 'unitId' | 'role' | 'deleted'>[],
  people: ReadonlyMap<string, Pick<Person, 'name' | 'unitId' | 'position' | 'title' | 'deleted'>>,
  units: ReadonlyMap<string, Pick<Unit, 'name' | 'deleted'>>,
): CeremonyEntry[] {
  const unitName = (id: string | null): string => {
    const unit = id ? units.get(id) : undefined;
    return unit && !unit.deleted ? unit.name : '';
  };
  const entries: (CeremonyEntry & { rank: number })[] = [];
  for (const participant of participants) {
    if (participant.deleted) continue;
    const rank = roleOrder.get(participant.role) ?? roleOrder.size;
    const role = participantRoles.label(participant.role, 'zh-CN');
    if (participant.personId) {
      const person = people.get(participant.personId);
      if (!person || person.deleted) continue;
      entries.push({ id: participant.id, personId: participant.personId, name: person.name, unit: unitName(person.unitId), position: person.position || person.title, role, rank });
    } else if (participant.unitId) {
      const unit = unitName(participant.unitId);
      if (unit) entries.push({ id: participant.id, personId: null, name: '', unit, position: '', role, rank });
    }
  }
  return entries
    .sort((a, b) => a.rank - b.rank || (a.name || a.unit).localeCompare(b.name || b.unit, 'zh-CN'))
    .map(({ id, personId, name, unit, position, role }) => ({ id, personId, name, unit, position, role }));
}

export function signInRows(entries: readonly CeremonyEntry[]): SignInRow[] {
  return entries.map(({ name, unit, position }) => ({ name, unit, position }));
}

/** Badges and table cards are for people: a unit's unnamed representative gets theirs by hand. */
export function namedEntries(entries: readonly CeremonyEntry[]): CeremonyEntry[] {
  return entries.filter((entry) => entry.personId !== null);
}

export function badges(entries: readonly CeremonyEntry[]): Badge[] {
  return namedEntries(entries).map(({ name, unit, role }) => ({ name, unit, role }));
}
