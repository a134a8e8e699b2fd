import { z } from 'zod';
import type { DeskDatabase } from '../db/database';

/**
 * What the engine remembers between syncs, in the device settings table (never synced): the
 * position in the server's log, the attachments the server already has, and the attachments
 * records refer to whose bytes have not arrived yet.
 */
const stateSchemas = {
  syncCursor: z.number().int().nonnegative(),
  syncUploadedAttachments: z.array(z.string()),
  syncWantedAttachments: z.array(z.string()),
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
