import { z } from 'zod';
import { grantSchema } from '../../shared/sync/permissions';
import { operationProblemKinds } from '../../shared/sync/validate-op';
import type { DeskDatabase } from '../db/database';

/** A pulled operation the desk refused (shared/sync/validate-op.ts), as the Sync screen names it. */
const refusedOperationSchema = z.object({
  seq: z.number(),
  table: z.string(),
  field: z.string(),
  rowId: z.string(),
  deviceId: z.string(),
  kind: z.enum(operationProblemKinds),
});
export type RefusedOperation = z.infer<typeof refusedOperationSchema>;

/** How many were refused since enrolling with this server, when the last was, and the latest few. */
const refusedOperationsSchema = z.object({ count: z.number().int().nonnegative(), lastAt: z.number(), recent: z.array(refusedOperationSchema) });
export type RefusedOperations = z.infer<typeof refusedOperationsSchema>;
/** Enough to see which tables and fields a faulty server sends, not a log of every one. */
const recentRefusedKept = 20;

/**
 * A value this desk wrote that a pulled operation of another office replaced (issue 14.2): the
 * merge stays last-writer-wins, and the Sync screen and the record say so and offer 保留我的.
 */
export const replacementSchema = z.object({
  table: z.string(),
  rowId: z.string(),
  field: z.string(),
  /** This desk's value, which was replaced, and its stamp. */
  mine: z.unknown(),
  mineHlc: z.string(),
  /** The other office's value and its stamp: while the field still holds this stamp, the replacement stands. */
  theirs: z.unknown(),
  hlc: z.string(),
  deviceId: z.string(),
  at: z.string(),
});
export type Replacement = z.infer<typeof replacementSchema>;

/**
 * What the engine remembers between syncs, in the device settings table (never synced): the
 * position in the server's log, the attachments the server already has, the attachments
 * records refer to whose bytes have not arrived yet, and the pulled operations it refused.
 */
const stateSchemas = {
  syncCursor: z.number().int().nonnegative(),
  syncUploadedAttachments: z.array(z.string()),
  syncWantedAttachments: z.array(z.string()),
  syncRefusedOperations: refusedOperationsSchema,
  /** What the server says this device may change (shared/sync/permissions.ts). */
  syncGrant: grantSchema,
  /** The workspace's devices by the names they enrolled with (their offices'). */
  syncDevices: z.array(z.object({ id: z.string(), name: z.string() })),
  syncReplacements: z.array(replacementSchema),
};
type StateKey = keyof typeof stateSchemas;
type StateValue<K extends StateKey> = z.output<(typeof stateSchemas)[K]>;

export const syncStateKeys = Object.keys(stateSchemas) as StateKey[];

export async function readSyncState<K extends StateKey>(db: DeskDatabase, key: K, fallback: StateValue<K>): Promise<StateValue<K>> {
  const row = await db.settings.get(key);
  const parsed = stateSchemas[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as StateValue<K>) : fallback;
}

export async function writeSyncState<K extends StateKey>(db: DeskDatabase, key: K, value: StateValue<K>): Promise<void> {
  await db.settings.put({ key, value: stateSchemas[key].parse(value) });
}

/** The server's log position this device has applied up to (0: nothing yet). */
export function readCursor(db: DeskDatabase): Promise<number> {
  return readSyncState(db, 'syncCursor', 0);
}

/**
 * Forgets everything the engine knew of a server, for enrolling with another one (or after a
 * restore): the next sync pulls the whole log and checks every attachment again. Merging makes
 * pulling what is already here harmless.
 */
export async function resetSyncState(db: DeskDatabase): Promise<void> {
  await db.settings.bulkDelete(syncStateKeys);
}

/**
 * Adds refused operations to the record, inside the caller's transaction (the one that moves the
 * cursor past them: they are never pulled again, so they are never lost from the count).
 */
export async function recordRefusedOperations(db: DeskDatabase, refused: RefusedOperation[], at: number): Promise<void> {
  const before = await readSyncState(db, 'syncRefusedOperations', { count: 0, lastAt: 0, recent: [] });
  await writeSyncState(db, 'syncRefusedOperations', { count: before.count + refused.length, lastAt: at, recent: [...before.recent, ...refused].slice(-recentRefusedKept) });
}

export async function readRefusedOperations(db: DeskDatabase): Promise<RefusedOperations | null> {
  const parsed = refusedOperationsSchema.safeParse((await db.settings.get('syncRefusedOperations'))?.value);
  return parsed.success ? parsed.data : null;
}
