import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDeviceLabel } from '../../components/record/use-device-label';
import { db } from '../../db/database';
import { WriteNotAllowedError } from '../../db/grant';
import { keepMine, standingReplacements } from '../../sync/replacements';
import type { Replacement } from '../../sync/sync-state';
import { readSyncState } from '../../sync/sync-state';

/** The replacements that still stand, newest first; of one record when `record` is given. */
export function useReplacements(record?: { table: string; rowId: string }): Replacement[] | undefined {
  const table = record?.table;
  const rowId = record?.rowId;
  return useLiveQuery(() => standingReplacements(db, table && rowId ? { table, rowId } : undefined), [table, rowId]);
}

/** An office's name for a device: the name it enrolled with (the pull lists them), else as the history names it. */
export function useOfficeName(): (deviceId: string) => string {
  const devices = useLiveQuery(() => readSyncState(db, 'syncDevices', []), []);
  const label = useDeviceLabel();
  return useCallback((deviceId) => devices?.find((device) => device.id === deviceId)?.name ?? label(deviceId), [devices, label]);
}

/** 保留我的, answered in words: done, not allowed for this device's role, or failed. */
export async function keepMineAnswer(entry: Replacement): Promise<'kept' | 'notAllowed' | 'keepFailed'> {
  try {
    await keepMine(db, entry);
    return 'kept';
  } catch (error) {
    return error instanceof WriteNotAllowedError ? 'notAllowed' : 'keepFailed';
  }
}
