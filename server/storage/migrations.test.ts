import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc';
import type { LoggedOp, WireOp } from '../../shared/sync/protocol';
import { buildApp } from '../app';
import { databaseUrl } from '../testing/test-storage';
import { fixtureAttachment, fixtureDevices, fixtureOther, fixturePartial, fixturePushes, fixtureWorkspace } from './fixtures/fixture-data';
import { checkMigrationList, migrations, pendingMigrations, SchemaTooNewError } from './migrations';
import { PostgresStorage } from './postgres';
import { SqliteStorage } from './sqlite';
import type { Storage } from './storage';
import { uniqueCondition } from './storage';

const fixtures = join(import.meta.dirname, 'fixtures');
const newest = migrations.at(-1)?.version ?? 0;

/** A database as a server of schema 0 left it, or an empty one, opened by today's code; and a raw look inside. */
interface Place {
  open(): Promise<Storage>;
  versions(): Promise<number[]>;
  /** Table → its column names, as the database describes itself. */
  columns(): Promise<Record<string, string[]>>;
  setVersion(version: number): Promise<void>;
  dispose(): Promise<void>;
}

function sqlitePlace(fromFixture: boolean): Place {
  const dir = mkdtempSync(join(tmpdir(), 'desk-migrate-'));
  const file = join(dir, 'desk-sync.sqlite');
  if (fromFixture) copyFileSync(join(fixtures, 'schema-0.sqlite'), file);
  const raw = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(file);
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    // A refused file throws in the constructor: the promise carries it, as PostgreSQL's does.
    open: () => new Promise((done) => done(new SqliteStorage(file))),
    versions: () => Promise.resolve(raw((db) => (db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[]).map((row) => row.version))),
    columns: () =>
      Promise.resolve(
        raw((db) => {
          const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
          return Object.fromEntries(tables.map((table) => [table, (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name)]));
        }),
      ),
    setVersion: (version) => {
      raw((db) => db.prepare("INSERT INTO schema_version VALUES (?, 'from a newer server', '2027-01-01')").run(version));
      return Promise.resolve();
    },
    dispose: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

let counter = 0;
function postgresPlace(fromFixture: boolean): Place {
  counter += 1;
  const schema = `m_${process.pid}_${Date.now().toString(36)}_${counter}`;
  const raw = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl(), options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  let loaded = !fromFixture;
  return {
    async open() {
      if (!loaded) {
        await raw(async (client) => {
          await client.query(`CREATE SCHEMA ${schema}`);
          await client.query(readFileSync(join(fixtures, 'schema-0.postgres.sql'), 'utf8'));
        });
        loaded = true;
      }
      return PostgresStorage.open(databaseUrl(), { schema, maxConnections: 4 });
    },
    versions: () => raw(async (client) => (await client.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).rows.map((row) => row.version)),
    columns: () =>
      raw(async (client) => {
        const rows = await client.query<{ table_name: string; column_name: string }>(
          'SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position',
          [schema],
        );
        const found: Record<string, string[]> = {};
        for (const row of rows.rows) (found[row.table_name] ??= []).push(row.column_name);
        return found;
      }),
    setVersion: async (version) => {
      await raw((client) => client.query("INSERT INTO schema_version VALUES ($1, 'from a newer server', '2027-01-01')", [version]));
    },
    dispose: async () => {
      await raw((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
  };
}

const places = { sqlite: sqlitePlace, postgres: postgresPlace };

describe('the list of migrations', () => {
  it('is numbered 1, 2, 3 … and asks a database of a newer server to be opened by that server', () => {
    expect(() => checkMigrationList()).not.toThrow();
    expect(pendingMigrations(0).map((migration) => migration.version)).toEqual(migrations.map((migration) => migration.version));
    expect(pendingMigrations(newest)).toEqual([]);
    expect(() => pendingMigrations(newest + 1)).toThrow(SchemaTooNewError);
    expect(() => checkMigrationList([{ version: 1, description: 'a', up: () => '' }, { version: 3, description: 'b', up: () => '' }])).toThrow('Migration 2 is numbered 3.');
  });

  it('indexes exactly the unique fields the storages query', () => {
    // The first migration froze the partial index's condition; a new unique field needs a migration that rebuilds it.
    for (const dialect of ['sqlite', 'postgres'] as const) {
      expect(migrations[0]?.up({ name: dialect, bigint: '', bytes: '', flag: '', no: '' })).toContain(`WHERE ${uniqueCondition};`);
    }
  });
});

describe.each(['sqlite', 'postgres'] as const)('upgrading a %s database made by the server before versioned migrations', (kind) => {
  const used: { place: Place; storage?: Storage }[] = [];
  const place = (fromFixture: boolean): { place: Place; storage?: Storage } => {
    const entry = { place: places[kind](fromFixture) };
    used.push(entry);
    return entry;
  };
  afterEach(async () => {
    for (const entry of used.splice(0)) {
      await entry.storage?.close().catch(() => undefined);
      await entry.place.dispose();
    }
  });

  it('keeps every workspace, device, operation, merged value, collision and attachment, and the server serves them', async () => {
    const entry = place(true);
    const storage = (entry.storage = await entry.place.open());
    expect(await entry.place.versions()).toEqual(migrations.map((migration) => migration.version));

    const workspace = await storage.findWorkspace(fixtureWorkspace.name);
    expect(workspace?.name).toBe(fixtureWorkspace.name);
    expect((await storage.listWorkspaces()).map((listed) => listed.name).sort()).toEqual([fixtureOther.name, fixtureWorkspace.name].sort());
    const workspaceId = workspace?.id ?? '';
    expect((await storage.listDevices(workspaceId)).map(({ id, name, lastSeenAt, revokedAt }) => ({ id, name, lastSeenAt, revokedAt })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: fixtureDevices[0].id, name: fixtureDevices[0].name, lastSeenAt: '2026-11-22T05:00:00.000Z', revokedAt: null },
      { id: fixtureDevices[1].id, name: fixtureDevices[1].name, lastSeenAt: null, revokedAt: null },
    ]);
    const state = await storage.state(workspaceId);
    expect(state.find((field) => field.table === 'units' && field.field === 'name')?.value).toBe(fixturePushes[1]?.[0]?.value);
    expect(state.find((field) => field.table === 'units' && field.field === 'region')?.value).toBe('浙江省丽水市𥒚洲');
    expect(state.find((field) => field.field === 'note')?.value).toEqual({ lines: ['上官㐂', '𫖯'], count: 2 });
    expect((await storage.collisions(workspaceId)).map((collision) => collision.value)).toEqual(['LSZZ-2026-KQ-Z017']);
    expect(await storage.attachment(workspaceId, fixtureAttachment.sha256)).toEqual({ ...fixtureAttachment.meta, received: 6, complete: true });
    expect(Array.from((await storage.attachmentBytes(workspaceId, fixtureAttachment.sha256)) ?? [])).toEqual(Array.from(fixtureAttachment.bytes));
    // Half an upload from before the upgrade goes on at its offset.
    expect(await storage.appendAttachment(workspaceId, fixturePartial.sha256, fixturePartial.meta, 2, new Uint8Array([0x44, 0x46]))).toMatchObject({ received: 4 });

    // A device enrolled before the upgrade signs in with its token and pulls the log as it was.
    const app = buildApp({ storage });
    try {
      const headers = { 'x-desk-protocol': '1', authorization: `Bearer ${fixtureDevices[1].token}` };
      const pulled = await app.inject({ method: 'GET', url: '/v1/pull?after=0&limit=100', headers });
      expect(pulled.statusCode).toBe(200);
      const body = pulled.json<{ ops: LoggedOp[]; serverSeq: number }>();
      const pushed = fixturePushes.flat();
      expect(body.ops.map(({ opId, deviceId, table, rowId, field, value, hlc }) => ({ opId, deviceId, table, rowId, field, value, hlc }))).toEqual(pushed);
      expect(body.ops.map((op) => op.seq)).toEqual(pushed.map((_op, index) => index + 1));
      expect(body.serverSeq).toBe(pushed.length);
      // And the log goes on from its last number.
      const deviceId = fixtureDevices[1].id;
      const next: WireOp = { opId: 'c0000003-0000-4000-8000-000000000001:0', deviceId, table: 'units', rowId: pushed[0]?.rowId ?? '', field: 'shortName', value: '秦岭恒拓', hlc: formatHlc({ wallMs: 1_790_000_000_000, counter: 0, deviceId }) };
      const push = await app.inject({ method: 'POST', url: '/v1/push', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ ops: [next] }) });
      expect(push.statusCode, push.body).toBe(200);
      expect(push.json<{ serverSeq: number }>().serverSeq).toBe(pushed.length + 1);
    } finally {
      await app.close();
    }
  });

  it('ends with the same tables and columns as a new database, and migrates once', async () => {
    const upgraded = place(true);
    upgraded.storage = await upgraded.place.open();
    const fresh = place(false);
    fresh.storage = await fresh.place.open();
    expect(await upgraded.place.columns()).toEqual(await fresh.place.columns());
    await upgraded.storage.close();
    upgraded.storage = await upgraded.place.open();
    expect(await upgraded.place.versions()).toEqual(migrations.map((migration) => migration.version));
  });

  it('refuses to open a database a newer server has migrated, saying so', async () => {
    const entry = place(false);
    await (await entry.place.open()).close();
    await entry.place.setVersion(newest + 1);
    await expect(entry.place.open()).rejects.toThrow(`schema version ${newest + 1}, made by a newer server`);
  });
});
