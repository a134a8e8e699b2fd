/**
 * The sync server's schema, once for both databases: numbered migrations, applied in order, each in
 * the transaction that records it in `schema_version` when a storage opens (sqlite.ts, postgres.ts).
 *
 * To change the schema, append one entry with the next version number; never edit an applied one.
 * Where SQLite and PostgreSQL differ only in a type name, write it through the dialect (`d.bytes`,
 * `d.flag`, …); where they differ more, give `sqlite` and `postgres` texts:
 *
 *   { version: 2, description: 'devices record the device they were restored from',
 *     up: () => 'ALTER TABLE devices ADD COLUMN restored_from TEXT' },
 */
export interface Dialect {
  name: 'sqlite' | 'postgres';
  /** A sequence number or a size. */
  bigint: string;
  bytes: string;
  /** A yes/no column with its "no": SQLite's old databases hold 0/1 in an INTEGER. */
  flag: string;
  no: string;
}

export const sqliteDialect: Dialect = { name: 'sqlite', bigint: 'INTEGER', bytes: 'BLOB', flag: 'INTEGER', no: '0' };
export const postgresDialect: Dialect = { name: 'postgres', bigint: 'BIGINT', bytes: 'BYTEA', flag: 'BOOLEAN', no: 'FALSE' };

export interface Migration {
  version: number;
  description: string;
  /** Statements separated by semicolons, for the dialect the storage gives. */
  up: (d: Dialect) => string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'workspaces, enrolment codes, devices, the log of operations, merged state, number collisions, attachments',
    // IF NOT EXISTS: a database made before versioned migrations (schema 0) holds exactly these
    // tables; it adopts them as version 1 and goes on from there. The partial index's condition is
    // `uniqueCondition` (storage.ts) as it stood then; storage.test.ts checks they still agree.
    up: (d) => `
CREATE TABLE IF NOT EXISTS workspaces (
  id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, seq ${d.bigint} NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS enrolment_codes (
  code_hash TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id), created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL, used_at TEXT, used_by TEXT);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL, last_seen_at TEXT, revoked_at TEXT);
CREATE TABLE IF NOT EXISTS ops (
  workspace_id TEXT NOT NULL, seq ${d.bigint} NOT NULL, op_id TEXT NOT NULL, device_id TEXT NOT NULL,
  tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL,
  received_at TEXT NOT NULL, PRIMARY KEY (workspace_id, seq), UNIQUE (workspace_id, op_id));
CREATE TABLE IF NOT EXISTS state (
  workspace_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL,
  value TEXT NOT NULL, hlc TEXT NOT NULL, PRIMARY KEY (workspace_id, tbl, row_id, field));
CREATE INDEX IF NOT EXISTS state_unique_values ON state (workspace_id, tbl, field, value) WHERE (tbl = 'issuedDocuments' AND field = 'number');
CREATE TABLE IF NOT EXISTS collisions (
  workspace_id TEXT NOT NULL, tbl TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
  detected_at TEXT NOT NULL, PRIMARY KEY (workspace_id, tbl, field, value));
CREATE TABLE IF NOT EXISTS attachments (
  workspace_id TEXT NOT NULL, sha256 TEXT NOT NULL, name TEXT NOT NULL, mime_type TEXT NOT NULL,
  size ${d.bigint} NOT NULL, bytes ${d.bytes} NOT NULL, complete ${d.flag} NOT NULL DEFAULT ${d.no},
  PRIMARY KEY (workspace_id, sha256));`,
  },
  {
    version: 2,
    description: 'device lineage: a device restored from another one\'s backup declares it at enrolment, and may push that device\'s operations',
    // restored_from has no foreign key: a backed-up machine may never have been enrolled.
    up: () => `
CREATE TABLE device_lineage (
  device_id TEXT NOT NULL REFERENCES devices(id), restored_from TEXT NOT NULL, workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  declared_at TEXT NOT NULL, PRIMARY KEY (device_id, restored_from));
CREATE INDEX device_lineage_restored_from ON device_lineage (restored_from);`,
  },
  {
    version: 3,
    description: 'device roles: each device and each enrolment code has a role (secretariat, member-office, read-only) and a member office its unit',
    // Devices and codes from before roles keep the rights they had: secretariat (shared/sync/permissions.ts).
    up: () => `
ALTER TABLE devices ADD COLUMN role TEXT NOT NULL DEFAULT 'secretariat';
ALTER TABLE devices ADD COLUMN unit_id TEXT;
ALTER TABLE enrolment_codes ADD COLUMN role TEXT NOT NULL DEFAULT 'secretariat';
ALTER TABLE enrolment_codes ADD COLUMN unit_id TEXT;`,
  },
];

/** The table that says which migrations a database holds; created before any migration runs. */
export const schemaVersionTable = 'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)';

export class SchemaTooNewError extends Error {
  constructor(held: number, known: number) {
    super(`The sync server's database is at schema version ${held}, made by a newer server; this server knows versions up to ${known}. Start the newer server, or restore a backup made before the upgrade.`);
    this.name = 'SchemaTooNewError';
  }
}

/** The migrations a database at `held` (the highest applied version, 0 for none) still needs, in order. */
export function pendingMigrations(held: number, list: readonly Migration[] = migrations): Migration[] {
  const known = list.at(-1)?.version ?? 0;
  if (held > known) throw new SchemaTooNewError(held, known);
  return list.filter((migration) => migration.version > held);
}

/** Each migration's number is its place in the list: a gap or a repeat is a mistake in this file. */
export function checkMigrationList(list: readonly Migration[] = migrations): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migration ${index + 1} is numbered ${migration.version}.`);
  });
}
