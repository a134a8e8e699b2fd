import { useEffect } from 'react';
import type { Locale } from '../../shared/i18n/locale';
import type { RecordTable } from '../../shared/domain/tables';
import { tableCache } from '../db/queries';
import { personRows } from '../features/people/use-person-rows';
import { unitRows } from '../features/units/use-unit-rows';
import { useLocale } from '../i18n/locale-context';

const preparations: { tables: RecordTable[]; prepare: (locale: Locale) => unknown }[] = [
  { tables: ['units', 'memberships', 'alliances'], prepare: unitRows },
  { tables: ['people', 'appointments', 'units', 'alliances'], prepare: personRows },
];

/**
 * Builds the rows of the two largest lists while the app is idle, and again after their tables
 * change, so that opening 成员单位 or 人员与专家 finds its 10,000 or 30,000 rows ready instead of
 * building them while the user waits. Each list gets its own idle slice, to keep input responsive.
 */
export function usePreparedLists(): void {
  const { locale } = useLocale();
  useEffect(() => {
    const cleanups = preparations.map(({ tables, prepare }) => {
      let handle: number | undefined;
      const schedule = (): void => {
        handle ??= requestIdleCallback(() => {
          handle = undefined;
          prepare(locale);
        });
      };
      const unsubscribes = tables.map((table) => tableCache.subscribe(table, schedule));
      schedule();
      return () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
        if (handle !== undefined) cancelIdleCallback(handle);
      };
    });
    return () => {
      for (const cleanup of cleanups) cleanup();
    };
  }, [locale]);
}
