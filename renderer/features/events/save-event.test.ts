import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../db/test-databases';
import { createRecord, RecordValidationError } from '../../db/mutate';
import { saveEvent } from './save-event';

const freshDb = freshDatabases('desk-save-event-');

describe('saving an event', () => {
  it('moves the participants with the event when it moves to another alliance', async () => {
    const db = freshDb();
    const lishui = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' }, db);
    const tianjin = await createRecord('alliances', { name: '先进制造职业教育集团', kind: 'vocational-education-group' }, db);
    const unit = await createRecord('units', { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' }, db);
    const event = await saveEvent({ allianceId: lishui.id, kind: 'seminar', title: '研讨会', startsOn: '2026-06-13' }, undefined, db);
    const participant = await createRecord('participants', { allianceId: lishui.id, eventId: event.id, unitId: unit.id, role: 'representative' }, db);

    const moved = await saveEvent({ ...event, allianceId: tianjin.id }, { event, participantIds: [participant.id] }, db);
    expect(moved.allianceId).toBe(tianjin.id);
    expect((await db.participants.get(participant.id))?.allianceId).toBe(tianjin.id);
    // Written as a change of the participant, so the move syncs and shows in its history.
    const history = await db.history.where({ table: 'participants', rowId: participant.id }).toArray();
    expect(history.map(({ field, oldValue, newValue }) => ({ field, oldValue, newValue }))).toEqual([{ field: 'allianceId', oldValue: lishui.id, newValue: tianjin.id }]);
  });

  it('leaves the participants alone when the alliance stays', async () => {
    const db = freshDb();
    const lishui = await createRecord('alliances', { name: '丽水智能制造产教融合共同体', kind: 'industry-education-community' }, db);
    const event = await saveEvent({ allianceId: lishui.id, kind: 'seminar', title: '研讨会', startsOn: '2026-06-13' }, undefined, db);
    const unit = await createRecord('units', { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' }, db);
    const participant = await createRecord('participants', { allianceId: lishui.id, eventId: event.id, unitId: unit.id, role: 'representative' }, db);
    await saveEvent({ ...event, title: '共同体发展研讨会' }, { event, participantIds: [participant.id] }, db);
    expect((await db.events.get(event.id))?.title).toBe('共同体发展研讨会');
    expect(await db.history.where({ table: 'participants', rowId: participant.id }).count()).toBe(0);
  });

  it('calls a missing alliance or start date required, and writes nothing', async () => {
    const db = freshDb();
    const refused = saveEvent({ allianceId: '', kind: 'seminar', title: '研讨会', startsOn: '' }, undefined, db);
    await expect(refused).rejects.toBeInstanceOf(RecordValidationError);
    await expect(refused).rejects.toMatchObject({
      issues: [
        { path: 'allianceId', problem: 'required' },
        { path: 'startsOn', problem: 'required' },
      ],
    });
    expect(await db.events.count()).toBe(0);
  });
});
