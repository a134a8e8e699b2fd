import type { Locale } from '../../../shared/i18n/locale';
import type { StoredRecord } from '../../db/database';
import { derive } from '../../db/derive';
import { cachedNames, cachedRecords, useNames, useRecords } from '../../db/queries';
import { useLocale } from '../../i18n/locale-context';
import type { PersonRow } from './person-rows';
import { buildPersonRows } from './person-rows';

/** Every person, deleted ones included, with employer and appointments; undefined while loading. */
export function usePersonRows(): { rows: PersonRow[] | undefined; alliances: StoredRecord<'alliances'>[] | undefined } {
  const { locale } = useLocale();
  // Subscribed here, read in personRows: the hook re-renders when any of these tables changes.
  useRecords('people', { includeDeleted: true });
  useRecords('appointments');
  useNames('units');
  const alliances = useRecords('alliances');
  return { rows: personRows(locale), alliances };
}

/** The list's rows from the cached tables; also called while the app is idle, to have them ready. */
export function personRows(locale: Locale): PersonRow[] | undefined {
  const people = cachedRecords('people', { includeDeleted: true });
  const appointments = cachedRecords('appointments');
  const unitNames = cachedNames('units');
  const alliances = cachedRecords('alliances');
  if (!people || !appointments || !unitNames || !alliances) return undefined;
  return derive('person rows', [people, appointments, unitNames, alliances, locale], () => buildPersonRows(people, appointments, unitNames, alliances, locale));
}
