import type { DeskDatabase } from '../../db/database';
import { mutate } from '../../db/mutate';
import type { ImportKind } from './import-fields';
import type { ImportPlan } from './plan-import';

export interface ImportOutcome {
  created: number;
  updated: number;
}

/**
 * Writes a plan in one mutation, so one transaction: a failure anywhere (a refused record, a
 * full disk) leaves the registry exactly as it was, never half a list.
 */
export async function applyImport<T extends ImportKind>(plan: ImportPlan<T>, db?: DeskDatabase): Promise<ImportOutcome> {
  return mutate(async (m) => {
    // One await for all creates: awaiting each inside Dexie's transaction zone costs more than the writes.
    await Promise.all(plan.creates.map((create) => m.create(plan.table, create.input)));
    // The updates read their records inside the transaction; issued together, not one by one.
    await Promise.all(plan.updates.map((update) => m.update(plan.table, update.id, update.patch)));
    return { created: plan.creates.length, updated: plan.updates.length };
  }, db);
}
