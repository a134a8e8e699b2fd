import { recordTables } from '../../shared/domain/tables';
import type { Hlc } from '../../shared/sync/hlc';
import { formatHlc, parseHlc, tickHlc } from '../../shared/sync/hlc';
import { limits, SyncRequestError } from '../../shared/sync/protocol';
import type { DeskDatabase, OutboxEntry } from '../db/database';
import { ensureDeviceId, readSetting, writeSetting } from '../db/settings';

/**
 * A desk whose clock is far ahead of the server's (issue 13.4). The server refuses stamps beyond
 * its time plus `limits.maxClockAheadMs` (`clock-ahead`). The desk then learns the server's time
 * from the pull, re-stamps its refused operations, and from then on stamps with its clock
 * corrected by the measured skew, until a sync finds the clock right again.
 */

export function isClockAhead(error: unknown): boolean {
  return error instanceof SyncRequestError && error.code === 'clock-ahead';
}

/** A machine ahead by more than this is corrected; less is network delay and a normal clock. */
const correctedFromMs = limits.maxClockAheadMs / 5;

/** Whether a measured skew (the server's clock minus this machine's) says this machine runs ahead. */
export function runsAhead(skewMs: number | null): boolean {
  return skewMs !== null && skewMs < -correctedFromMs;
}

/** The ms to add to this machine's clock for stamps (0: none), as the last sync measured it. */
export async function readClockCorrection(db: DeskDatabase): Promise<number> {
  return (await readSetting('clockCorrectionMs', db)) ?? 0;
}

/**
 * Keeps the correction in line with the skew a sync measured (the server's clock minus this
 * machine's): set while this machine is ahead, gone once its clock is right again.
 */
export async function updateClockCorrection(db: DeskDatabase, skewMs: number | null): Promise<void> {
  if (skewMs === null) return;
  if (runsAhead(skewMs)) await writeSetting('clockCorrectionMs', Math.round(skewMs), db);
  else if ((await readClockCorrection(db)) !== 0) await db.settings.delete('clockCorrectionMs');
}

/**
 * Re-stamps the pending operations the server refuses (and sets back a clock that would stamp so): those stamped after `serverTimeMs` plus the
 * allowed skew, `serverTimeMs` being the server's time in an answer that came after the refusal
 * (its clock only moves on, so none of them can have been taken before). They are this desk's
 * own unacknowledged operations (or those of a device it carries by lineage, keeping that
 * device's id), so a fresh stamp is safe. The fields and history entries that hold the old
 * stamps take the new ones, and the clock is set back to the latest stamp the server takes: it
 * stays later than everything this desk saw, all of which the server took. One transaction.
 * Returns how many operations were re-stamped.
 */
export async function restampRefused(db: DeskDatabase, serverTimeMs: number, nowMs: () => number): Promise<number> {
  const latest = serverTimeMs + limits.maxClockAheadMs;
  const deviceId = await ensureDeviceId(db);
  const tables = [...recordTables.map((table) => db.table(table)), db.outbox, db.history, db.settings];
  return db.transaction('rw', tables, async () => {
    const stored = await readSetting('clock', db);
    const storedClock = stored ? parseHlc(stored) : undefined;
    let clock: Hlc = storedClock && storedClock.wallMs <= latest ? storedClock : { wallMs: latest, counter: 0, deviceId };
    const replaced = new Map<string, string>();
    const changedEntries: OutboxEntry[] = [];
    for (const entry of await db.outbox.orderBy('changeId').toArray()) {
      let changed = false;
      for (const change of entry.changes) {
        for (const operation of change.operations) {
          if (parseHlc(operation.hlc).wallMs <= latest) continue;
          clock = tickHlc(clock, Math.min(nowMs(), latest), deviceId);
          const fresh = formatHlc({ ...clock, deviceId: entry.deviceId });
          replaced.set(operation.hlc, fresh);
          operation.hlc = fresh;
          changed = true;
        }
      }
      if (changed) changedEntries.push(entry);
    }
    if (replaced.size === 0) {
      // Nothing refused (yet), but a clock this far ahead would stamp the next edit so.
      if (storedClock && storedClock.wallMs > latest) await writeSetting('clock', formatHlc(clock), db);
      return 0;
    }
    await db.outbox.bulkPut(changedEntries);

    const records = new Set<string>();
    for (const entry of changedEntries) for (const change of entry.changes) records.add(`${change.table}\u0000${change.rowId}`);
    for (const key of records) {
      const [table, rowId] = key.split('\u0000') as [(typeof recordTables)[number], string];
      const store = db.recordTable(table);
      const record = await store.get(rowId);
      if (record) {
        const clocks = Object.fromEntries(Object.entries(record._clocks).map(([field, hlc]) => [field, replaced.get(hlc) ?? hlc]));
        await store.put({ ...record, _clocks: clocks });
      }
      await db.history
        .where('[table+rowId]')
        .equals([table, rowId])
        .modify((entry) => {
          entry.hlc = replaced.get(entry.hlc) ?? entry.hlc;
        });
    }
    await writeSetting('clock', formatHlc(clock), db);
    return replaced.size;
  });
}
