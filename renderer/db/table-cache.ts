import { liveQuery } from 'dexie';
import type { RecordTable } from '../../shared/domain/tables';
import type { DeskDatabase, StoredRecord } from './database';

interface Entry {
  rows: StoredRecord<RecordTable>[] | undefined;
  listeners: Set<() => void>;
  started: boolean;
}

/**
 * Whole tables of the registry kept in memory and live: Dexie's liveQuery re-reads a table when
 * any tab or the sync client writes it. Lists of 30,000 people open without waiting on
 * IndexedDB because the rows are already here, and every screen showing the same table shares
 * one copy.
 */
export class TableCache {
  private readonly entries = new Map<RecordTable, Entry>();

  constructor(
    private readonly db: DeskDatabase,
    private readonly onError: (table: RecordTable, error: unknown) => void,
  ) {}

  private entry(table: RecordTable): Entry {
    let entry = this.entries.get(table);
    if (!entry) {
      entry = { rows: undefined, listeners: new Set(), started: false };
      this.entries.set(table, entry);
    }
    if (!entry.started) {
      entry.started = true;
      const current = entry;
      liveQuery(() => this.db.recordTable(table).toArray()).subscribe({
        next: (rows) => {
          // Kept in name order (the search text starts with the name's pinyin): lists show this
          // order by default and then need no sort when they open.
          rows.sort((a, b) => (a._search < b._search ? -1 : a._search > b._search ? 1 : 0));
          current.rows = rows;
          for (const listener of current.listeners) listener();
        },
        error: (error: unknown) => this.onError(table, error),
      });
    }
    return entry;
  }

  /** The subscription stays open when the last screen leaves: the table stays warm. */
  subscribe(table: RecordTable, listener: () => void): () => void {
    const entry = this.entry(table);
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }

  /** undefined until the table has been read once. */
  rows<T extends RecordTable>(table: T): StoredRecord<T>[] | undefined {
    return this.entry(table).rows as StoredRecord<T>[] | undefined;
  }

  /** Starts reading tables before any screen asks, so the first list opens from memory too. */
  warm(tables: readonly RecordTable[]): void {
    for (const table of tables) this.entry(table);
  }
}
