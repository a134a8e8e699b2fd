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

/** How far an import has written: rows of the file, of all it writes. */
export interface ImportProgress {
  done: number;
  total: number;
}

/**
 * Rows written between two reports of progress: each batch is written to IndexedDB before the
 * next is prepared, so the screen draws the progress while the database works.
 */
export const importBatch = 2_500;

/**
 * Writes a plan in one mutation, so one transaction: the records and their memberships or
 * appointments commit together, and a failure anywhere (a refused record, a full disk) leaves the
 * registry exactly as it was, never half a list or units without the roles the file gave them.
 * Within the transaction the rows are written in batches, with progress after each.
 */
export async function applyImport<T extends ImportKind>(plan: ImportPlan<T>, db?: DeskDatabase, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  const allianceId = plan.allianceId;
  const links = allianceId ? plan.links : [];
  const total = plan.creates.length + plan.updates.length + links.length;
  return mutate(async (m) => {
    let done = 0;
    const batches = async <E>(entries: readonly E[], write: (entry: E, index: number) => Promise<unknown>): Promise<void> => {
      for (let start = 0; start < entries.length; start += importBatch) {
        // One await per batch: awaiting each write inside Dexie's transaction zone costs more than the writes.
        await Promise.all(entries.slice(start, start + importBatch).map((entry, offset) => write(entry, start + offset)));
        await m.flush();
        done += Math.min(importBatch, entries.length - start);
        onProgress?.({ done, total });
      }
    };
    const created: string[] = [];
    await batches(plan.creates, async (create, index) => {
      created[index] = (await m.create(plan.table, create.input)).id;
    });
    await batches(plan.updates, (update) => m.update(plan.table, update.id, update.patch));
    if (allianceId) {
      await batches(links, (link) => {
        const ownerId = 'id' in link.owner ? link.owner.id : created[link.owner.create];
        if (!ownerId) throw new Error(`The import planned a link for row ${link.row} without its record`);
        return writeLink(m, link, ownerId, allianceId);
      });
    }
    return { created: plan.creates.length, updated: plan.updates.length, linked: links.length };
  }, db);
}
