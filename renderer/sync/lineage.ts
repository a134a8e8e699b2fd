import type { DeskDatabase } from '../db/database';
import { ensureDeviceId } from '../db/settings';

/**
 * The other devices whose unsent operations this desk holds: a restored backup's changes keep the
 * id of the machine that made them (their stamps name it). Enrolling declares them as the devices
 * this one was restored from, so the server records the lineage and takes their operations from
 * this device (server/check-stamps.ts); it takes them only if the admin revoked those devices.
 */
export async function carriedDevices(db: DeskDatabase): Promise<string[]> {
  const own = await ensureDeviceId(db);
  const carried = new Set<string>();
  await db.outbox.each((entry) => {
    if (entry.deviceId !== own) carried.add(entry.deviceId);
  });
  return [...carried].sort();
}
