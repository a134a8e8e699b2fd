import 'fake-indexeddb/auto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../electron/services/backup-store';
import type { DeskClient } from '../../../shared/bridge/desk-api';
import { DeskDatabase } from '../../db/database';
import { createRecord } from '../../db/mutate';
import { runAutomaticBackup } from './automatic-backup';
import { readBackup } from './read-backup';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The bridge's backup endpoints over the real main-process store in a temporary folder. */
async function bridgeOverStore(clock: { now: Date }): Promise<Pick<DeskClient, 'app' | 'backup'>> {
  const store = createBackupStore(await mkdtemp(join(tmpdir(), 'desk-auto-')), () => clock.now);
  return {
    app: {
      info: () => Promise.resolve({ productName: 'Alliance Desk', version: '0.1.0', dataDir: '/tmp', platform: 'linux', arch: 'x64', runtime: 'browser', versions: { node: '20' } }),
      setLocale: () => Promise.resolve({}),
    },
    backup: {
      storeAutomatic: ({ bytes }) => store.storeAutomatic(bytes),
      listAutomatic: async () => ({ backups: await store.listAutomatic() }),
      readAutomatic: async ({ name }) => ({ bytes: await store.readAutomatic(name) }),
    },
  };
}

describe('the daily automatic backup', () => {
  it('makes one a day once the desk holds records, and the stored file restores', async () => {
    const db = new DeskDatabase('desk-auto-1');
    opened.push(db);
    const clock = { now: new Date('2026-11-01T08:00:00Z') };
    const desk = await bridgeOverStore(clock);
    expect(await runAutomaticBackup(db, desk, clock.now)).toBe('empty');

    await createRecord('units', { name: '丽水职业技术学院', kind: 'higher-vocational-college' }, db);
    expect(await runAutomaticBackup(db, desk, clock.now)).toBe('stored');
    clock.now = new Date('2026-11-01T20:00:00Z');
    expect(await runAutomaticBackup(db, desk, clock.now)).toBe('recent');
    clock.now = new Date('2026-11-02T08:00:01Z');
    expect(await runAutomaticBackup(db, desk, clock.now)).toBe('stored');

    const { backups } = await desk.backup.listAutomatic({});
    expect(backups.map((backup) => backup.createdAt)).toEqual(['2026-11-02T08:00:01.000Z', '2026-11-01T08:00:00.000Z']);
    const restored = await readBackup((await desk.backup.readAutomatic({ name: backups[0]?.name ?? '' })).bytes);
    expect(restored.records.find((entry) => entry.table === 'units')?.rows[0]?.record).toMatchObject({ name: '丽水职业技术学院' });
  });
});
