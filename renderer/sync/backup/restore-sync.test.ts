import 'fake-indexeddb/auto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncService } from '../../../electron/services/sync-client';
import { createCredentialStore } from '../../../electron/services/sync-credentials';
import { enrolBridgeRequestSchema } from '../../../shared/bridge/sync';
import type { TestSyncServer } from '../../../tests/support/sync-server';
import { startTestSyncServer } from '../../../tests/support/sync-server';
import { DeskDatabase } from '../../db/database';
import { createRecord, updateRecord } from '../../db/mutate';
import { ensureDeviceId } from '../../db/settings';
import { createBridgeTransport } from '../bridge-transport';
import { syncOnce } from '../engine';
import { carriedDevices } from '../lineage';
import { exportBackup } from './export-backup';
import { readBackup } from './read-backup';
import { restoreBackup } from './restore-backup';

let server: TestSyncServer;
let workspaceId: string;
let counter = 0;

beforeAll(async () => {
  server = await startTestSyncServer();
  workspaceId = (await server.createWorkspace('丽水市现代服务业职业教育集团')).id;
});
afterAll(() => server.close());

/**
 * A desk: its own database, and its own main-process sync service enrolled with the test server,
 * declaring the devices whose unsent changes it carries, as the Sync screen's enrolment does.
 */
async function desk(before?: (db: DeskDatabase) => Promise<unknown>): Promise<{ db: DeskDatabase; sync: () => Promise<unknown> }> {
  counter += 1;
  const db = new DeskDatabase(`desk-restore-sync-${counter}`);
  await before?.(db);
  const service = createSyncService({ credentials: createCredentialStore(await mkdtemp(join(tmpdir(), 'desk-restore-sync-'))) });
  const enrol = async () => {
    const restoredFrom = await carriedDevices(db);
    return service.enrol(
      enrolBridgeRequestSchema.parse({
        serverUrl: server.url,
        code: await server.issueCode(workspaceId),
        deviceId: await ensureDeviceId(db),
        deviceName: `office ${counter}`,
        ...(restoredFrom.length > 0 ? { restoredFrom } : {}),
      }),
    );
  };
  const enrolled = await enrol();
  if (enrolled.outcome === 'failed') throw new Error(enrolled.failure.code);
  // The service answers the same requests as the bridge client, once validated by the dispatch.
  const transport = createBridgeTransport({ sync: service });
  return { db, sync: () => syncOnce({ db, transport }) };
}

describe('restoring a backup on a machine that syncs', () => {
  it('sends what the lost machine never pushed, and an older backup takes nothing away from the server', async () => {
    const lost = await desk();
    const school = await createRecord('units', { name: '丽水职业技术学院', kind: 'higher-vocational-college', region: '浙江省丽水市' }, lost.db);
    await lost.sync();
    const older = await exportBackup(lost.db, '0.1.0');
    // Changed after its last sync, then the machine is lost: only its backup has these.
    await updateRecord('units', school.id, { address: '丽水市莲都区学院路1号' }, lost.db);
    const company = await createRecord('units', { name: '丽水思博特精密制造有限公司', kind: 'enterprise' }, lost.db);
    const newer = await exportBackup(lost.db, '0.1.0');

    // The replacement restores the backup, then enrols declaring the lost machine: refused while
    // that one is still enrolled (it could still push under its id), taken once the admin revoked it.
    const restore = (db: DeskDatabase) => readBackup(newer).then((backup) => restoreBackup(db, backup));
    await expect(desk(restore)).rejects.toThrow('lineage-refused');
    const lostId = await ensureDeviceId(lost.db);
    expect(await server.storage.revokeDevice(lostId, new Date().toISOString())).toBe(true);
    const replacement = await desk(restore);
    expect(await carriedDevices(replacement.db)).toEqual([lostId]);
    await replacement.sync();
    expect(await replacement.db.outbox.count()).toBe(0);
    expect(await server.storage.authorsFor(await ensureDeviceId(replacement.db))).toContain(lostId);

    const other = await desk();
    await other.sync();
    expect(await other.db.units.get(school.id)).toMatchObject({ address: '丽水市莲都区学院路1号' });
    expect(await other.db.units.get(company.id)).toMatchObject({ name: '丽水思博特精密制造有限公司' });

    // The older backup restored on top changes nothing newer, here or on the server.
    await restoreBackup(replacement.db, await readBackup(older));
    await replacement.sync();
    await other.sync();
    expect(await replacement.db.units.get(school.id)).toMatchObject({ address: '丽水市莲都区学院路1号' });
    expect(await other.db.units.get(school.id)).toMatchObject({ address: '丽水市莲都区学院路1号' });
    expect(await other.db.units.count()).toBe(2);

    // The replacement's own edits carry its new identity and reach the others.
    await updateRecord('units', company.id, { region: '浙江省丽水市' }, replacement.db);
    await replacement.sync();
    await other.sync();
    expect(await other.db.units.get(company.id)).toMatchObject({ region: '浙江省丽水市' });
    for (const { db } of [lost, replacement, other]) db.close();
  });
});
