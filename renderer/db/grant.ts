import type { Grant, RefusalReason } from '../../shared/sync/permissions';
import { defaultGrant, grantSchema } from '../../shared/sync/permissions';
import type { DeskDatabase } from './database';

/**
 * What the sync server says this device may change, as the last pull told it (renderer/sync/engine.ts
 * keeps it in the device settings). Before the first pull the desk does not know, and holds back
 * nothing: the server still checks every operation.
 */
export async function readGrant(db: DeskDatabase): Promise<Grant> {
  const parsed = grantSchema.safeParse((await db.settings.get('syncGrant'))?.value);
  return parsed.success ? parsed.data : defaultGrant;
}

/** A write this device's role does not allow (shared/sync/permissions.ts): the server would refuse it, so nothing was written or queued. */
export class WriteNotAllowedError extends Error {
  constructor(
    readonly table: string,
    readonly rowId: string,
    readonly field: string,
    readonly reason: RefusalReason,
  ) {
    super(`This device may not change ${table} ${rowId} field ${field}: ${reason}`);
    this.name = 'WriteNotAllowedError';
  }
}
