import { useState } from 'react';
import { deleteRecord, restoreRecord } from '../../db/mutate';
import type { StoredRecord } from '../../db/database';
import { applyOrder } from './save-plan';
import { keyAfterLast, moveRow } from './reorder';
import { usePlanParts } from './use-plan-parts';

type PartTable = 'planSections' | 'planTasks';

/**
 * What the sections and the tasks cards share: the rows in order (live ones, and the deleted ones
 * when asked), moving a live row among the live ones, deleting with an undo, restoring.
 */
export function useOrderedParts<T extends PartTable>(table: T, planId: string, onError: (error: unknown) => void) {
  const rows = usePlanParts(table, planId);
  const [showDeleted, setShowDeleted] = useState(false);
  const [removed, setRemoved] = useState<string>();
  const live = rows?.filter((row) => !row.deleted) ?? [];
  const shown: StoredRecord<T>[] = showDeleted ? (rows ?? []) : live;
  return {
    loading: rows === undefined,
    live,
    shown,
    deletedCount: (rows?.length ?? 0) - live.length,
    showDeleted,
    setShowDeleted,
    removed,
    nextOrder: () => keyAfterLast(rows ?? []),
    move: (row: StoredRecord<T>, direction: -1 | 1): void => {
      applyOrder(table, moveRow(live, live.indexOf(row), direction)).catch(onError);
    },
    remove: (row: StoredRecord<T>): void => {
      deleteRecord(table, row.id).then(() => setRemoved(row.id), onError);
    },
    restore: (id: string): void => {
      restoreRecord(table, id).catch(onError);
    },
    undo: (): void => {
      if (removed) restoreRecord(table, removed).catch(onError);
      setRemoved(undefined);
    },
    closeUndo: (): void => setRemoved(undefined),
  };
}
