import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { recordTables } from '../../../shared/domain/tables';
import { storeAttachment } from '../../db/attachments';
import { DeskDatabase } from '../../db/database';
import { freshDatabases } from '../../db/test-databases';
import { createRecord, deleteRecord, mutate, updateRecord } from '../../db/mutate';
import { ensureDeviceId, readSetting, writeSetting } from '../../db/settings';
import { readSyncState, writeSyncState } from '../sync-state';
import { exportBackup } from './export-backup';
import { BackupFileError, readBackup } from './read-backup';
import { restoreBackup } from './restore-backup';

const freshDb = freshDatabases('desk-backup-');

const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 7, 7, 7]);

/** An office's desk: an alliance, two units (one edited, one deleted), a membership, an event with a photo. */
async function filledDb(): Promise<DeskDatabase> {
  const db = freshDb();
  await writeSetting('officeName', '丽水职教集团秘书处', db);
  const sha256 = await storeAttachment(new File([photo], '启动仪式.png'), db);
  await mutate(async (m) => {
    const alliance = await m.create('alliances', { name: '丽水市现代服务业职业教育集团', kind: 'vocational-education-group' });
    const school = await m.create('units', { name: '丽水职业技术学院', kind: 'higher-vocational-college' });
    await m.create('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise' });
    await m.create('memberships', { allianceId: alliance.id, unitId: school.id, role: 'lead-unit' });
    await m.create('events', { allianceId: alliance.id, title: '集团成立大会', kind: 'founding-meeting', startsOn: '2026-03-18', photos: [sha256] });
  }, db);
  const [school, company] = await db.units.orderBy('id').toArray();
  await updateRecord('units', school?.id ?? '', { address: '丽水市莲都区学院路1号' }, db);
  await deleteRecord('units', company?.id ?? '', db);
  return db;
}

async function contents(db: DeskDatabase) {
  const records = Object.fromEntries(await Promise.all(recordTables.map(async (table) => [table, await db.recordTable(table).orderBy('id').toArray()] as const)));
  const history = (await db.history.toArray()).map((entry) => ({ ...entry, seq: undefined }));
  const attachments = await Promise.all(
    (await db.attachments.toArray()).map(async ({ bytes, ...meta }) => ({ ...meta, bytes: Array.from(new Uint8Array(await bytes.arrayBuffer())) })),
  );
  return { records, history, attachments };
}

describe('backup and restore', () => {
  it('restores into a fresh database the same records, history and attachments, under a new device id', async () => {
    const source = await filledDb();
    const bytes = await exportBackup(source, '0.1.0', new Date('2026-11-22T04:00:00Z'));
    const backup = await readBackup(bytes);
    expect(backup.manifest).toMatchObject({ format: 'alliance-desk-backup', appVersion: '0.1.0', officeName: '丽水职教集团秘书处', counts: { attachments: 1 } });

    const target = freshDb();
    const outcome = await restoreBackup(target, backup);
    expect(await contents(target)).toEqual(await contents(source));
    expect(outcome).toMatchObject({ created: 5, updated: 0, attachmentsAdded: 1, historyAdded: 2 });
    expect(outcome.deviceId).not.toBe(await ensureDeviceId(source));
    expect(await readSetting('deviceId', target)).toBe(outcome.deviceId);
    expect(await readSetting('officeName', target)).toBe('丽水职教集团秘书处');

    // The source never synced: its changes are queued here under their own ids, for this device to push.
    const sourceOutbox = await source.outbox.orderBy('changeId').toArray();
    const targetOutbox = await target.outbox.orderBy('changeId').toArray();
    expect(targetOutbox).toEqual(sourceOutbox);

    // A new edit here is stamped after everything restored, with the new identity.
    const [school] = await target.units.orderBy('id').toArray();
    await updateRecord('units', school?.id ?? '', { address: '丽水市莲都区' }, target);
    const clocks = (await target.units.get(school?.id ?? ''))?._clocks ?? {};
    expect(clocks.address?.endsWith(outcome.deviceId)).toBe(true);
    expect(Object.values(clocks).every((hlc) => hlc <= (clocks.address ?? ''))).toBe(true);
  });

  it('merges an older backup by field clocks: newer edits here stay, nothing is lost', async () => {
    const source = await filledDb();
    const backup = await readBackup(await exportBackup(source, '0.1.0'));
    const target = freshDb();
    await restoreBackup(target, backup);
    const [school] = await target.units.orderBy('id').toArray();
    await updateRecord('units', school?.id ?? '', { name: '丽水职业技术学院（新校区）' }, target);
    const local = await createRecord('people', { name: '周敏' }, target);
    await writeSyncState(target, 'syncCursor', 42);

    const again = await restoreBackup(target, backup);
    expect(again).toMatchObject({ created: 0, updated: 0, attachmentsAdded: 0, historyAdded: 0, pendingQueued: 0 });
    expect((await target.units.get(school?.id ?? ''))?.name).toBe('丽水职业技术学院（新校区）');
    expect(await target.people.get(local.id)).toBeDefined();
    // The sync state is forgotten: the next sync pulls the whole log again.
    expect(await readSyncState(target, 'syncCursor', 0)).toBe(0);

    // The source meanwhile edited another field: restoring its newer backup brings that edit in.
    await updateRecord('units', school?.id ?? '', { address: '丽水市莲都区学院路2号' }, source);
    const newer = await restoreBackup(target, await readBackup(await exportBackup(source, '0.1.0')));
    expect(newer.updated).toBe(1);
    expect(await target.units.get(school?.id ?? '')).toMatchObject({ name: '丽水职业技术学院（新校区）', address: '丽水市莲都区学院路2号' });
  });

  it('refuses bad files with a reason and changes nothing', async () => {
    const source = await filledDb();
    const good = unzipSync(await exportBackup(source, '0.1.0'));
    const target = freshDb();
    await createRecord('units', { name: '本机的单位', kind: 'enterprise' }, target);
    const before = await contents(target);

    const problemOf = async (bytes: Uint8Array): Promise<string> => {
      const error: unknown = await readBackup(bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackupFileError);
      return (error as BackupFileError).problem;
    };
    const changed = (path: string, text: string): Uint8Array => zipSync({ ...good, [path]: strToU8(text) });
    const manifest = JSON.parse(new TextDecoder().decode(good['manifest.json'])) as Record<string, unknown>;

    expect(await problemOf(strToU8('单位名单，不是备份'))).toBe('not-a-zip');
    expect(await problemOf(zipSync({ 'units.csv': strToU8('name\n丽水') }))).toBe('not-a-backup');
    expect(await problemOf(changed('manifest.json', JSON.stringify({ ...manifest, format: 'something-else' })))).toBe('not-a-backup');
    expect(await problemOf(changed('manifest.json', JSON.stringify({ ...manifest, formatVersion: 99 })))).toBe('newer-format');
    expect(await problemOf(changed('records/units.json', '[{"id":"x","_clocks":{},"kind":"castle"}]'))).toBe('damaged');
    expect(await problemOf(changed('history.json', '{'))).toBe('damaged');
    const sha256 = Object.keys(good).find((path) => /^attachments\/[0-9a-f]{64}$/.test(path)) ?? '';
    expect(await problemOf(changed(sha256, 'not the photo'))).toBe('damaged');

    expect(await contents(target)).toEqual(before);
  });
});
