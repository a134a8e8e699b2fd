import type { EventRecord } from '../../../../shared/domain/records';
import type { Locale } from '../../../../shared/i18n/locale';
import type { NewsInput } from '../../../../shared/reports/news-draft';
import type { DeskDatabase } from '../../../db/database';
import { db as defaultDb } from '../../../db/database';

/** What an event's news draft tells, read at the moment it is drafted: the event's alliance and its records. */
export async function readNewsInput(event: EventRecord, locale: Locale, db: DeskDatabase = defaultDb): Promise<NewsInput> {
  const allianceId = event.allianceId;
  const of = <T extends 'events' | 'participants' | 'memberships' | 'appointments' | 'agreements' | 'issuedDocuments'>(table: T) => db.recordTable(table).where('allianceId').equals(allianceId).toArray();
  const [alliance, events, memberships, appointments, agreements, issuedDocuments, participants] = await Promise.all([
    db.recordTable('alliances').get(allianceId),
    of('events'),
    of('memberships'),
    of('appointments'),
    of('agreements'),
    of('issuedDocuments'),
    // Participants are indexed by event: the event's and those of the same day's other events.
    db.recordTable('participants').toCollection().filter((p) => p.allianceId === allianceId).toArray(),
  ]);
  const [people, units] = await Promise.all([db.recordTable('people').toArray(), db.recordTable('units').toArray()]);
  return { event, alliance, events, participants, people, units, memberships, appointments, agreements, issuedDocuments, locale };
}
