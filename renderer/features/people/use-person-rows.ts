import type { StoredRecord } from '../../db/database';
import { derive } from '../../db/derive';
import { useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import type { PersonRow } from './person-rows';
import { buildPersonRows } from './person-rows';

/** Every person, deleted ones included, with employer and appointments; undefined while loading. */
export function usePersonRows(): { rows: PersonRow[] | undefined; alliances: StoredRecord<'alliances'>[] | undefined } {
  const { locale } = useLocale();
  const people = useRecords('people', { includeDeleted: true });
  const appointments = useRecords('appointments');
  const unitNames = useNames('units');
  const alliances = useRecords('alliances');
  const rows =
    people && appointments && unitNames && alliances
      ? derive('person rows', [people, appointments, unitNames, alliances, locale], () => buildPersonRows(people, appointments, unitNames, alliances, locale))
      : undefined;
  return { rows, alliances };
}
