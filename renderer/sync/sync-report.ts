import { z } from 'zod';
import { numberCollisionSchema } from '../../shared/sync/protocol';
import type { DeskDatabase } from '../db/database';
import { runsAhead } from './clock-recovery';
import type { SyncOutcome } from './engine';
import type { SyncProblem } from './sync-problem';
import { syncProblems } from './sync-problem';

/**
 * What the Sync screen shows of past syncs, kept in the device settings (never synced, never in
 * a backup) so it survives a restart: the last success, the last failure, the clock skew and the
 * document-number collisions the server reported.
 */
export const syncReportSchema = z.object({
  lastSuccessAt: z.number().nullable(),
  lastAttemptAt: z.number(),
  problem: z.enum(syncProblems as [SyncProblem, ...SyncProblem[]]).nullable(),
  skewMs: z.number().nullable(),
  /** Operations re-stamped because the server refused this machine's fast clock, since it began to run ahead. */
  clockRestamped: z.number().int().nonnegative().default(0),
  collisions: z.array(numberCollisionSchema),
  attachmentsMissing: z.number().int().nonnegative(),
});
export type SyncReport = z.infer<typeof syncReportSchema>;

const reportKey = 'syncReport';
const emptyReport: SyncReport = { lastSuccessAt: null, lastAttemptAt: 0, problem: null, skewMs: null, clockRestamped: 0, collisions: [], attachmentsMissing: 0 };

export async function readSyncReport(db: DeskDatabase): Promise<SyncReport | null> {
  const parsed = syncReportSchema.safeParse((await db.settings.get(reportKey))?.value);
  return parsed.success ? parsed.data : null;
}

export async function recordSyncResult(db: DeskDatabase, result: { outcome: SyncOutcome } | { problem: SyncProblem; at: number }): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const before = (await readSyncReport(db)) ?? emptyReport;
    const next: SyncReport =
      'outcome' in result
        ? {
            lastSuccessAt: result.outcome.finishedAt,
            lastAttemptAt: result.outcome.finishedAt,
            problem: null,
            skewMs: result.outcome.skewMs ?? before.skewMs,
            // Counted until a sync finds this machine's clock right again.
            clockRestamped: result.outcome.restamped + (runsAhead(result.outcome.skewMs) ? before.clockRestamped : 0),
            collisions: result.outcome.collisions,
            attachmentsMissing: result.outcome.attachmentsMissing,
          }
        : { ...before, lastAttemptAt: result.at, problem: result.problem };
    await db.settings.put({ key: reportKey, value: next });
  });
}

/** Forgotten with the server: another server's collisions and times mean nothing here. */
export async function clearSyncReport(db: DeskDatabase): Promise<void> {
  await db.settings.delete(reportKey);
}

/** Field operations waiting in the outbox (one outbox row holds all of one mutation's). */
export async function countPendingOperations(db: DeskDatabase): Promise<number> {
  let count = 0;
  await db.outbox.each((entry) => {
    for (const change of entry.changes) count += change.operations.length;
  });
  return count;
}
