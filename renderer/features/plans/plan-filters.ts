import type { ActionPlan } from '../../../shared/domain/plans';

type Filterable = Pick<ActionPlan, 'allianceId' | 'status' | 'periodFrom' | 'periodTo'>;

/** The list's URL filters: `alliance`, `status`, and `year` (plans whose period covers that year). */
export function planMatches(row: Filterable, params: URLSearchParams): boolean {
  const alliance = params.get('alliance');
  const status = params.get('status');
  const year = Number(params.get('year') ?? '');
  return (!alliance || row.allianceId === alliance) && (!status || row.status === status) && (!year || (row.periodFrom <= year && year <= row.periodTo));
}

/** 2024—2026, or 2025 for a plan of one year. */
export function periodText(plan: Pick<ActionPlan, 'periodFrom' | 'periodTo'>): string {
  return plan.periodFrom === plan.periodTo ? String(plan.periodFrom) : `${String(plan.periodFrom)}—${String(plan.periodTo)}`;
}
