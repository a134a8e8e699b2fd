import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PostgresStorage } from './storage/postgres';
import { SqliteStorage } from './storage/sqlite';
import type { Storage } from './storage/storage';

export interface StorageConfig {
  /** The data folder: the SQLite file lives here. */
  dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  databaseUrl?: string;
}

export const sqliteFileName = 'desk-sync.sqlite';

/** SQLite in the data folder by default; PostgreSQL when a DATABASE_URL is given. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.databaseUrl) return PostgresStorage.open(config.databaseUrl);
  const dir = resolve(config.dataDir);
  mkdirSync(dir, { recursive: true });
  return new SqliteStorage(join(dir, sqliteFileName));
}

/** `--name value` or `--name=value` from the command line, else the environment variable. */
export function option(args: string[], name: string, envName: string): string | undefined {
  for (const [index, arg] of args.entries()) {
    if (arg === `--${name}`) return args[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return process.env[envName] || undefined;
}

export function storageConfigFrom(args: string[]): StorageConfig {
  return { dataDir: option(args, 'data', 'DESK_SERVER_DATA') ?? './server-data', databaseUrl: option(args, 'database-url', 'DATABASE_URL') };
}
