import type { EntityTable, Table } from 'dexie';
import { Dexie } from 'dexie';
import type { RecordOf, RecordTable } from '../../shared/domain/tables';
import type { SchemaVersion } from './schema';
import { applySchema, schemaVersions } from './schema';

/** Device settings: never synced (DESIGN.md §2). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A record as stored: the domain record, the clock of each field, and its search text. */
export type StoredRecord<T extends RecordTable> = RecordOf<T> & {
  _clocks: Record<string, string>;
  _search: string;
};

/** One field of one record set to a value at a clock stamp: the unit of merge (DESIGN.md §4). */
export interface FieldOperation {
  field: string;
  value: unknown;
  hlc: string;
}

/** The field operations one mutation made to one record. */
export interface RecordChange {
  table: RecordTable;
  rowId: string;
  operations: FieldOperation[];
}

/**
 * What one mutation changed, waiting in the outbox to be pushed. Merging stays per field
 * (DESIGN.md §4); the outbox keeps a mutation's operations in one row because IndexedDB pays
 * per row, and a 5,000-row import queued field by field would write 55,000 rows.
 * `changeId/table/rowId/field` identifies each field operation for idempotent pushes.
 */
export interface OutboxEntry {
  /** A UUIDv7: the outbox is pushed in the order of these ids, the order of the writes. */
  changeId: string;
  deviceId: string;
  changes: RecordChange[];
}

/**
 * A change of one field, for the History panel. A record's creation is not entered: its time
 * and device are in the stamp `_clocks.id`, which nothing changes later.
 */
export interface HistoryEntry {
  seq?: number;
  table: RecordTable;
  rowId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  deviceId: string;
  hlc: string;
  /** A pulled change of another office replaced a value this device wrote (renderer/sync/replacements.ts). */
  replacedMine?: boolean;
}

/** Photos and scans, stored once by the SHA-256 of their bytes. */
export interface Attachment {
  sha256: string;
  name: string;
  mimeType: string;
  size: number;
  bytes: Blob;
}

type RecordTables = { [T in RecordTable]: Table<StoredRecord<T>, string> };

export class DeskDatabase extends Dexie {
  declare settings: EntityTable<SettingRow, 'key'>;
  declare alliances: RecordTables['alliances'];
  declare units: RecordTables['units'];
  declare memberships: RecordTables['memberships'];
  declare people: RecordTables['people'];
  declare appointments: RecordTables['appointments'];
  declare events: RecordTables['events'];
  declare participants: RecordTables['participants'];
  declare agreements: RecordTables['agreements'];
  declare attachments: EntityTable<Attachment, 'sha256'>;
  declare outbox: EntityTable<OutboxEntry, 'changeId'>;
  declare history: EntityTable<HistoryEntry, 'seq'>;

  constructor(name = 'alliance-desk', versions: readonly SchemaVersion[] = schemaVersions, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchema(this, versions);
  }

  recordTable<T extends RecordTable>(table: T): Table<StoredRecord<T>, string> {
    return this.table(table);
  }
}

export const db = new DeskDatabase();
