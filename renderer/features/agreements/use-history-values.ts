import { useCallback } from 'react';
import { agreementKinds, agreementStatuses } from '../../../shared/domain/vocabulary';
import { useNames } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';

/** The history of an agreement in words: kinds and statuses by their names, ids by the names behind them. */
export function useAgreementHistoryValues(): (field: string, value: unknown) => string | undefined {
  const { locale } = useLocale();
  const alliances = useNames('alliances');
  const units = useNames('units');
  const people = useNames('people');
  const events = useNames('events');
  return useCallback(
    (field, value) => {
      if (value === null || value === undefined) return undefined;
      const names = (lookup: Map<string, string> | undefined): string | undefined =>
        Array.isArray(value) && value.length > 0 ? value.map((id) => lookup?.get(String(id)) ?? String(id)).join('、') : undefined;
      if (field === 'kind' && agreementKinds.has(value)) return agreementKinds.label(value, locale);
      if (field === 'status' && agreementStatuses.has(value)) return agreementStatuses.label(value, locale);
      if (field === 'allianceId' && typeof value === 'string') return alliances?.get(value);
      if (field === 'eventId' && typeof value === 'string') return events?.get(value);
      if (field === 'partyUnitIds') return names(units);
      if (field === 'signatoryIds') return names(people);
      if (field === 'scans' && Array.isArray(value)) return locale === 'zh-CN' ? `${value.length} 份扫描件` : `${value.length} scan${value.length === 1 ? '' : 's'}`;
      return undefined;
    },
    [locale, alliances, units, people, events],
  );
}
