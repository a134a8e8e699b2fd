import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerFixture } from '../testing/server-fixture';
import { storageKinds } from '../testing/test-storage';
import { AdminError, createWorkspace, issueEnrolmentCode, listDevices, revokeDevice } from './commands';

describe.each(storageKinds)('the admin commands on %s', (kind) => {
  const servers: ServerFixture[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
  });

  it('creates a workspace once, issues codes for it, lists its devices and revokes one', async () => {
    const server = await new ServerFixture(kind).start();
    servers.push(server);
    const workspace = await createWorkspace(server.storage, ' 丽水职教集团 ');
    expect(workspace.name).toBe('丽水职教集团');
    await expect(createWorkspace(server.storage, '丽水职教集团')).rejects.toThrow(AdminError);
    await expect(issueEnrolmentCode(server.storage, '没有这个')).rejects.toThrow('No workspace');
    await expect(issueEnrolmentCode(server.storage, '丽水职教集团', 0)).rejects.toThrow(AdminError);
    const issued = await issueEnrolmentCode(server.storage, workspace.id, 3, Date.parse('2026-11-22T00:00:00Z'));
    expect(issued.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(issued.expiresAt).toBe('2026-11-25T00:00:00.000Z');
    const device = await server.enrol('丽水职教集团', randomUUID());
    expect((await listDevices(server.storage, '丽水职教集团')).devices).toEqual([expect.objectContaining({ id: device.deviceId, revokedAt: null })]);
    await revokeDevice(server.storage, device.deviceId);
    expect((await listDevices(server.storage, '丽水职教集团')).devices[0]?.revokedAt).not.toBeNull();
    await expect(revokeDevice(server.storage, randomUUID())).rejects.toThrow('No device');
  });
});
