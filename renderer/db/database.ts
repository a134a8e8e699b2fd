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

/**
 * The operations one write made to one record, waiting in the outbox to be pushed. Merging
 * stays per field; the outbox keeps a record's fields together because IndexedDB pays per row,
 * and a 5,000-row import would otherwise queue 55,000 rows. Operation `changeId/field` is the
 * idempotency key of each field operation on the server.
 */
export interface OutboxChange {
  changeId: string;
  deviceId: string;
  table: RecordTable;
  rowId: string;
  operations: FieldOperation[];
  /** The latest stamp among the operations: the outbox is pushed in this order. */
  hlc: string;
}

/** What the History panel of a record shows. `field` is null for the creation of the record. */
export interface HistoryEntry {
  seq?: number;
  table: RecordTable;
  rowId: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  at: string;
  deviceId: string;
  hlc: string;
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
  declare outbox: EntityTable<OutboxChange, 'changeId'>;
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
