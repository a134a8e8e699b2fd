import type { NumberCollision } from '../../shared/sync/protocol';
import { limits, SyncRequestError } from '../../shared/sync/protocol';
import type { DeskDatabase } from '../db/database';
import { ensureDeviceId } from '../db/settings';
import { applyPage } from './apply';
import { isClockAhead, readClockCorrection, restampRefused, updateClockCorrection } from './clock-recovery';
import { syncAttachments } from './attachment-sync';
import { pushBatches } from './outbox';
import { readCursor, writeSyncState } from './sync-state';
import type { SyncTransport } from './transport';

export interface SyncOptions {
  db: DeskDatabase;
  transport: SyncTransport;
  /** The local clock (ms since the epoch); tests skew it. */
  now?: () => number;
  /** Operations per push. */
  pushBatchSize?: number;
  /** Operations per pulled page: each page is applied in its own short transaction. */
  pullPageSize?: number;
  /** Skip attachments (their bytes are moved separately from operations). */
  skipAttachments?: boolean;
}

export interface SyncOutcome {
  /** Operations the server took as new in this sync. */
  pushed: number;
  /** Operations pushed again that the server already had (an earlier answer was lost). */
  pushedDuplicates: number;
  /** Operations pulled from the server. */
  pulled: number;
  /** Fields that changed on this device from pulled operations. */
  applied: number;
  /** Records that arrived from other devices. */
  created: number;
  /** Pulled operations refused for not fitting the record schemas (sync-state.ts keeps which). */
  refused: number;
  /** Values this desk wrote that another office's later change replaced (replacements.ts keeps which). */
  replaced: number;
  /** The server's log position this device has applied up to. */
  cursor: number;
  /** The server's clock minus this machine's, in ms (null when no request answered). */
  skewMs: number | null;
  /** Pending operations re-stamped because the server refused their clock (this machine's runs ahead). */
  restamped: number;
  /** Document numbers held by two different records in this workspace. */
  collisions: NumberCollision[];
  attachmentsUploaded: number;
  attachmentsDownloaded: number;
  /** Attachments records refer to whose bytes the server does not have yet. */
  attachmentsMissing: number;
  /** Outbox rows (local changes) still waiting: those made while this sync ran. */
  pending: number;
  /** This machine's clock when the sync ended. */
  finishedAt: number;
}

const running = new WeakMap<DeskDatabase, Promise<SyncOutcome>>();

/**
 * One full sync: push the outbox, pull the server's log, move attachments. A device syncs
 * one at a time: asking again while a sync runs returns the running one. Any failed request
 * throws (a `SyncRequestError`); what was done before it stays done and nothing is half-done,
 * so the next sync simply carries on.
 */
export function syncOnce(options: SyncOptions): Promise<SyncOutcome> {
  const current = running.get(options.db);
  if (current) return current;
  const started = runSync(options).finally(() => running.delete(options.db));
  running.set(options.db, started);
  return started;
}

async function runSync({ db, transport, now = Date.now, pushBatchSize = 2000, pullPageSize = 5000, skipAttachments = false }: SyncOptions): Promise<SyncOutcome> {
  const deviceId = await ensureDeviceId(db);
  let skewMs: number | null = null;
  let serverTime = null as number | null;
  const measure = <T extends { serverTime: number }>(sentAt: number, response: T): T => {
    skewMs = Math.round(response.serverTime - (sentAt + now()) / 2);
    serverTime = response.serverTime;
    return response;
  };
  // The clock stamps and merges by: this machine's, corrected while it runs ahead of the server's.
  const correction = await readClockCorrection(db);
  const deskNow = (): number => now() + correction;

  // Push: an outbox row is deleted only once the server has acknowledged all its operations.
  let pushed = 0;
  let pushedDuplicates = 0;
  const pushOutbox = async (): Promise<void> => {
    const entries = await db.outbox.orderBy('changeId').toArray();
    for (const batch of pushBatches(entries, Math.min(pushBatchSize, limits.maxOpsPerPush))) {
      if (batch.ops.length > 0) {
        const response = measure(now(), await transport.push(batch.ops));
        pushed += response.accepted;
        pushedDuplicates += response.duplicates;
      }
      if (batch.completes.length > 0) await db.outbox.bulkDelete(batch.completes);
    }
  };
  // Stamped by a clock far ahead: the server refuses them; the pull tells its time, and they are
  // re-stamped and pushed after it (clock-recovery.ts).
  let refusedForClock = false;
  // Refused for this device's role (changes queued before the desk knew it, or before the admin
  // changed it): the desk still pulls, learning its role and the others' changes, then reports it.
  let refusedForRole: SyncRequestError | undefined;
  try {
    await pushOutbox();
  } catch (error) {
    if (error instanceof SyncRequestError && error.code === 'operation-not-allowed') refusedForRole = error;
    else if (!isClockAhead(error)) throw error;
    else refusedForClock = true;
  }

  // Pull page by page; each page and the cursor move together.
  let cursor = await readCursor(db);
  let pulled = 0;
  let applied = 0;
  let created = 0;
  let refused = 0;
  let replaced = 0;
  let collisions: NumberCollision[];
  for (;;) {
    const page = measure(now(), await transport.pull(cursor, Math.min(pullPageSize, limits.maxPullLimit)));
    collisions = page.collisions;
    // Who this device is to the server, and the names of the other offices' devices.
    if (page.grant) await writeSyncState(db, 'syncGrant', page.grant);
    if (page.devices) await writeSyncState(db, 'syncDevices', page.devices);
    if (page.serverSeq < cursor) {
      // The server's log is shorter than what was applied here: it was restored from an older
      // backup. Start again from its beginning; merging makes the repeated operations harmless.
      await writeSyncState(db, 'syncCursor', 0);
      cursor = 0;
      continue;
    }
    const last = page.ops.at(-1);
    if (last) {
      const result = await applyPage(db, page.ops, last.seq, deviceId, deskNow);
      pulled += page.ops.length;
      applied += result.changed;
      created += result.created;
      refused += result.refused;
      replaced += result.replaced;
      cursor = last.seq;
    }
    if (!page.hasMore || !last) break;
  }

  await updateClockCorrection(db, skewMs);
  let restamped = 0;
  const newCorrection = await readClockCorrection(db);
  if ((refusedForClock || newCorrection !== 0) && serverTime !== null) {
    restamped = await restampRefused(db, serverTime, () => now() + newCorrection);
    if (refusedForClock) await pushOutbox();
  }

  if (refusedForRole !== undefined) throw refusedForRole;
  const attachments = skipAttachments ? { uploaded: 0, downloaded: 0, missing: 0 } : await syncAttachments(db, transport);
  return {
    pushed,
    pushedDuplicates,
    pulled,
    applied,
    created,
    refused,
    replaced,
    cursor,
    skewMs,
    restamped,
    collisions,
    attachmentsUploaded: attachments.uploaded,
    attachmentsDownloaded: attachments.downloaded,
    attachmentsMissing: attachments.missing,
    pending: await db.outbox.count(),
    finishedAt: now(),
  };
}
