import type { Agreement, EventRecord } from '../../../shared/domain/records';
import { agreementKinds, agreementStatuses, eventKinds } from '../../../shared/domain/vocabulary';
import type { Locale } from '../../../shared/i18n/locale';
import { eventExportMessages } from './event-messages';
import type { SheetData } from './record-sheets';

/** The names the records refer to by id: alliances, units, people and events. */
export interface SheetNames {
  alliances: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, string>;
  events: ReadonlyMap<string, string>;
}

const nameOf = (names: ReadonlyMap<string, string>, id: string | null): string => (id ? (names.get(id) ?? '') : '');

/** One line a programme item: 09:00 开幕致辞（楼海斌）. */
function agendaText(agenda: EventRecord['agenda'], locale: Locale): string {
  const [open, close] = locale === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  return agenda.map((item) => `${item.time} ${item.title}${item.speaker ? `${open}${item.speaker}${close}` : ''}`).join('\n');
}

/**
 * Every field of each event, references by name and the programme one item a line. There is no
 * import of events: the sheet is for reading and keeping, and says how many photos each has
 * (the photos themselves are in a full backup).
 */
export function eventSheet(events: readonly EventRecord[], names: Pick<SheetNames, 'alliances' | 'units'>, locale: Locale): SheetData {
  const h = eventExportMessages[locale].events;
  const headers = [h.alliance, h.kind, h.title, h.startsOn, h.endsOn, h.venue, h.host, h.agenda, h.minutes, h.photos];
  return {
    columns: headers.map((header) => ({ header })),
    rows: events.map((event) => [
      nameOf(names.alliances, event.allianceId),
      eventKinds.label(event.kind, locale),
      event.title,
      event.startsOn,
      event.endsOn ?? '',
      event.venue,
      nameOf(names.units, event.hostUnitId),
      agendaText(event.agenda, locale),
      event.minutes,
      event.photos.length,
    ]),
  };
}

/** Every field of each agreement, the parties and signatories by name; the scans are counted (they are in a full backup). */
export function agreementSheet(agreements: readonly Agreement[], names: SheetNames, locale: Locale): SheetData {
  const h = eventExportMessages[locale].agreements;
  const join = locale === 'zh-CN' ? '、' : ', ';
  const headers = [h.alliance, h.kind, h.title, h.parties, h.signatories, h.signedOn, h.event, h.termStart, h.termEnd, h.status, h.scans];
  return {
    columns: headers.map((header) => ({ header })),
    rows: agreements.map((agreement) => [
      nameOf(names.alliances, agreement.allianceId),
      agreementKinds.label(agreement.kind, locale),
      agreement.title,
      agreement.partyUnitIds.map((id) => nameOf(names.units, id)).join(join),
      agreement.signatoryIds.map((id) => nameOf(names.people, id)).join(join),
      agreement.signedOn ?? '',
      nameOf(names.events, agreement.eventId),
      agreement.termStart ?? '',
      agreement.termEnd ?? '',
      agreementStatuses.label(agreement.status, locale),
      agreement.scans.length,
    ]),
  };
}
