import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:tls';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeSelfSignedCertificate, fingerprintOf } from '../../server/tls';
import type { SyncAnswer } from '../../shared/bridge/sync';
import { enrolBridgeRequestSchema, serverUrlSchema } from '../../shared/bridge/sync';
import { enrolmentCodeWithPin, parseEnrolmentCode } from '../../shared/sync/enrolment-code';
import type { TestSyncServer } from '../../tests/support/sync-server';
import { startTestSyncServer } from '../../tests/support/sync-server';
import { createSyncService } from './sync-client';
import { createCredentialStore } from './sync-credentials';

function outcome<T>(answer: SyncAnswer<T>): string {
  return answer.outcome === 'done' ? 'done' : answer.failure.code;
}

const enrolment = (serverUrl: string, code: string) => enrolBridgeRequestSchema.parse({ serverUrl, code, deviceId: uuidv7(), deviceName: '丽水职教集团秘书处' });

async function newDesk(fetch?: (input: string, init?: RequestInit) => Promise<Response>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-sync-tls-'));
  const credentials = createCredentialStore(dataDir);
  return { dataDir, credentials, service: createSyncService({ credentials, timeoutMs: 10_000, fetch }) };
}

describe('the desk reaching its sync server over TLS, trusting the certificate its enrolment code names', () => {
  let server: TestSyncServer;
  let workspaceId: string;
  /** Another self-signed certificate, as a machine in the middle would show. */
  let intruder: { cert: string; key: string };

  beforeAll(async () => {
    const served = await makeSelfSignedCertificate();
    server = await startTestSyncServer({ tls: { ...served, fingerprint256: fingerprintOf(served.cert) } });
    workspaceId = (await server.createWorkspace('丽水市现代服务业职业教育集团')).id;
    intruder = await makeSelfSignedCertificate();
  });
  afterAll(() => server.close());

  it('enrols with the pinned self-signed certificate, keeps the pin, and syncs', async () => {
    expect(server.url).toMatch(/^https:/);
    const desk = await newDesk();
    const request = enrolment(server.url, await server.issueCode(workspaceId));
    expect(outcome(await desk.service.enrol(request))).toBe('done');
    expect((await desk.credentials.read())?.certificateSha256).toBe(server.fingerprint256);
    expect((await desk.service.status()).enrolment?.certificateSha256).toBe(server.fingerprint256);

    const rowId = uuidv7();
    const op = { opId: `${uuidv7()}:0`, deviceId: request.deviceId, table: 'units', rowId, field: 'name', value: '丽水职业技术学院𠮷', hlc: `${Date.now().toString().padStart(15, '0')}-000000-${request.deviceId}` };
    expect(outcome(await desk.service.push({ ops: [op] }))).toBe('done');
    const page = await desk.service.pull({ after: 0, limit: 100 });
    expect(page.outcome === 'done' && page.value.ops.map((pulled) => pulled.value)).toEqual(['丽水职业技术学院𠮷']);
  });

  it('refuses a server that shows another certificate (a machine in the middle) before sending it a byte', async () => {
    let received = 0;
    let connections = 0;
    const middle = createServer({ cert: intruder.cert, key: intruder.key }, (socket) => {
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
      socket.on('error', () => undefined);
    });
    middle.on('connection', () => (connections += 1));
    middle.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => middle.listen(0, '127.0.0.1', resolve));
    try {
      const desk = await newDesk();
      const code = await server.issueCode(workspaceId);
      const answer = await desk.service.enrol(enrolment(`https://127.0.0.1:${(middle.address() as AddressInfo).port}`, code));
      expect(outcome(answer)).toBe('certificate-mismatch');
      expect(answer.outcome === 'failed' && answer.failure.message).toContain(fingerprintOf(intruder.cert));
      expect(connections).toBe(1);
      expect(received).toBe(0);
      expect((await desk.service.status()).enrolment).toBeNull();
      // The code was never shown to anyone: it still enrols with the real server.
      expect(outcome(await desk.service.enrol(enrolment(server.url, code)))).toBe('done');
    } finally {
      await new Promise((resolve) => middle.close(resolve));
    }
  });

  it('refuses to sync once the server shows another certificate than the one enrolled with', async () => {
    const desk = await newDesk();
    expect(outcome(await desk.service.enrol(enrolment(server.url, await server.issueCode(workspaceId))))).toBe('done');
    const stored = await desk.credentials.read();
    if (!stored) throw new Error('not enrolled');
    await desk.credentials.write({ ...stored, certificateSha256: fingerprintOf(intruder.cert) });
    expect(outcome(await desk.service.pull({ after: 0, limit: 10 }))).toBe('certificate-mismatch');
  });

  it('without a pin, a self-signed certificate is untrusted, and a damaged pin is a wrong code', async () => {
    const desk = await newDesk();
    const code = parseEnrolmentCode(await server.issueCode(workspaceId))?.code ?? '';
    expect(outcome(await desk.service.enrol(enrolment(server.url, code)))).toBe('certificate-untrusted');
    expect(outcome(await desk.service.enrol(enrolment(server.url, `${code}#${'x'.repeat(42)}`)))).toBe('enrolment-code-invalid');
    expect((await desk.service.status()).enrolment).toBeNull();
  });
});

describe('http: only to this machine', () => {
  it('takes https, and http to loopback only; an address without a scheme is https', () => {
    expect(serverUrlSchema.parse('192.168.1.20:8787')).toBe('https://192.168.1.20:8787');
    for (const address of ['http://127.0.0.1:8787', 'http://127.8.9.10', 'http://localhost:8787', 'http://[::1]:8787', 'http://2130706433:8787']) {
      expect(serverUrlSchema.safeParse(address).success, address).toBe(true);
    }
    for (const address of ['http://192.168.1.20:8787', 'http://sync.example.cn', 'http://localhost.example.cn', 'http://[::ffff:192.168.1.20]', 'http://128.0.0.1']) {
      const parsed = serverUrlSchema.safeParse(address);
      expect(parsed.success ? 'accepted' : parsed.error.issues[0]?.message, address).toBe('insecure-address');
    }
  });

  it('refuses an http: address of another machine before any connection, even one enrolled by an older version', async () => {
    const fetch = vi.fn<(input: string, init?: RequestInit) => Promise<Response>>(() => Promise.reject(new Error('no request may be made')));
    const desk = await newDesk(fetch);
    const deviceId = uuidv7();
    await desk.credentials.write({ serverUrl: 'http://192.168.1.20:8787', token: 't'.repeat(43), workspaceId: uuidv7(), deviceId, enrolledAt: new Date().toISOString() });
    const answer = await desk.service.pull({ after: 0, limit: 10 });
    expect(outcome(answer)).toBe('insecure-address');
    expect(outcome(await desk.service.push({ ops: [] }))).toBe('insecure-address');
    expect(outcome(await desk.service.hasAttachment({ sha256: 'a'.repeat(64) }))).toBe('insecure-address');
    // The bridge's own check is skipped here on purpose: the main process refuses on its own too.
    expect(outcome(await desk.service.enrol({ serverUrl: 'http://192.168.1.20:8787', code: 'K7QM-4XPA-WN3R', deviceId, deviceName: '秘书处' }))).toBe('insecure-address');
    expect(fetch).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(join(desk.dataDir, 'sync-credentials.json'), 'utf8'))).toMatchObject({ serverUrl: 'http://192.168.1.20:8787' });
  });

  it('puts the pin in the code and reads it back, refusing a damaged one', () => {
    const fingerprint = 'AB:'.repeat(31) + 'CD';
    const code = enrolmentCodeWithPin('K7QM-4XPA-WN3R', fingerprint);
    expect(code).toMatch(/^K7QM-4XPA-WN3R#[A-Za-z0-9_-]{43}$/);
    expect(parseEnrolmentCode(` ${code.slice(0, 20)}\n${code.slice(20)} `)).toEqual({ code: 'K7QM-4XPA-WN3R', certificateSha256: fingerprint });
    expect(parseEnrolmentCode('k7qm-4xpa-wn3r')).toEqual({ code: 'k7qm-4xpa-wn3r', certificateSha256: null });
    expect(parseEnrolmentCode(code.slice(0, -1))).toBeNull();
  });
});
