import type { EventRecord } from '../../../shared/domain/records';
import type { RecordInput } from '../../../shared/domain/tables';
import type { DeskDatabase } from '../../db/database';
import { mutate, RecordValidationError } from '../../db/mutate';

export type EventInput = RecordInput<'events'>;

/**
 * Creates or updates an event. Participants carry the alliance of their event, so when an
 * event moves to another alliance its participants move with it, in the same transaction.
 */
export async function saveEvent(input: EventInput, existing?: { event: EventRecord; participantIds: readonly string[] }, db?: DeskDatabase): Promise<EventRecord> {
  // Caught here rather than by the schema so that an empty field reads "required", not "invalid".
  const missing = (['allianceId', 'startsOn'] as const).filter((field) => !input[field]);
  if (missing.length > 0) throw new RecordValidationError('events', missing.map((path) => ({ path, problem: 'required' })));
  return mutate(async (m) => {
    if (!existing) return m.create('events', input);
    const saved = await m.update('events', existing.event.id, input);
    if (saved.allianceId !== existing.event.allianceId) {
      for (const id of existing.participantIds) await m.update('participants', id, { allianceId: saved.allianceId });
    }
    return saved;
  }, db);
}
