import { useLiveQuery } from 'dexie-react-hooks';
import { compareByOrder } from '../../../shared/documents/plan-order';
import type { StoredRecord } from '../../db/database';
import { db } from '../../db/database';

/** A plan's sections or tasks in their order, deleted ones included (the screen can restore them); undefined while loading. */
export function usePlanParts<T extends 'planSections' | 'planTasks'>(table: T, planId: string): StoredRecord<T>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.recordTable(table).where('planId').equals(planId).toArray();
    return rows.sort(compareByOrder);
  }, [table, planId]);
}
