import type { RecordTable } from '../../shared/domain/tables';
import { parseHlc } from '../../shared/sync/hlc';
import type { LoggedOp } from '../../shared/sync/protocol';
import type { DeskDatabase } from '../db/database';
import { mutate } from '../db/mutate';
import type { Replacement } from './sync-state';
import { readSyncState, writeSyncState } from './sync-state';

/** Enough to go through after a week offline; the oldest go first. */
const replacementsKept = 500;

const deviceOfHlc = (hlc: string | undefined): string | undefined => (hlc === undefined ? undefined : parseHlc(hlc).deviceId);

/**
 * Whether a pulled operation that wins its field replaces a value this desk wrote (issue 14.2):
 * the field's stamp is this device's and the winner is another device's. The merge is unchanged;
 * this only says who must be told.
 */
export function replacementOf(op: LoggedOp, previous: { value: unknown; hlc: string | undefined }, deviceId: string): Replacement | null {
  if (op.deviceId === deviceId || previous.hlc === undefined || deviceOfHlc(previous.hlc) !== deviceId) return null;
  return {
    table: op.table, rowId: op.rowId, field: op.field,
    mine: previous.value ?? null, mineHlc: previous.hlc,
    theirs: op.value ?? null, hlc: op.hlc, deviceId: op.deviceId,
    at: new Date(parseHlc(op.hlc).wallMs).toISOString(),
  };
}

const keyOf = (entry: Pick<Replacement, 'table' | 'rowId' | 'field'>): string => `${entry.table}/${entry.rowId}/${entry.field}`;

/**
 * Adds replacements inside the caller's transaction (the pull's). A field replaced again keeps the
 * value this desk wrote: that is the one "keep mine" writes back.
 */
export async function recordReplacements(db: DeskDatabase, found: readonly Replacement[]): Promise<void> {
  const held = new Map((await readSyncState(db, 'syncReplacements', [])).map((entry) => [keyOf(entry), entry]));
  for (const entry of found) {
    const earlier = held.get(keyOf(entry));
    held.delete(keyOf(entry));
    held.set(keyOf(entry), earlier && entry.mineHlc === earlier.hlc ? { ...entry, mine: earlier.mine, mineHlc: earlier.mineHlc } : entry);
  }
  await writeSyncState(db, 'syncReplacements', [...held.values()].slice(-replacementsKept));
}

/**
 * The replacements that still stand: the field still holds the other office's stamp. One this desk
 * changed again since (by hand or with 保留我的), or that a third office changed, is no longer listed.
 */
export async function standingReplacements(db: DeskDatabase, filter?: { table: string; rowId: string }): Promise<Replacement[]> {
  const all = await readSyncState(db, 'syncReplacements', []);
  const wanted = filter ? all.filter((entry) => entry.table === filter.table && entry.rowId === filter.rowId) : all;
  const standing: Replacement[] = [];
  for (const entry of wanted) {
    const record = await db.recordTable(entry.table as RecordTable).get(entry.rowId);
    if (record?._clocks[entry.field] === entry.hlc) standing.push(entry);
  }
  return standing.reverse();
}

/** 保留我的: writes this desk's replaced value again as a new change (new stamp, outbox, history), which syncs and wins. */
export async function keepMine(db: DeskDatabase, entry: Replacement): Promise<void> {
  await mutate(async (m) => {
    await m.update(entry.table as RecordTable, entry.rowId, { [entry.field]: entry.mine });
  }, db);
  const left = (await readSyncState(db, 'syncReplacements', [])).filter((held) => keyOf(held) !== keyOf(entry));
  await writeSyncState(db, 'syncReplacements', left);
}
