import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { desk } from '../bridge/desk';
import { createBridgeTransport } from './bridge-transport';
import { syncOnce } from './engine';
import { createSyncScheduler } from './scheduler';
import { recordSyncResult } from './sync-report';

/** The app's one scheduler: the engine over the bridge, on the app's database. */
export const appSync = createSyncScheduler({
  run: () => syncOnce({ db, transport: createBridgeTransport(desk) }),
  isEnrolled: async () => (await desk.sync.status({})).enrolment !== null,
  record: (result) => recordSyncResult(db, result),
});

/**
 * Starts syncing for the life of the page: at start, when the machine comes online, a few seconds
 * after the outbox grows, on the interval. A device that never enrolled does nothing here.
 */
export function startAppSync(): () => void {
  const stop = appSync.start();
  const online = (): void => appSync.online();
  window.addEventListener('online', online);
  let last: number | undefined;
  const subscription = liveQuery(() => db.outbox.count()).subscribe({
    next: (count) => {
      // Only growth is a local change: the outbox shrinks when a sync sends it.
      if (last !== undefined && count > last) appSync.localChange();
      last = count;
    },
    error: (error: unknown) => console.error('could not watch the outbox', error),
  });
  return () => {
    stop();
    window.removeEventListener('online', online);
    subscription.unsubscribe();
  };
}
