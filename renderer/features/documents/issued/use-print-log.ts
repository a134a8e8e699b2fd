import { useRecordsWhere } from '../../../db/queries';
import type { StoredRecord } from '../../../db/database';

/** One document's print log, newest first; undefined while loading. */
export function usePrintLog(documentId: string): StoredRecord<'printLog'>[] | undefined {
  const entries = useRecordsWhere('printLog', 'documentId', documentId);
  return entries && [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
