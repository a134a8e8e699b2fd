import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '../../../shared/domain/records';
import type { StoredRecord } from '../../db/database';
import { db } from '../../db/database';

export interface PersonEvent {
  event: StoredRecord<'events'>;
  roles: Participant['role'][];
}

/** The events a person took part in, newest first; deleted events and participations left out. */
export function usePersonEvents(personId: string): PersonEvent[] | undefined {
  return useLiveQuery(async () => {
    const participations = (await db.participants.where('personId').equals(personId).toArray()).filter((participant) => !participant.deleted);
    const events = await db.events.bulkGet([...new Set(participations.map((participant) => participant.eventId))]);
    const found = new Map<string, PersonEvent>();
    for (const event of events) {
      if (event && !event.deleted) found.set(event.id, { event, roles: [] });
    }
    for (const participant of participations) found.get(participant.eventId)?.roles.push(participant.role);
    return [...found.values()].sort((a, b) => b.event.startsOn.localeCompare(a.event.startsOn));
  }, [personId]);
}
