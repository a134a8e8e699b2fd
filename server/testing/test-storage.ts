import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStorage } from '../storage/postgres';
import { SqliteStorage } from '../storage/sqlite';
import type { Storage } from '../storage/storage';

export type StorageKind = 'sqlite' | 'postgres';
export const storageKinds: StorageKind[] = ['sqlite', 'postgres'];

/** The database scripts/postgres-for-tests.sh makes; DATABASE_URL names another (scripts/check-system.mjs has the same default). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://desk:desk@127.0.0.1:5432/desk_test';
}

/**
 * A storage of its own for one test (a temporary SQLite file, or a fresh PostgreSQL schema),
 * reopenable to simulate a server restart, and removed by `dispose`.
 */
export interface TestStorage {
  open(): Promise<Storage>;
  dispose(): Promise<void>;
}

let counter = 0;

export function testStorage(kind: StorageKind): TestStorage {
  counter += 1;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'desk-sync-'));
    return {
      open: () => Promise.resolve(new SqliteStorage(join(dir, 'sync.sqlite'))),
      dispose: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter}`;
  return {
    open: () => PostgresStorage.open(databaseUrl(), { schema, maxConnections: 8 }),
    dispose: async () => {
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
