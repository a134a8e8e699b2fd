import { desk } from '../../bridge/desk';
import { db } from '../../db/database';
import { ensureDeviceId, readSetting } from '../../db/settings';
import { appSync } from '../../sync/app-sync';
import { carriedDevices } from '../../sync/lineage';
import type { SyncProblem } from '../../sync/sync-problem';
import { clearSyncReport } from '../../sync/sync-report';
import { resetSyncState } from '../../sync/sync-state';

export type EnrolResult = { outcome: 'enrolled'; workspaceName: string } | { outcome: 'failed'; problem: SyncProblem };

/**
 * Enrols this device with a server: the main process trades the code for a token and keeps it.
 * What this device knew of any earlier server is forgotten, so the first sync pulls the whole
 * log and pushes everything still waiting in the outbox; it starts at once. A desk restored from
 * another machine's backup declares that machine (lineage.ts), so its unsent changes go too.
 */
export async function enrolDevice(serverUrl: string, code: string, defaultName: string): Promise<EnrolResult> {
  const deviceId = await ensureDeviceId();
  const deviceName = (await readSetting('officeName')) || defaultName;
  const restoredFrom = await carriedDevices(db);
  const answer = await desk.sync.enrol({ serverUrl, code: code.trim(), deviceId, deviceName, ...(restoredFrom.length > 0 ? { restoredFrom } : {}) });
  if (answer.outcome === 'failed') return { outcome: 'failed', problem: answer.failure.code };
  await resetSyncState(db);
  await clearSyncReport(db);
  await appSync.refreshEnrolment();
  void appSync.syncNow();
  return { outcome: 'enrolled', workspaceName: answer.value.enrolment?.workspaceName ?? '' };
}

/** Forgets the server and the token; the data stays, and so does the outbox for a later server. */
export async function forgetServer(): Promise<void> {
  await desk.sync.forget({});
  await resetSyncState(db);
  await clearSyncReport(db);
  await appSync.refreshEnrolment();
}
