import type { StoredRecord } from '../../db/database';
import { derive } from '../../db/derive';
import { useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import { useMessages } from '../../i18n/use-messages';
import { unitMessages } from './messages';
import type { UnitRow } from './unit-rows';
import { buildUnitRows } from './unit-rows';

/** Every unit, deleted ones included, with its roles; undefined while loading. */
export function useUnitRows(): { rows: UnitRow[] | undefined; alliances: StoredRecord<'alliances'>[] | undefined } {
  const { locale } = useLocale();
  const { roleWithStatus } = useMessages(unitMessages);
  const units = useRecords('units', { includeDeleted: true });
  const memberships = useRecords('memberships');
  const alliances = useRecords('alliances');
  const rows =
    units && memberships && alliances
      ? derive('unit rows', [units, memberships, alliances, locale, roleWithStatus], () => buildUnitRows(units, memberships, alliances, locale, roleWithStatus))
      : undefined;
  return { rows, alliances };
}
