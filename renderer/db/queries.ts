import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useSyncExternalStore } from 'react';
import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import type { HistoryEntry, StoredRecord } from './database';
import { db } from './database';
import { derive } from './derive';
import { TableCache } from './table-cache';

/** The registry's tables in memory, shared by every screen (see TableCache). */
export const tableCache = new TableCache(db, (table, error) => console.error(`reading ${table} failed`, error));

/**
 * Live reads of the registry. Every hook returns undefined while loading; lists leave out
 * deleted records unless asked for them.
 */
export function useRecords<T extends RecordTable>(table: T, options: { includeDeleted?: boolean } = {}): StoredRecord<T>[] | undefined {
  const subscribe = useCallback((listener: () => void) => tableCache.subscribe(table, listener), [table]);
  useSyncExternalStore(subscribe, () => tableCache.rows(table));
  return cachedRecords(table, options);
}

/**
 * What useRecords returns, read outside React: code that prepares a screen's rows while the app
 * is idle reads the very arrays the screen will, so the screen finds them already derived.
 */
export function cachedRecords<T extends RecordTable>(table: T, options: { includeDeleted?: boolean } = {}): StoredRecord<T>[] | undefined {
  const rows = tableCache.rows(table);
  if (options.includeDeleted || !rows) return rows;
  return derive(`live ${table}`, [rows], () => rows.filter((row) => !row.deleted));
}

/** Records whose indexed field equals a value (a unit's memberships, an event's participants). */
export function useRecordsWhere<T extends RecordTable>(table: T, index: keyof RecordOf<T> & string, value: string | undefined): StoredRecord<T>[] | undefined {
  return useLiveQuery(async () => {
    if (!value) return [];
    const rows = await db.recordTable(table).where(index).equals(value).toArray();
    return rows.filter((row) => !row.deleted);
  }, [table, index, value]);
}

/** null when there is no such record (deleted ones are returned, marked deleted). */
export function useRecord<T extends RecordTable>(table: T, id: string | undefined): StoredRecord<T> | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.recordTable(table).get(id)) ?? null) : null), [table, id]);
}

/** A lookup of names by id, for showing the unit or person a record refers to. */
export function useNames(table: NamedTable): Map<string, string> | undefined {
  useRecords(table, { includeDeleted: true });
  return cachedNames(table);
}

type NamedTable = 'units' | 'people' | 'alliances' | 'events';

/** useNames outside React (see cachedRecords). */
export function cachedNames(table: NamedTable): Map<string, string> | undefined {
  const rows = cachedRecords(table, { includeDeleted: true });
  if (!rows) return undefined;
  return derive(`names ${table}`, [rows], () => {
    const names = new Map<string, string>();
    for (const row of rows) {
      const record = row as { id: string; name?: string; title?: string };
      names.set(record.id, record.name ?? record.title ?? '');
    }
    return names;
  });
}

/** The change history of one record, newest first. */
export function useHistory(table: RecordTable, id: string | undefined): HistoryEntry[] | undefined {
  return useLiveQuery(async () => {
    if (!id) return [];
    const entries = await db.history.where({ table, rowId: id }).toArray();
    return entries.reverse();
  }, [table, id]);
}
