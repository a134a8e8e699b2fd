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

/** One field of one record changed on this device, waiting to be pushed (DESIGN.md §4). */
export interface Operation {
  opId: string;
  deviceId: string;
  table: RecordTable;
  rowId: string;
  field: string;
  value: unknown;
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
  declare outbox: EntityTable<Operation, 'opId'>;
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
