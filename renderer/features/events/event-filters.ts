import type { EventRecord } from '../../../shared/domain/records';

type Filterable = Pick<EventRecord, 'allianceId' | 'kind' | 'startsOn'>;

/** The list's URL filters (`alliance`, `kind`, `year`), as the alliance overview links to them. */
export function eventMatches(row: Filterable, params: URLSearchParams): boolean {
  const alliance = params.get('alliance');
  const kind = params.get('kind');
  const year = params.get('year');
  return (!alliance || row.allianceId === alliance) && (!kind || row.kind === kind) && (!year || row.startsOn.startsWith(`${year}-`));
}

/** The years that have events, newest first, plus a year asked for in the URL that has none. */
export function eventYears(rows: readonly Filterable[], asked: string): string[] {
  const years = new Set(rows.map((row) => row.startsOn.slice(0, 4)));
  if (/^\d{4}$/.test(asked)) years.add(asked);
  return [...years].sort((a, b) => b.localeCompare(a));
}
