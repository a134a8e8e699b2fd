import { useCallback } from 'react';
import type { AgendaItem } from '../../../shared/domain/records';
import { eventKinds } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';

/** The history of an event in words: kinds by their names, ids by the names behind them. */
export function useEventHistoryValues(): (field: string, value: unknown) => string | undefined {
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const units = useNames('units');
  return useCallback(
    (field, value) => {
      if (value === null || value === undefined) return undefined;
      if (field === 'kind' && eventKinds.has(value)) return eventKinds.label(value, locale);
      if (field === 'allianceId' && typeof value === 'string') return alliances?.get(value);
      if (field === 'hostUnitId' && typeof value === 'string') return units?.get(value);
      if (field === 'agenda' && Array.isArray(value)) return (value as AgendaItem[]).map((item) => `${item.time} ${item.title}`).join('；') || undefined;
      if (field === 'photos' && Array.isArray(value)) return locale === 'zh-CN' ? `${value.length} 张照片` : `${value.length} photo${value.length === 1 ? '' : 's'}`;
      return undefined;
    },
    [locale, alliances, units],
  );
}
