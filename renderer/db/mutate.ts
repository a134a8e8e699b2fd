import type { Table } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Problem, ProblemLimit } from '../../shared/domain/fields';
import { problemLimit, problems } from '../../shared/domain/fields';
import type { RecordInput, RecordOf, RecordTable } from '../../shared/domain/tables';
import { recordSchemas, recordTables } from '../../shared/domain/tables';
import type { Hlc } from '../../shared/sync/hlc';
import { formatHlc, parseHlc, tickHlc } from '../../shared/sync/hlc';
import type { DeskDatabase, FieldOperation, HistoryEntry, RecordChange, StoredRecord } from './database';
import { db as defaultDb } from './database';
import { searchTextOf } from '../../shared/domain/search-text';
import { ensureDeviceId, readSetting } from './settings';
import { writeRefusal } from '../../shared/sync/permissions';
import { readGrant, WriteNotAllowedError } from './grant';

export interface FieldIssue {
  path: string;
  problem: Problem;
  /** For a text or list that is too long: how long it may be. */
  limit?: ProblemLimit;
}

/** A write refused because the record would break its schema; nothing was written. */
export class RecordValidationError extends Error {
  constructor(
    readonly table: RecordTable,
    readonly issues: FieldIssue[],
  ) {
    super(`Invalid ${table} record: ${issues.map((issue) => `${issue.path} ${issue.problem}`).join(', ')}`);
    this.name = 'RecordValidationError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: RecordTable,
    readonly id: string,
  ) {
    super(`No ${table} record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const limit = problemLimit(issue);
    return {
      path: issue.path.join('.'),
      problem: (problems as readonly string[]).includes(issue.message) ? (issue.message as Problem) : 'invalid',
      ...(limit ? { limit } : {}),
    };
  });
}

/** The writes of one mutation; they commit together or not at all. */
export interface Mutator {
  create<T extends RecordTable>(table: T, input: RecordInput<T>): Promise<RecordOf<T>>;
  update<T extends RecordTable>(table: T, id: string, patch: Partial<RecordInput<T>>): Promise<RecordOf<T>>;
  setDeleted(table: RecordTable, id: string, deleted: boolean): Promise<void>;
  get<T extends RecordTable>(table: T, id: string): Promise<RecordOf<T> | undefined>;
  /** Reads many records in one request (a bulk action's rows); later gets and updates of them read from memory. */
  getMany<T extends RecordTable>(table: T, ids: readonly string[]): Promise<(RecordOf<T> | undefined)[]>;
  /**
   * Writes the records changed so far, still inside the mutation's one transaction: a long
   * mutation (an import of 50,000 rows) writes in batches and can show its progress between
   * them, and still commits whole or not at all.
   */
  flush(): Promise<void>;
}

function stripMeta<T extends RecordTable>(stored: StoredRecord<T>): RecordOf<T> {
  const record: Record<string, unknown> = { ...stored };
  delete record._clocks;
  delete record._search;
  return record as RecordOf<T>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The one way the registry is written. Every created, changed, deleted or restored field is, in
 * the same Dexie transaction as the record itself, stamped with a hybrid-logical-clock value,
 * queued in the outbox for sync (one outbox row per mutation) and, when it changes an existing
 * record, entered in the history. If anything fails, the transaction
 * aborts and nothing of the mutation remains.
 */
export async function mutate<R>(work: (mutator: Mutator) => Promise<R>, db: DeskDatabase = defaultDb, now: () => number = Date.now): Promise<R> {
  const deviceId = await ensureDeviceId(db);
  const tables = [...recordTables.map((table) => db.table(table)), db.outbox, db.history, db.settings];
  return db.transaction('rw', tables, async (transaction) => {
    // Tables bound to this transaction: Dexie follows a transaction through native awaits only for
    // about a hundred microtasks after its last request, and a bulk action working from memory
    // (getMany) goes longer than that; unbound, the final writes would leave the transaction.
    const bound = <T extends RecordTable>(table: T): Table<StoredRecord<T>, string> => transaction.table<StoredRecord<T>, string>(table);
    const storedClock = await readSetting('clock', db);
    let clock: Hlc | undefined = storedClock ? parseHlc(storedClock) : undefined;
    // A machine whose clock runs ahead of the sync server's stamps by the server's time (renderer/sync/clock-recovery.ts).
    const correction = (await readSetting('clockCorrectionMs', db)) ?? 0;
    // Never queue what the server will refuse for this device's role (issue 14.1).
    const grant = await readGrant(db);
    const at = new Date(now()).toISOString();
    const pending = new Map<string, StoredRecord<RecordTable>>();
    const fetched = new Map<string, StoredRecord<RecordTable> | undefined>();
    const changes: RecordChange[] = [];
    const history: HistoryEntry[] = [];

    const stamp = (): string => {
      clock = tickHlc(clock, now() + correction, deviceId);
      return formatHlc(clock);
    };
    const load = async <T extends RecordTable>(table: T, id: string): Promise<StoredRecord<T> | undefined> => {
      const key = `${table}/${id}`;
      const known = pending.get(key) ?? fetched.get(key);
      if (known || fetched.has(key)) return known as StoredRecord<T> | undefined;
      return bound(table).get(id);
    };
    const validate = <T extends RecordTable>(table: T, candidate: unknown): RecordOf<T> => {
      const parsed = recordSchemas[table].safeParse(candidate);
      if (!parsed.success) throw new RecordValidationError(table, toFieldIssues(parsed.error));
      return parsed.data as RecordOf<T>;
    };
    const record = <T extends RecordTable>(table: T, next: RecordOf<T>, previous: StoredRecord<T> | undefined, fields: string[]): void => {
      const clocks = { ...(previous?._clocks ?? {}) };
      const values = next as Record<string, unknown>;
      const before = previous as Record<string, unknown> | undefined;
      const operations: FieldOperation[] = [];
      const view = { before: previous ? (stripMeta(previous) as Record<string, unknown>) : null, after: values };
      for (const field of fields) {
        const refusal = writeRefusal(grant, { table, rowId: next.id, field, value: values[field] }, view);
        if (refusal) throw new WriteNotAllowedError(table, next.id, field, refusal);
      }
      for (const field of fields) {
        const hlc = stamp();
        clocks[field] = hlc;
        operations.push({ field, value: values[field] ?? null, hlc });
        if (previous) history.push({ table, rowId: next.id, field, oldValue: before?.[field] ?? null, newValue: values[field] ?? null, at, deviceId, hlc });
      }
      if (operations.length > 0) changes.push({ table, rowId: next.id, operations });
      // The creation stamp: when and on which device the record was made (the History panel's first line).
      if (!previous) clocks.id = operations[0]?.hlc ?? stamp();
      const stored: StoredRecord<T> = { ...next, _clocks: clocks, _search: searchTextOf(next) };
      pending.set(`${table}/${next.id}`, stored);
    };

    const writePending = async (): Promise<void> => {
      const byTable = new Map<RecordTable, StoredRecord<RecordTable>[]>();
      for (const [key, row] of pending) {
        const table = key.slice(0, key.indexOf('/')) as RecordTable;
        const rows = byTable.get(table);
        if (rows) rows.push(row);
        else byTable.set(table, [row]);
        // Written, and still read from memory by later updates of the same record.
        fetched.set(key, row);
      }
      pending.clear();
      for (const [table, rows] of byTable) await bound(table).bulkPut(rows);
    };

    const mutator: Mutator = {
      create: (table, input) => {
        const created = validate(table, { ...input, id: uuidv7(), deleted: false });
        // The row id travels with every operation; it is not a field of its own.
        record(table, created, undefined, Object.keys(created).filter((field) => field !== 'id'));
        return Promise.resolve(created);
      },
      update: async (table, id, patch) => {
        const existing = await load(table, id);
        if (!existing) throw new RecordNotFoundError(table, id);
        const current = stripMeta(existing);
        const next = validate(table, { ...current, ...patch, id });
        const changed = Object.keys(next).filter((field) => !sameValue((current as Record<string, unknown>)[field], (next as Record<string, unknown>)[field]));
        if (changed.length > 0) record(table, next, existing, changed);
        return next;
      },
      setDeleted: async (table, id, deleted) => {
        const existing = await load(table, id);
        if (!existing) throw new RecordNotFoundError(table, id);
        if (existing.deleted === deleted) return;
        record(table, { ...stripMeta(existing), deleted }, existing, ['deleted']);
      },
      get: async (table, id) => {
        const stored = await load(table, id);
        return stored ? stripMeta(stored) : undefined;
      },
      getMany: async (table, ids) => {
        const missing = ids.filter((id) => !pending.has(`${table}/${id}`) && !fetched.has(`${table}/${id}`));
        const rows = await bound(table).bulkGet(missing);
        missing.forEach((id, index) => fetched.set(`${table}/${id}`, rows[index]));
        // From memory, not one async get per id: Dexie keeps its transaction through awaits, not through Promise.all of hundreds.
        return ids.map((id) => {
          const stored = (pending.get(`${table}/${id}`) ?? fetched.get(`${table}/${id}`)) as StoredRecord<typeof table> | undefined;
          return stored ? stripMeta(stored) : undefined;
        });
      },
      flush: writePending,
    };

    const result = await work(mutator);
    await writePending();
    if (changes.length > 0) await (transaction.table('outbox') as DeskDatabase['outbox']).add({ changeId: uuidv7(), deviceId, changes });
    if (history.length > 0) await (transaction.table('history') as DeskDatabase['history']).bulkAdd(history);
    // The clock setting's schema is a non-empty string, which a formatted stamp always is.
    if (clock) await (transaction.table('settings') as DeskDatabase['settings']).put({ key: 'clock', value: formatHlc(clock) });
    return result;
  });
}

export const createRecord = <T extends RecordTable>(table: T, input: RecordInput<T>, db?: DeskDatabase): Promise<RecordOf<T>> =>
  mutate((m) => m.create(table, input), db);
export const updateRecord = <T extends RecordTable>(table: T, id: string, patch: Partial<RecordInput<T>>, db?: DeskDatabase): Promise<RecordOf<T>> =>
  mutate((m) => m.update(table, id, patch), db);
export const deleteRecord = (table: RecordTable, id: string, db?: DeskDatabase): Promise<void> => mutate((m) => m.setDeleted(table, id, true), db);
export const restoreRecord = (table: RecordTable, id: string, db?: DeskDatabase): Promise<void> => mutate((m) => m.setDeleted(table, id, false), db);
