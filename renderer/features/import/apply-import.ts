import type { DeskDatabase } from '../../db/database';
import type { Mutator } from '../../db/mutate';
import { mutate } from '../../db/mutate';
import type { ImportKind } from './import-fields';
import type { ImportPlan, PlannedLink } from './plan-import';

export interface ImportOutcome {
  created: number;
  updated: number;
  /** Memberships or appointments made or changed in the target alliance. */
  linked: number;
}

/** A new link's record: its owner (the unit or the person) and the target alliance added to the row's fields. */
function writeLink(m: Mutator, link: PlannedLink, ownerId: string, allianceId: string): Promise<unknown> {
  if (link.existingId) return m.update(link.table, link.existingId, link.values);
  if (link.table === 'memberships') return m.create('memberships', { ...link.values, allianceId, unitId: ownerId } as Parameters<typeof m.create<'memberships'>>[1]);
  return m.create('appointments', { ...link.values, allianceId, personId: ownerId } as Parameters<typeof m.create<'appointments'>>[1]);
}

/**
 * Writes a plan in one mutation, so one transaction: the records and their memberships or
 * appointments commit together, and a failure anywhere (a refused record, a full disk) leaves the
 * registry exactly as it was, never half a list or units without the roles the file gave them.
 */
export async function applyImport<T extends ImportKind>(plan: ImportPlan<T>, db?: DeskDatabase): Promise<ImportOutcome> {
  return mutate(async (m) => {
    // One await for all creates: awaiting each inside Dexie's transaction zone costs more than the writes.
    const created = await Promise.all(plan.creates.map((create) => m.create(plan.table, create.input)));
    // The updates read their records inside the transaction; issued together, not one by one.
    await Promise.all(plan.updates.map((update) => m.update(plan.table, update.id, update.patch)));
    const allianceId = plan.allianceId;
    if (allianceId) {
      await Promise.all(
        plan.links.map((link) => {
          const ownerId = 'id' in link.owner ? link.owner.id : created[link.owner.create]?.id;
          if (!ownerId) throw new Error(`The import planned a link for row ${link.row} without its record`);
          return writeLink(m, link, ownerId, allianceId);
        }),
      );
    }
    return { created: plan.creates.length, updated: plan.updates.length, linked: allianceId ? plan.links.length : 0 };
  }, db);
}
