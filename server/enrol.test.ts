import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { protocolHeader, protocolVersion } from '../shared/sync/protocol';
import { issueEnrolmentCode, revokeDevice } from './admin/commands';
import { opFactory } from './testing/ops';
import type { ServerFixture } from './testing/server-fixture';
import { serversFor } from './testing/server-fixture';
import { storageKinds } from './testing/test-storage';

const minute = 60_000;

describe.each(storageKinds)('enrolment on %s (issue 13.4)', (kind) => {
  const startServer = serversFor(kind);
  let clock = 1_790_000_000_000;
  const start = (): Promise<ServerFixture> => startServer({ now: () => clock });
  const enrolFrom = (server: ServerFixture, address: string, code: string, deviceId: string = randomUUID()) =>
    server.app.inject({
      method: 'POST',
      url: '/v1/enrol',
      remoteAddress: address,
      headers: { [protocolHeader]: String(protocolVersion), 'content-type': 'application/json' },
      payload: JSON.stringify({ code, deviceId, deviceName: '丽水市现代服务业职业教育集团秘书处' }),
    });
  const codeFor = async (server: ServerFixture, workspace: string): Promise<string> => {
    if (!(await server.storage.findWorkspace(workspace))) await server.storage.createWorkspace(workspace, new Date(clock).toISOString());
    return (await issueEnrolmentCode(server.storage, workspace, 7, clock)).code;
  };

  it('refuses a new code with the id of an enrolled device: that device keeps its token', async () => {
    const server = await start();
    const office = await server.enrol('丽水职教集团');
    const takeover = await enrolFrom(server, '10.0.0.9', await codeFor(server, '丽水职教集团'), office.deviceId);
    expect(takeover.statusCode).toBe(409);
    expect(takeover.json()).toMatchObject({ error: { code: 'device-already-enrolled' } });
    const push = await server.send('POST', '/v1/push', { token: office.token, body: { ops: opFactory(office.deviceId).unit(randomUUID(), '丽水职高') } });
    expect(push.statusCode).toBe(200);
    expect((await server.storage.listDevices(office.workspaceId)).map((device) => device.name)).toEqual([`device ${office.deviceId.slice(-4)}`]);

    // Once the admin has revoked it, the id may enrol again (a reinstalled machine); the old token is dead.
    await revokeDevice(server.storage, office.deviceId);
    const again = await enrolFrom(server, '10.0.0.9', await codeFor(server, '丽水职教集团'), office.deviceId);
    expect(again.statusCode).toBe(200);
    expect((await server.send('GET', '/v1/pull', { token: office.token })).statusCode).toBe(401);
    expect((await server.send('GET', '/v1/pull', { token: again.json<{ token: string }>().token })).statusCode).toBe(200);
  });

  it('lets a device that left (disconnected) enrol again under its own id', async () => {
    const server = await start();
    const office = await server.enrol('丽水职教集团');
    const left = await server.send('POST', '/v1/leave', { token: office.token });
    expect(left.json()).toEqual({ revoked: true });
    expect((await server.send('GET', '/v1/pull', { token: office.token })).json()).toMatchObject({ error: { code: 'device-revoked' } });
    expect((await enrolFrom(server, '10.0.0.9', await codeFor(server, '丽水职教集团'), office.deviceId)).statusCode).toBe(200);
  });

  it('lets the right code in from an address that sent ten wrong ones, within a minute, not ten', async () => {
    const server = await start();
    const code = await codeFor(server, '丽水职教集团');
    for (let index = 0; index < 10; index += 1) {
      expect((await enrolFrom(server, '10.0.0.7', `WRNG-CODE-${String(index).padStart(4, '7')}`)).statusCode).toBe(403);
    }
    const limited = await enrolFrom(server, '10.0.0.7', code);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate-limited' } });
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another address is not slowed at all.
    expect((await enrolFrom(server, '10.0.0.8', 'WRNG-CODE-8888')).statusCode).toBe(403);
    clock += minute;
    expect((await enrolFrom(server, '10.0.0.7', code)).statusCode).toBe(200);
  });

  it('checks at most one code a minute from an address past its limit, so guessing stays hopeless', async () => {
    const server = await start();
    let checked = 0;
    // Ten minutes of guessing, one guess a second.
    for (let second = 0; second < 600; second += 1) {
      const response = await enrolFrom(server, '10.0.0.66', `GUES-${String(second).padStart(4, '0')}-CODE`);
      if (response.statusCode === 403) checked += 1;
      else expect(response.statusCode).toBe(429);
      clock += 1000;
    }
    expect(checked).toBeLessThanOrEqual(20);
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('counts one wrong code typed again and again once', async () => {
    const server = await start();
    for (let index = 0; index < 25; index += 1) expect((await enrolFrom(server, '10.0.0.5', 'K7QM-4XPA-WN3X')).statusCode).toBe(403);
    expect((await enrolFrom(server, '10.0.0.5', await codeFor(server, '丽水职教集团'))).statusCode).toBe(200);
  });
});
