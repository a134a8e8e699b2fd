import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from './backup-store';

const day = 24 * 60 * 60 * 1000;

describe('automatic backups in the data folder', () => {
  it('keeps the newest 14 of daily backups, newest first, and reads each back', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'desk-backups-'));
    let time = Date.parse('2026-11-01T08:00:00.000Z');
    const store = createBackupStore(dataDir, () => new Date(time));
    for (let index = 0; index < 20; index++) {
      await store.storeAutomatic(new TextEncoder().encode(`backup ${index}`));
      time += day;
    }
    const backups = await store.listAutomatic();
    expect(backups).toHaveLength(14);
    expect(backups[0]).toEqual({ name: 'alliance-desk-20261120T080000000Z.zip', createdAt: '2026-11-20T08:00:00.000Z', size: 9 });
    expect(backups.at(-1)?.createdAt).toBe('2026-11-07T08:00:00.000Z');
    expect(new TextDecoder().decode(await store.readAutomatic(backups[0]?.name ?? ''))).toBe('backup 19');
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual(backups.map((backup) => backup.name).sort());
  });

  it('lists nothing before the first backup, and ignores files it did not make', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'desk-backups-'));
    const store = createBackupStore(dataDir);
    expect(await store.listAutomatic()).toEqual([]);
    await store.storeAutomatic(new Uint8Array([1, 2, 3]));
    await writeFile(join(dataDir, 'backups', 'notes.txt'), 'mine');
    expect((await store.listAutomatic()).map((backup) => backup.size)).toEqual([3]);
  });

  it('refuses names outside the backups it made', async () => {
    const store = createBackupStore(await mkdtemp(join(tmpdir(), 'desk-backups-')));
    await expect(store.readAutomatic('../sync-credentials.json')).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(store.readAutomatic('alliance-desk-20261120T080000000Z.zip')).rejects.toMatchObject({ code: 'io-failed' });
  });
});
