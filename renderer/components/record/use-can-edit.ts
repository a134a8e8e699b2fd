import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { defaultGrant, deleteRefusal, editRefusal } from '../../../shared/sync/permissions';
import type { RecordTable } from '../../../shared/domain/tables';
import { db } from '../../db/database';
import { readGrant } from '../../db/grant';
import { useMessages } from '../../i18n/use-messages';
import { canEditMessages } from './can-edit-messages';

/**
 * Whether this device's role (as the last pull told it) lets it change and delete a record, and if
 * not, why, in words: the record forms disable their buttons and say so. The one write path
 * (renderer/db/mutate.ts) refuses the same writes whatever a screen shows.
 */
export function useCanEdit(table: RecordTable, record: ({ id: string } & Record<string, unknown>) | null | undefined): { edit: string | null; remove: string | null } {
  const m = useMessages(canEditMessages);
  const grant = useLiveQuery(() => readGrant(db), []) ?? defaultGrant;
  return useMemo(() => {
    if (!record) return { edit: null, remove: null };
    const edit = editRefusal(grant, table, record.id, record);
    const remove = deleteRefusal(grant, table, record.id, record);
    return { edit: edit && m[edit], remove: remove && m[remove] };
  }, [grant, table, record, m]);
}
