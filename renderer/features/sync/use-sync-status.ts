import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../../shared/bridge/sync';
import { desk } from '../../bridge/desk';
import { db } from '../../db/database';
import { appSync } from '../../sync/app-sync';
import type { SchedulerState } from '../../sync/scheduler';
import type { SyncReport } from '../../sync/sync-report';
import { countPendingOperations, readSyncReport } from '../../sync/sync-report';
import type { RefusedOperations } from '../../sync/sync-state';
import { readRefusedOperations } from '../../sync/sync-state';

/** The enrolment as the main process holds it (undefined while asking); `refresh` after enrolling or forgetting. */
export function useSyncStatus(): { status: SyncStatus | undefined; failed: boolean; refresh: () => void } {
  const [status, setStatus] = useState<SyncStatus>();
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    desk.sync.status({}).then(
      (next) => {
        if (current) setStatus(next);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [round]);
  const refresh = useCallback(() => setRound((value) => value + 1), []);
  return { status, failed, refresh };
}

const subscribe = (listener: () => void): (() => void) => appSync.subscribe(listener);
const getState = (): SchedulerState => appSync.getState();

export function useSchedulerState(): SchedulerState {
  return useSyncExternalStore(subscribe, getState);
}

/** The last results kept in the device settings (null before the first sync), and the pending operations. */
export function useSyncReport(): { report: SyncReport | null | undefined; pending: number | undefined } {
  const report = useLiveQuery(() => readSyncReport(db), []);
  const pending = useLiveQuery(() => countPendingOperations(db), []);
  return { report, pending };
}

/** The pulled operations this desk refused since it enrolled with this server (null: none). */
export function useRefusedOperations(): RefusedOperations | null | undefined {
  return useLiveQuery(() => readRefusedOperations(db), []);
}
