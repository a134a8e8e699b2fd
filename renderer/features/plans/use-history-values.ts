import { useCallback } from 'react';
import { planStatuses, taskStatuses } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';

/** The history of a plan, a section or a task in words: statuses by their names, ids by the names behind them. */
export function usePlanHistoryValues(): (field: string, value: unknown) => string | undefined {
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const units = useNames('units');
  const events = useNames('events');
  return useCallback(
    (field, value) => {
      if (value === null || value === undefined) return undefined;
      if (field === 'status' && planStatuses.has(value)) return planStatuses.label(value, locale);
      if (field === 'status' && taskStatuses.has(value)) return taskStatuses.label(value, locale);
      if (field === 'allianceId' && typeof value === 'string') return alliances?.get(value);
      if (field === 'adoptedEventId' && typeof value === 'string') return events?.get(value);
      if (field === 'leadUnitId' && typeof value === 'string') return units?.get(value);
      if (field === 'partnerUnitIds' && Array.isArray(value) && value.length > 0) return value.map((id) => units?.get(String(id)) ?? String(id)).join('、');
      return undefined;
    },
    [locale, alliances, units, events],
  );
}
