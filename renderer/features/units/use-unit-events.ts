import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '../../../shared/domain/records';
import type { StoredRecord } from '../../db/database';
import { db } from '../../db/database';

export interface UnitEvent {
  event: StoredRecord<'events'>;
  /** 'host' when the unit hosted it, and each role it took part in. */
  parts: ('host' | Participant['role'])[];
}

/** The events a unit hosted or took part in, newest first; deleted events and participations left out. */
export function useUnitEvents(unitId: string): UnitEvent[] | undefined {
  return useLiveQuery(async () => {
    const found = new Map<string, UnitEvent>();
    const hosted = await db.events.where('hostUnitId').equals(unitId).toArray();
    for (const event of hosted) found.set(event.id, { event, parts: ['host'] });
    const participations = (await db.participants.where('unitId').equals(unitId).toArray()).filter((participant) => !participant.deleted);
    const attended = await db.events.bulkGet([...new Set(participations.map((participant) => participant.eventId))]);
    for (const event of attended) {
      if (event && !found.has(event.id)) found.set(event.id, { event, parts: [] });
    }
    for (const participant of participations) found.get(participant.eventId)?.parts.push(participant.role);
    return [...found.values()].filter(({ event }) => !event.deleted).sort((a, b) => b.event.startsOn.localeCompare(a.event.startsOn));
  }, [unitId]);
}
