import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSyncServer } from '../../tests/support/sync-server';
import { startTestSyncServer } from '../../tests/support/sync-server';
import type { SyncAnswer } from '../../shared/bridge/sync';
import { enrolBridgeRequestSchema } from '../../shared/bridge/sync';
import type { SyncService } from './sync-client';
import { createSyncService } from './sync-client';
import { createCredentialStore } from './sync-credentials';

function done<T>(answer: SyncAnswer<T>): T {
  if (answer.outcome === 'failed') throw new Error(`expected an answer, got ${answer.failure.code}: ${answer.failure.message}`);
  return answer.value;
}

function failure<T>(answer: SyncAnswer<T>): string {
  if (answer.outcome === 'done') throw new Error('expected a failure');
  return answer.failure.code;
}

async function newService(): Promise<{ service: SyncService; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-sync-client-'));
  return { service: createSyncService({ credentials: createCredentialStore(dataDir), timeoutMs: 5000 }), dataDir };
}

const enrolment = (serverUrl: string, code: string) => enrolBridgeRequestSchema.parse({ serverUrl, code, deviceId: uuidv7(), deviceName: '丽水职教集团秘书处' });

const unitOp = (rowId: string, field: string, value: unknown, deviceId: string) => ({
  opId: `${uuidv7()}:0`,
  deviceId,
  table: 'units',
  rowId,
  field,
  value,
  hlc: `${Date.now().toString().padStart(15, '0')}-000000-${deviceId}`,
});

describe('the main process talking to the sync server for the renderer', () => {
  let server: TestSyncServer;
  let workspaceId: string;

  beforeAll(async () => {
    server = await startTestSyncServer();
    workspaceId = (await server.createWorkspace('丽水市现代服务业职业教育集团')).id;
  });
  afterAll(() => server.close());

  it('enrols with a one-time code, keeps the token to itself, and refuses the code a second time', async () => {
    const { service, dataDir } = await newService();
    expect(await service.status()).toEqual({ enrolment: null, credentialStorage: 'plain-file' });
    const code = await server.issueCode(workspaceId);
    const status = done(await service.enrol(enrolment(`${server.url}/`, code.toLowerCase())));
    expect(status.enrolment).toMatchObject({ serverUrl: server.url, workspaceId, workspaceName: '丽水市现代服务业职业教育集团' });
    expect(JSON.stringify(status)).not.toMatch(/token/i);
    const stored = JSON.parse(await readFile(join(dataDir, 'sync-credentials.json'), 'utf8')) as { token: string };
    expect(JSON.stringify(await service.status())).not.toContain(stored.token);

    const other = await newService();
    expect(failure(await other.service.enrol(enrolment(server.url, code)))).toBe('enrolment-code-invalid');
    expect((await other.service.status()).enrolment).toBeNull();
  });

  it('pushes and pulls with the token, and moves attachments by hash, resuming an upload', async () => {
    const { service, dataDir } = await newService();
    const request = enrolment(server.url, await server.issueCode(workspaceId));
    done(await service.enrol(request));
    const rowId = uuidv7();
    const pushed = done(await service.push({ ops: [unitOp(rowId, 'name', '丽水职业技术学院', request.deviceId), unitOp(rowId, 'kind', 'higher-vocational-college', request.deviceId)] }));
    expect(pushed).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(Math.abs(pushed.serverTime - Date.now())).toBeLessThan(5000);
    const page = done(await service.pull({ after: 0, limit: 100 }));
    expect(page.ops.filter((op) => op.rowId === rowId).map((op) => op.value)).toEqual(['丽水职业技术学院', 'higher-vocational-college']);

    const bytes = new TextEncoder().encode('%PDF-1.7 合作协议扫描件');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(done(await service.hasAttachment({ sha256 }))).toEqual({ received: 0, complete: false });
    expect(done(await service.getAttachment({ sha256 }))).toBeNull();
    const file = { sha256, name: '校企合作协议.pdf', mimeType: 'application/pdf', bytes };
    // An upload cut off after 10 bytes (sent here by hand, as an interrupted one leaves it), then resumed where the server says it stopped.
    const { token } = JSON.parse(await readFile(join(dataDir, 'sync-credentials.json'), 'utf8')) as { token: string };
    const cut = await fetch(`${server.url}/v1/attachments/${sha256}?offset=0`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'x-desk-protocol': '1', 'content-type': 'application/octet-stream', 'x-desk-attachment-size': String(bytes.length),
        'x-desk-attachment-name': encodeURIComponent(file.name),
        'x-desk-attachment-type': file.mimeType,
      },
      body: bytes.slice(0, 10),
    });
    expect(cut.status).toBe(200);
    const partial = done(await service.hasAttachment({ sha256 }));
    expect(partial.complete).toBe(false);
    expect(done(await service.putAttachment({ file, offset: partial.received }))).toEqual({ received: bytes.length, complete: true });
    expect(done(await service.hasAttachment({ sha256 }))).toEqual({ received: bytes.length, complete: true });
    const fetched = done(await service.getAttachment({ sha256 }));
    expect(fetched).toMatchObject({ sha256, name: '校企合作协议.pdf', mimeType: 'application/pdf' });
    expect(fetched?.bytes).toEqual(bytes);
  });

  it('answers not-enrolled before enrolment and after forgetting, and device-revoked once revoked', async () => {
    const { service } = await newService();
    expect(failure(await service.pull({ after: 0, limit: 10 }))).toBe('not-enrolled');
    const request = enrolment(server.url, await server.issueCode(workspaceId));
    done(await service.enrol(request));
    await server.storage.revokeDevice(request.deviceId, new Date().toISOString());
    expect(failure(await service.pull({ after: 0, limit: 10 }))).toBe('device-revoked');
    expect((await service.forget()).enrolment).toBeNull();
    expect(failure(await service.push({ ops: [unitOp(uuidv7(), 'name', 'x', request.deviceId)] }))).toBe('not-enrolled');
  });

  it('disconnecting revokes its token on the server, so the desk can enrol again under its own id', async () => {
    const { service } = await newService();
    const request = enrolment(server.url, await server.issueCode(workspaceId));
    done(await service.enrol(request));
    expect((await service.forget()).enrolment).toBeNull();
    expect((await server.storage.listDevices(workspaceId)).find((device) => device.id === request.deviceId)?.revokedAt).not.toBeNull();
    done(await service.enrol({ ...request, code: await server.issueCode(workspaceId) }));
    done(await service.pull({ after: 0, limit: 10 }));
  });

  it('names a server that does not answer, one that is not a sync server, and one that wants a newer app', async () => {
    const { service } = await newService();
    expect(failure(await service.enrol(enrolment('http://127.0.0.1:9', 'K7QM-4XPA-WN3R')))).toBe('network');

    const other = createServer((request, response) => {
      if (request.url === '/old/v1/enrol') {
        response.writeHead(426, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'upgrade-required', message: 'please upgrade' } }));
      } else {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html>路由器管理页面</html>');
      }
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      expect(failure(await service.enrol(enrolment(url, 'K7QM-4XPA-WN3R')))).toBe('bad-response');
      expect(failure(await service.enrol(enrolment(`${url}/old`, 'K7QM-4XPA-WN3R')))).toBe('upgrade-required');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
    expect((await service.status()).enrolment).toBeNull();
  });
});
