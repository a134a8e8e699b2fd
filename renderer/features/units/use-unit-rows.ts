import type { Locale } from '../../../shared/i18n/locale';
import type { StoredRecord } from '../../db/database';
import { derive } from '../../db/derive';
import { cachedRecords, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { unitMessages } from './messages';
import type { UnitRow } from './unit-rows';
import { buildUnitRows } from './unit-rows';

/** Every unit, deleted ones included, with its roles; undefined while loading. */
export function useUnitRows(): { rows: UnitRow[] | undefined; alliances: StoredRecord<'alliances'>[] | undefined } {
  const { locale } = useLocale();
  // Subscribed here, read in unitRows: the hook re-renders when any of the three tables changes.
  useRecords('units', { includeDeleted: true });
  useRecords('memberships');
  const alliances = useRecords('alliances');
  return { rows: unitRows(locale), alliances };
}

/** The list's rows from the cached tables; also called while the app is idle, to have them ready. */
export function unitRows(locale: Locale): UnitRow[] | undefined {
  const units = cachedRecords('units', { includeDeleted: true });
  const memberships = cachedRecords('memberships');
  const alliances = cachedRecords('alliances');
  if (!units || !memberships || !alliances) return undefined;
  const { roleWithStatus } = unitMessages[locale];
  return derive('unit rows', [units, memberships, alliances, locale, roleWithStatus], () => buildUnitRows(units, memberships, alliances, locale, roleWithStatus));
}
