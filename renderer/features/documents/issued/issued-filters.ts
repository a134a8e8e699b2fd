import type { IssuedDocument } from '../../../../shared/domain/documents';

type Filterable = Pick<IssuedDocument, 'allianceId' | 'kind' | 'eventId' | 'revoked'>;

/** The registry's URL filters: `alliance`, `kind`, `event`, `status` (valid / revoked). */
export function issuedMatches(row: Filterable, params: URLSearchParams): boolean {
  const alliance = params.get('alliance');
  const kind = params.get('kind');
  const event = params.get('event');
  const status = params.get('status');
  return (
    (!alliance || row.allianceId === alliance) &&
    (!kind || row.kind === kind) &&
    (!event || row.eventId === event) &&
    (!status || (status === 'revoked') === row.revoked)
  );
}

/** Numbers held by more than one live document: only possible if two offices share a code, and then shown, never merged away. */
export function duplicateNumbers(rows: readonly Pick<IssuedDocument, 'number' | 'deleted'>[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    if (row.deleted) continue;
    if (seen.has(row.number)) duplicates.add(row.number);
    seen.add(row.number);
  }
  return duplicates;
}
