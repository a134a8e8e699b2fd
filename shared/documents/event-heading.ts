import type { EventRecord } from '../domain/records';
import { arabicDate } from './recipient-values';

/** What heads each of an event's papers: who holds it, what it is, when and where. */
export interface EventHeading {
  allianceName: string;
  eventTitle: string;
  /** As printed: 2026年12月3日, or 2026年12月3日至12月4日. */
  dateText: string;
  venue: string;
}

/** The event's dates as an office writes them on its papers; a second day of the same year drops the year. */
export function eventDateText(event: Pick<EventRecord, 'startsOn' | 'endsOn'>): string {
  const start = arabicDate(event.startsOn) ?? event.startsOn;
  if (!event.endsOn || event.endsOn === event.startsOn) return start;
  const end = arabicDate(event.endsOn) ?? event.endsOn;
  return event.endsOn.slice(0, 4) === event.startsOn.slice(0, 4) ? `${start}至${end.replace(/^\d{4}年/, '')}` : `${start}至${end}`;
}

/** `时间：2026年12月3日` and `地点：丽水市会展中心`, an ideographic space apart, leaving out what the event does not say. */
export function whenAndWhere(heading: Pick<EventHeading, 'dateText' | 'venue'>): string {
  return [heading.dateText ? `时间：${heading.dateText}` : '', heading.venue ? `地点：${heading.venue}` : ''].filter(Boolean).join('　');
}
