import type { RecordOf } from '../../../shared/domain/tables';

/**
 * What an import matches its rows against and writes them into: the registry's units and people
 * (matched in memory, never a query per row), the alliance whose members or committee the file
 * lists, and the event of a sign-in list.
 */
export interface ImportContext {
  units: readonly RecordOf<'units'>[];
  people: readonly RecordOf<'people'>[];
  allianceId: string | null;
  event: Pick<RecordOf<'events'>, 'id' | 'allianceId'> | null;
}

export const emptyContext: ImportContext = { units: [], people: [], allianceId: null, event: null };
