import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import type { SchemaVersion } from './schema';
import { applySchema, schemaVersions } from './schema';

/** Device settings: never synced (DESIGN.md §2). */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class DeskDatabase extends Dexie {
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name = 'alliance-desk', versions: readonly SchemaVersion[] = schemaVersions, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applySchema(this, versions);
  }
}

export const db = new DeskDatabase();
