import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { limits } from '../shared/sync/protocol';
import { issueEnrolmentCode, revokeDevice } from './admin/commands';
import { opFactory } from './testing/ops';
import { ServerFixture } from './testing/server-fixture';
import { storageKinds } from './testing/test-storage';

describe.each(storageKinds)('the sync server on %s', (kind) => {
  const servers: ServerFixture[] = [];
  const start = async (options: ConstructorParameters<typeof ServerFixture>[1] = {}): Promise<ServerFixture> => {
    const server = new ServerFixture(kind, options);
    servers.push(server);
    return server.start();
  };
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
  });

  it('takes a push, answers it idempotently, and serves it back by sequence number', async () => {
    const server = await start();
    const device = await server.enrol('丽水职教集团');
    const ops = opFactory(device.deviceId).unit(randomUUID(), '丽水职高');
    const first = await server.send('POST', '/v1/push', { token: device.token, body: { ops } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ accepted: 4, duplicates: 0, serverSeq: 4 });
    const again = await server.send('POST', '/v1/push', { token: device.token, body: { ops } });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 4, serverSeq: 4 });
    const pulled = await server.send('GET', '/v1/pull?after=2&limit=10', { token: device.token });
    expect(pulled.json()).toMatchObject({ hasMore: false, serverSeq: 4, collisions: [] });
    expect(pulled.json<{ ops: { seq: number }[] }>().ops.map((op) => op.seq)).toEqual([3, 4]);
  });

  it('refuses a request without a token, with a wrong token, or from a revoked device, at once', async () => {
    const server = await start();
    const device = await server.enrol('w');
    expect((await server.send('GET', '/v1/pull')).json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await server.send('GET', '/v1/pull', { token: 'x'.repeat(43) })).statusCode).toBe(401);
    expect((await server.send('GET', '/v1/pull', { token: device.token })).statusCode).toBe(200);
    await revokeDevice(server.storage, device.deviceId);
    const refused = await server.send('POST', '/v1/push', { token: device.token, body: { ops: opFactory(device.deviceId).unit(randomUUID(), '甲') } });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: { code: 'device-revoked' } });
    expect(await server.storage.state(device.workspaceId)).toEqual([]);
  });

  it('never lets a token of one workspace read or write another', async () => {
    const server = await start();
    const a = await server.enrol('workspace A');
    const b = await server.enrol('workspace B');
    const secret = opFactory(b.deviceId).unit(randomUUID(), 'B 的单位');
    await server.send('POST', '/v1/push', { token: b.token, body: { ops: secret } });
    // A pulls: only its own (empty) workspace.
    expect((await server.send('GET', '/v1/pull?after=0', { token: a.token })).json()).toMatchObject({ ops: [], serverSeq: 0 });
    // A pushes with B's device and row ids: refused (server/stamps.test.ts), and B's workspace is untouched.
    const forged = opFactory(b.deviceId).unit(secret[0]?.rowId ?? '', '篡改');
    expect((await server.send('POST', '/v1/push', { token: a.token, body: { ops: forged } })).statusCode).toBe(403);
    const bState = await server.storage.state(b.workspaceId);
    expect(bState.find((field) => field.field === 'name')?.value).toBe('B 的单位');
    // Attachments too are per workspace.
    const bytes = Buffer.from('%PDF-1.4 scan of B');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await server.send('PUT', `/v1/attachments/${sha}`, { token: b.token, payload: bytes, headers: { 'content-type': 'application/octet-stream' } });
    expect(put.statusCode).toBe(200);
    expect((await server.send('GET', `/v1/attachments/${sha}`, { token: a.token })).statusCode).toBe(404);
    expect((await server.send('HEAD', `/v1/attachments/${sha}`, { token: a.token })).statusCode).toBe(404);
    expect((await server.send('GET', `/v1/attachments/${sha}`, { token: b.token })).rawPayload).toEqual(bytes);
  });

  it('takes an enrolment code once', async () => {
    const server = await start();
    const workspace = await server.storage.createWorkspace('w', new Date().toISOString());
    const { code } = await issueEnrolmentCode(server.storage, 'w');
    const enrol = (deviceId: string) => server.send('POST', '/v1/enrol', { body: { code: code.toLowerCase().replaceAll('-', ' '), deviceId, deviceName: '秘书处' } });
    const first = await enrol(randomUUID());
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ workspaceId: workspace.id, workspaceName: 'w' });
    const second = await enrol(randomUUID());
    expect(second.statusCode).toBe(403);
    expect(second.json()).toMatchObject({ error: { code: 'enrolment-code-invalid' } });
    // Two devices racing with one fresh code: exactly one gets in.
    const { code: raced } = await issueEnrolmentCode(server.storage, 'w');
    const racing = await Promise.all([randomUUID(), randomUUID(), randomUUID()].map((deviceId) => server.send('POST', '/v1/enrol', { body: { code: raced, deviceId, deviceName: '秘书处' } })));
    expect(racing.map((response) => response.statusCode).sort()).toEqual([200, 403, 403]);
  });

  it('limits enrolment attempts', async () => {
    const server = await start({ enrolRateLimit: { max: 3, windowMs: 60_000 } });
    const attempt = (index: number) => server.send('POST', '/v1/enrol', { body: { code: `WRONG-CODE-${1000 + index}`, deviceId: randomUUID(), deviceName: 'x' } });
    for (let index = 0; index < 3; index += 1) expect((await attempt(index)).statusCode).toBe(403);
    const limited = await attempt(3);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: { code: 'rate-limited' } });
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('refuses an oversized payload and stores nothing of it', async () => {
    const server = await start();
    const device = await server.enrol('w');
    const huge = JSON.stringify({ ops: opFactory(device.deviceId).unit(randomUUID(), '甲'), padding: 'x'.repeat(limits.maxJsonBodyBytes) });
    const response = await server.send('POST', '/v1/push', { token: device.token, payload: huge, headers: { 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'payload-too-large' } });
    const tooMany = Array.from({ length: limits.maxOpsPerPush + 1 }, (_, index) => opFactory(device.deviceId).op('units', randomUUID(), 'name', `单位${index}`));
    expect((await server.send('POST', '/v1/push', { token: device.token, body: { ops: tooMany } })).statusCode).toBe(400);
    expect(await server.storage.state(device.workspaceId)).toEqual([]);
    const bigFile = Buffer.alloc(limits.maxAttachmentBytes + 2048, 1);
    const bigPut = await server.send('PUT', `/v1/attachments/${'c'.repeat(64)}`, { token: device.token, payload: bigFile, headers: { 'content-type': 'application/octet-stream' } });
    expect(bigPut.statusCode).toBe(413);
    expect((await server.send('HEAD', `/v1/attachments/${'c'.repeat(64)}`, { token: device.token })).statusCode).toBe(404);
  });

  it('refuses a malformed batch as a whole: one bad operation and nothing is stored', async () => {
    const server = await start();
    const device = await server.enrol('w');
    const factory = opFactory(device.deviceId);
    const row = randomUUID();
    const good = factory.unit(row, '丽水职高');
    const cases = [
      [...good, factory.op('units', row, 'kind', 'spaceship')],
      [...good, factory.op('nonsense', row, 'name', 'x')],
      [...good, factory.op('units', row, 'secretField', 'x')],
      [...good, factory.op('units', row, 'id', randomUUID())],
      [...good, { ...factory.op('units', row, 'name', 'x'), hlc: 'yesterday' }],
      [...good, { ...factory.op('units', row, 'name', 'x'), hlc: factory.op('units', row, 'name', 'x').hlc.replace(device.deviceId, randomUUID()) }],
    ];
    for (const ops of cases) {
      const response = await server.send('POST', '/v1/push', { token: device.token, body: { ops } });
      expect(response.statusCode).toBe(400);
      expect(['invalid-operation', 'invalid-request']).toContain(response.json<{ error: { code: string } }>().error.code);
    }
    for (const payload of ['{"ops": [', 'null', '{"ops": "all"}']) {
      const response = await server.send('POST', '/v1/push', { token: device.token, payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid-request' } });
    }
    expect(await server.storage.state(device.workspaceId)).toEqual([]);
    expect((await server.storage.pull(device.workspaceId, 0, 10)).serverSeq).toBe(0);
  });

  it('tells a client too old for it to upgrade', async () => {
    const server = await start();
    const device = await server.enrol('w');
    const old = await server.send('GET', '/v1/pull', { token: device.token, version: '0' });
    expect(old.statusCode).toBe(426);
    expect(old.json()).toMatchObject({ error: { code: 'upgrade-required' } });
    const missing = await server.send('GET', '/v1/pull', { token: device.token, version: null });
    expect(missing.json()).toMatchObject({ error: { code: 'protocol-version-missing' } });
    expect((await server.send('GET', '/v1/info', { version: null })).json()).toMatchObject({ protocolVersion: 1, minimumProtocolVersion: 1 });
  });

  it('resumes an interrupted attachment upload and checks the hash', async () => {
    const server = await start();
    const device = await server.enrol('w');
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 251));
    const sha = createHash('sha256').update(bytes).digest('hex');
    const octet = { 'content-type': 'application/octet-stream', 'x-desk-attachment-name': encodeURIComponent('合影.png'), 'x-desk-attachment-type': 'image/png' };
    const part = await server.send('PUT', `/v1/attachments/${sha}`, { token: device.token, payload: bytes.subarray(0, 400), headers: { ...octet, 'content-range': 'bytes 0-399/1000' } });
    expect(part.json()).toEqual({ received: 400, complete: false });
    const head = await server.send('HEAD', `/v1/attachments/${sha}`, { token: device.token });
    expect(head.headers['x-desk-received-bytes']).toBe('400');
    expect(head.headers['x-desk-attachment-complete']).toBe('0');
    const wrongOffset = await server.send('PUT', `/v1/attachments/${sha}`, { token: device.token, payload: bytes.subarray(500), headers: { ...octet, 'content-range': 'bytes 500-999/1000' } });
    expect(wrongOffset.statusCode).toBe(409);
    const rest = await server.send('PUT', `/v1/attachments/${sha}?offset=400`, { token: device.token, payload: bytes.subarray(400), headers: { ...octet, 'x-desk-attachment-size': '1000' } });
    expect(rest.json()).toEqual({ received: 1000, complete: true });
    const got = await server.send('GET', `/v1/attachments/${sha}`, { token: device.token });
    expect(got.rawPayload).toEqual(bytes);
    expect(decodeURIComponent(String(got.headers['x-desk-attachment-name']))).toBe('合影.png');
    // The same file again is harmless.
    expect((await server.send('PUT', `/v1/attachments/${sha}`, { token: device.token, payload: bytes, headers: octet })).json()).toEqual({ received: 1000, complete: true });
    // Bytes that do not hash to the name are discarded.
    const liar = await server.send('PUT', `/v1/attachments/${'b'.repeat(64)}`, { token: device.token, payload: bytes, headers: octet });
    expect(liar.json()).toMatchObject({ error: { code: 'hash-mismatch' } });
    expect((await server.send('HEAD', `/v1/attachments/${'b'.repeat(64)}`, { token: device.token })).statusCode).toBe(404);
  });

  it('reports a document-number collision to both devices', async () => {
    const server = await start();
    const a = await server.enrol('w');
    const b = await server.enrol('w');
    const [first, second] = [randomUUID(), randomUUID()];
    const pushNumber = (device: typeof a, rowId: string) =>
      server.send('POST', '/v1/push', { token: device.token, body: { ops: [opFactory(device.deviceId).op('issuedDocuments', rowId, 'number', 'LSZZ-2026-A3F-017')] } });
    expect((await pushNumber(a, first)).statusCode).toBe(200);
    expect((await pushNumber(b, second)).statusCode).toBe(200);
    for (const device of [a, b]) {
      const pulled = (await server.send('GET', '/v1/pull', { token: device.token })).json<{ collisions: { value: string; rowIds: string[] }[] }>();
      expect(pulled.collisions).toEqual([expect.objectContaining({ value: 'LSZZ-2026-A3F-017', rowIds: [first, second].sort() })]);
    }
  });
});
