import type { ColumnMapping, ImportKind } from './import-fields';
import { linkFields } from './import-fields';

/** Where an import writes its links: the alliance of a member list or a committee, the event of a sign-in list. */
export interface ImportTarget {
  allianceId: string | null;
  eventId: string | null;
}

/** What keeps the mapping step from going on: the name column, and a target the mapped columns need. */
export type TargetProblem = 'alliance-missing' | 'event-missing' | null;

export function targetProblem(kind: ImportKind, mapping: ColumnMapping, target: ImportTarget): TargetProblem {
  if (kind === 'participants') return target.eventId ? null : 'event-missing';
  const needsAlliance = mapping.some((field) => field !== null && linkFields[kind].includes(field));
  return needsAlliance && !target.allianceId ? 'alliance-missing' : null;
}

/** The target a link from another screen names (?alliance=…, ?event=…). */
export function targetFromSearch(search: URLSearchParams): ImportTarget {
  return { allianceId: search.get('alliance') || null, eventId: search.get('event') || null };
}
