import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Grant } from '../../../shared/sync/permissions';
import { bulkRefusal, createRefusal, defaultGrant, deleteRefusal, editRefusal } from '../../../shared/sync/permissions';
import type { RecordTable } from '../../../shared/domain/tables';
import { db } from '../../db/database';
import { readGrant } from '../../db/grant';
import { useMessages } from '../../i18n/use-messages';
import { canEditMessages } from './can-edit-messages';

/** This device's role as the last pull told it; live, so an admin's change shows with the next sync. */
function useGrant(): Grant {
  return useLiveQuery(() => readGrant(db), []) ?? defaultGrant;
}

/**
 * Whether this device's role (as the last pull told it) lets it change and delete a record, and if
 * not, why, in words: the record forms disable their buttons and say so. The one write path
 * (renderer/db/mutate.ts) refuses the same writes whatever a screen shows.
 */
export function useCanEdit(table: RecordTable, record: ({ id: string } & Record<string, unknown>) | null | undefined): { edit: string | null; remove: string | null } {
  const m = useMessages(canEditMessages);
  const grant = useGrant();
  return useMemo(() => {
    if (!record) return { edit: null, remove: null };
    const edit = editRefusal(grant, table, record.id, record);
    const remove = deleteRefusal(grant, table, record.id, record);
    return { edit: edit && m[edit], remove: remove && m[remove] };
  }, [grant, table, record, m]);
}

/** Why this device may not create a record in the table (new buttons, import), in words, or null. */
export function useCanCreate(table: RecordTable): string | null {
  const m = useMessages(canEditMessages);
  const grant = useGrant();
  const refusal = createRefusal(grant, table);
  return refusal && m[refusal];
}

/** Why a form may not save: its record's edit refusal, or for a new record (none given) the table's create refusal. */
export function useCanSave(table: RecordTable, record: ({ id: string } & Record<string, unknown>) | null | undefined): string | null {
  const edit = useCanEdit(table, record).edit;
  const create = useCanCreate(table);
  return record ? edit : create;
}

/** Why this device may not start a list's bulk actions, in words, or null. */
export function useCanBulk(): string | null {
  const m = useMessages(canEditMessages);
  const refusal = bulkRefusal(useGrant());
  return refusal && m[refusal];
}
