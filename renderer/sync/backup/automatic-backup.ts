import type { DeskClient } from '../../../shared/bridge/desk-api';
import { recordTables } from '../../../shared/domain/tables';
import type { DeskDatabase } from '../../db/database';
import { exportBackup } from './export-backup';

const dayMs = 24 * 60 * 60 * 1000;

export type AutomaticBackupResult = 'stored' | 'recent' | 'empty';

async function isEmpty(db: DeskDatabase): Promise<boolean> {
  for (const table of recordTables) if ((await db.recordTable(table).count()) > 0) return false;
  return true;
}

/**
 * The daily automatic backup: the registry lives here in the renderer, so the renderer makes the
 * file, and the main process keeps it with the last 13 in the data folder. Nothing is made when
 * the newest is less than a day old, or while the desk holds no records at all.
 */
export async function runAutomaticBackup(db: DeskDatabase, desk: Pick<DeskClient, 'app' | 'backup'>, now: Date = new Date()): Promise<AutomaticBackupResult> {
  const { backups } = await desk.backup.listAutomatic({});
  const newest = backups[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < dayMs) return 'recent';
  if (await isEmpty(db)) return 'empty';
  const { version } = await desk.app.info({});
  await desk.backup.storeAutomatic({ bytes: await exportBackup(db, version, now) });
  return 'stored';
}

/** At start and then every hour, so a desk left open for days still gets its daily backup. */
export function startAutomaticBackups(db: DeskDatabase, desk: Pick<DeskClient, 'app' | 'backup'>, log: (error: unknown) => void): () => void {
  const run = (): void => {
    runAutomaticBackup(db, desk).catch(log);
  };
  const first = setTimeout(run, 10_000);
  const hourly = setInterval(run, 60 * 60 * 1000);
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}
