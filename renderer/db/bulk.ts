import { Dexie } from 'dexie';
import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import type { DeskDatabase } from './database';
import { db as defaultDb } from './database';
import type { Mutator } from './mutate';
import { mutate } from './mutate';

/** One record a bulk action touched, and what it was before: enough to put it back. */
export interface BulkChange {
  table: RecordTable;
  id: string;
  /** The values the action changed, as they were before it; null for a record the action created. */
  before: Record<string, unknown> | null;
}

/** A bulk action's own result, with what it changed, for the one-step undo. */
export interface BulkOutcome<R> {
  result: R;
  changes: BulkChange[];
}

/** Told as a long action goes on (every `rowsPerFrame` rows, and once at the end): the progress bar of the list. */
export type BulkProgress = (done: number, total: number) => void;

/** The step a bulk action calls after each of its rows. */
export type BulkStep = (done: number) => Promise<void>;

/** Rows between two moments the screen may draw the progress bar; see `bulkMutate`. */
const rowsPerFrame = 200;

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The mutator, wrapped so that it notes what each record was before its first change in the
 * action: the undo is added around the write path, never written into each action.
 */
function recording(m: Mutator, changes: Map<string, BulkChange>): Mutator {
  const note = (table: RecordTable, id: string, before: Record<string, unknown> | null): void => {
    const key = `${table}/${id}`;
    const known = changes.get(key);
    if (!known) changes.set(key, { table, id, before });
    // A field changed a second time keeps the value it had before the first change.
    else if (known.before && before) changes.set(key, { table, id, before: { ...before, ...known.before } });
  };
  return {
    ...m,
    create: async (table, input) => {
      const created = await m.create(table, input);
      note(table, created.id, null);
      return created;
    },
    update: async (table, id, patch) => {
      const current = (await m.get(table, id)) as Record<string, unknown> | undefined;
      const next = await m.update(table, id, patch);
      if (current) {
        const values = next as Record<string, unknown>;
        const changed = Object.keys(values).filter((field) => !sameValue(current[field], values[field]));
        if (changed.length > 0) note(table, id, Object.fromEntries(changed.map((field) => [field, current[field] ?? null])));
      }
      return next;
    },
    setDeleted: async (table, id, deleted) => {
      const current = await m.get(table, id);
      await m.setDeleted(table, id, deleted);
      if (current && current.deleted !== deleted) note(table, id, { deleted: current.deleted });
    },
  };
}

/**
 * Runs a bulk action as one mutation: one Dexie transaction, one outbox row, a history entry
 * per changed field; if any row fails, nothing of the action is written. Every `rowsPerFrame`
 * rows the action waits for one small read (a timer would let IndexedDB commit the transaction
 * early), so the screen can draw the progress of an action over thousands of rows.
 */
export function bulkMutate<R>(
  total: number,
  work: (m: Mutator, step: BulkStep) => Promise<R>,
  options: { db?: DeskDatabase; onProgress?: BulkProgress; now?: () => number } = {},
): Promise<BulkOutcome<R>> {
  const { db = defaultDb, onProgress, now } = options;
  const changes = new Map<string, BulkChange>();
  return mutate(
    async (m) => {
      // Taken while Dexie still follows the transaction: the read below must be one of its requests.
      const settings = Dexie.currentTransaction.table('settings');
      // Told every `rowsPerFrame` rows, not after each: a progress bar re-drawn a thousand times costs more than the writes.
      const step: BulkStep = async (done) => {
        if (!onProgress || done % rowsPerFrame !== 0 || done >= total) return;
        onProgress(done, total);
        // A read inside the transaction returns in a task of its own: the screen may draw before it.
        await settings.get('clock');
      };
      return { result: await work(recording(m, changes), step), changes: [...changes.values()] };
    },
    db,
    now,
  ).then(({ result, changes: made }) => {
    onProgress?.(total, total);
    return { result, changes: made };
  });
}

/**
 * Puts back, in one transaction that syncs as new changes, what a bulk action changed: a record
 * it created is deleted (a tombstone: other desks may have it already), a changed field gets
 * its earlier value. Its own changes are returned, so the undo could be undone in turn.
 */
export async function undoBulk(changes: readonly BulkChange[], options: { db?: DeskDatabase; onProgress?: BulkProgress } = {}): Promise<BulkChange[]> {
  const byTable = new Map<RecordTable, string[]>();
  for (const change of changes) {
    const ids = byTable.get(change.table);
    if (ids) ids.push(change.id);
    else byTable.set(change.table, [change.id]);
  }
  const outcome = await bulkMutate(
    changes.length,
    async (m, step) => {
      for (const [table, ids] of byTable) await m.getMany(table, ids);
      let done = 0;
      for (const change of [...changes].reverse()) {
        await putBack(m, change);
        await step(++done);
      }
    },
    options,
  );
  return outcome.changes;
}

async function putBack(m: Mutator, { table, id, before }: BulkChange): Promise<void> {
  if (before === null) return m.setDeleted(table, id, true);
  const { deleted, ...fields } = before;
  if (Object.keys(fields).length > 0) await m.update(table, id, fields);
  if (typeof deleted === 'boolean') await m.setDeleted(table, id, deleted);
}

/** The live records of `ids` (deleted or missing ones left out), read in one request. */
export async function liveRecords<T extends RecordTable>(m: Mutator, table: T, ids: readonly string[]): Promise<RecordOf<T>[]> {
  const records = await m.getMany(table, ids);
  return records.filter((record): record is RecordOf<T> => record !== undefined && !record.deleted);
}
