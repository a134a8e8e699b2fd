import { isExpiringSoon } from '../../../shared/domain/agreement-term';
import type { Agreement } from '../../../shared/domain/records';

type Filterable = Pick<Agreement, 'allianceId' | 'kind' | 'status' | 'termEnd'>;

/** The list's URL filters (`alliance`, `kind`, `status`, `expiring=1`), as the alliance overview links to them. */
export function agreementMatches(row: Filterable, params: URLSearchParams, today: string): boolean {
  const alliance = params.get('alliance');
  const kind = params.get('kind');
  const status = params.get('status');
  return (
    (!alliance || row.allianceId === alliance) &&
    (!kind || row.kind === kind) &&
    (!status || row.status === status) &&
    (params.get('expiring') !== '1' || isExpiringSoon(row, today))
  );
}

/** Whole days from today to the end of the term (negative once it has passed). */
export function daysUntil(termEnd: string, today: string): number {
  return Math.round((Date.parse(`${termEnd}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
