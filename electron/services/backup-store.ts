import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutomaticBackup } from '../../shared/bridge/backup';
import { automaticBackupNameSchema, keptAutomaticBackups } from '../../shared/bridge/backup';
import { DeskError } from '../../shared/bridge/result';
import { toDeskError, writeFileAtomically } from './write-file';

export interface BackupStore {
  /** Writes the backup under a name made from `now`, then keeps only the newest ones. */
  storeAutomatic(bytes: Uint8Array): Promise<AutomaticBackup>;
  /** Newest first. */
  listAutomatic(): Promise<AutomaticBackup[]>;
  readAutomatic(name: string): Promise<Uint8Array>;
}

function nameFor(time: Date): string {
  return `alliance-desk-${time.toISOString().replace(/[-:.]/g, '')}.zip`;
}

/** 20261122T041826123Z → 2026-11-22T04:18:26.123Z */
function timeOf(name: string): string {
  const digits = name.slice('alliance-desk-'.length, -'.zip'.length);
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T${digits.slice(9, 11)}:${digits.slice(11, 13)}:${digits.slice(13, 15)}.${digits.slice(15, 18)}Z`;
}

/**
 * The rotating automatic backups in `<data>/backups/`. The registry lives in the renderer, so the
 * renderer makes the bytes; the main process only writes them atomically (a crash leaves the
 * previous backups and no half file) and deletes all but the newest {@link keptAutomaticBackups}.
 */
export function createBackupStore(dataDir: string, now: () => Date = () => new Date()): BackupStore {
  const dir = join(dataDir, 'backups');

  const list = async (): Promise<AutomaticBackup[]> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const backups = names.filter((name) => automaticBackupNameSchema.safeParse(name).success).sort().reverse();
    return Promise.all(backups.map(async (name) => ({ name, createdAt: timeOf(name), size: (await stat(join(dir, name))).size })));
  };

  return {
    async storeAutomatic(bytes) {
      await mkdir(dir, { recursive: true }).catch((error: unknown) => {
        throw toDeskError(error, dir);
      });
      const name = nameFor(now());
      await writeFileAtomically(join(dir, name), bytes);
      const all = await list();
      for (const old of all.slice(keptAutomaticBackups)) await rm(join(dir, old.name), { force: true });
      return { name, createdAt: timeOf(name), size: bytes.byteLength };
    },
    listAutomatic: list,
    async readAutomatic(name) {
      if (!automaticBackupNameSchema.safeParse(name).success) throw new DeskError('invalid-request', `Not an automatic backup: ${name}`);
      try {
        return new Uint8Array(await readFile(join(dir, name)));
      } catch (error) {
        throw new DeskError('io-failed', `Could not read the backup ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
