import { useMemo } from 'react';
import type { DocumentTemplate } from '../../../../shared/domain/documents';
import type { Alliance, EventRecord } from '../../../../shared/domain/records';
import { ceremonyTemplateIds } from '../../../../shared/documents/ceremony-templates';
import type { EventHeading } from '../../../../shared/documents/event-heading';
import { eventDateText } from '../../../../shared/documents/event-heading';
import type { DocumentAssets } from '../../../../shared/documents/render-html';
import { useRecord, useRecords, useRecordsWhere } from '../../../db/queries';
import { useDocumentAssets } from '../preview/use-document-assets';
import { useTemplates } from '../use-templates';
import type { CeremonyEntry } from './ceremony-rows';
import { ceremonyEntries } from './ceremony-rows';

export interface CeremonyView {
  event: EventRecord;
  alliance: Alliance | null;
  heading: EventHeading;
  entries: CeremonyEntry[];
  /** The table-card templates on offer to the event's alliance, built-in first. */
  tableCards: DocumentTemplate[];
  tableCard: DocumentTemplate;
  assets: DocumentAssets;
}

/**
 * What an event's papers are made of, live: the event, its alliance, its participants with
 * their units, and the table-card template chosen. undefined while loading, null when there is
 * no such event.
 */
export function useCeremony(eventId: string | undefined, tableCardId: string | null): CeremonyView | null | undefined {
  const event = useRecord('events', eventId);
  const alliance = useRecord('alliances', event?.allianceId);
  const participants = useRecordsWhere('participants', 'eventId', eventId);
  const people = useRecords('people', { includeDeleted: true });
  const units = useRecords('units', { includeDeleted: true });
  const templates = useTemplates();
  const tableCards = useMemo(
    () => (templates ?? []).filter((entry) => entry.template.kind === 'table-card' && (entry.template.allianceId === null || entry.template.allianceId === event?.allianceId)).map((entry) => entry.template),
    [templates, event?.allianceId],
  );
  const tableCard = tableCards.find((template) => template.id === tableCardId) ?? tableCards.find((template) => template.id === ceremonyTemplateIds.tableCard) ?? tableCards[0];
  const assets = useDocumentAssets(tableCard, alliance);
  const entries = useMemo(
    () => (participants && people && units ? ceremonyEntries(participants, new Map(people.map((person) => [person.id, person])), new Map(units.map((unit) => [unit.id, unit]))) : undefined),
    [participants, people, units],
  );
  // One object while nothing changed, so the papers made from it are not made again on every render.
  return useMemo(() => {
    if (event === null) return null;
    if (event === undefined || alliance === undefined || !entries || !tableCard || !assets) return undefined;
    const heading = { allianceName: alliance?.name ?? '', eventTitle: event.title, dateText: eventDateText(event), venue: event.venue };
    return { event, alliance, heading, entries, tableCards, tableCard, assets };
  }, [event, alliance, entries, tableCards, tableCard, assets]);
}
