import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnrolmentCode } from '../shared/sync/enrolment-code';
import { enrolmentCodeLines } from './admin/commands';
import { buildApp } from './app';
import { SqliteStorage } from './storage/sqlite';
import { loadServerTls, makeSelfSignedCertificate, selfSignedKeyName, TlsConfigError } from './tls';

/** The certificate a TLS client is shown at this port of this machine, and whether the handshake completed. */
function presentedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once('error', reject);
  });
}

describe('the sync server over TLS', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'desk-tls-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  };

  it('makes a self-signed certificate on first start, keeps it, serves it, and the admin’s code pins exactly the served one', async () => {
    const dataDir = await tempDir();
    const first = await loadServerTls({ dataDir });
    expect(first.source).toBe('self-signed');
    expect((await stat(join(dataDir, 'tls', selfSignedKeyName))).mode & 0o777).toBe(0o600);
    // A restart serves the same certificate: the desks' pins stay good.
    expect((await loadServerTls({ dataDir })).fingerprint256).toBe(first.fingerprint256);

    const storage = new SqliteStorage(join(dataDir, 'desk-sync.sqlite'));
    const app = buildApp({ storage, https: first });
    cleanups.push(() => app.close().then(() => storage.close()));
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const port = (app.server.address() as AddressInfo).port;

    const workspace = await storage.createWorkspace('丽水市现代服务业职业教育集团', new Date().toISOString());
    // As `server:admin enrol-code` finds the certificate: by the data folder alone.
    const lines = await enrolmentCodeLines(storage, workspace.id, 7, await loadServerTls({ dataDir }));
    const printed = /: (\S+)$/.exec(lines[0] ?? '')?.[1] ?? '';
    const pin = parseEnrolmentCode(printed)?.certificateSha256;
    expect(pin).toBe(await presentedFingerprint(port));
    expect(lines.find((line) => line.startsWith('It carries the SHA-256 fingerprint'))).toContain(pin);

    // Plain HTTP to the TLS port gets no answer from the sync server.
    await expect(fetch(`http://127.0.0.1:${port}/v1/info`)).rejects.toThrow();
    // TLS without the pin: the certificate is not an authority's, so a normal client refuses it.
    await expect(fetch(`${url}/v1/info`)).rejects.toThrow();
  });

  it('serves the certificate and key the admin gives, and refuses half a pair or a key of another certificate', async () => {
    const dir = await tempDir();
    const [a, b] = [await makeSelfSignedCertificate(), await makeSelfSignedCertificate()];
    const files = { certA: join(dir, 'a.pem'), keyA: join(dir, 'a.key'), keyB: join(dir, 'b.key') };
    await writeFile(files.certA, a.cert);
    await writeFile(files.keyA, a.key);
    await writeFile(files.keyB, b.key);
    const given = await loadServerTls({ dataDir: dir, certFile: files.certA, keyFile: files.keyA });
    expect(given).toMatchObject({ source: 'given', cert: a.cert });
    await expect(loadServerTls({ dataDir: dir, certFile: files.certA })).rejects.toThrow(TlsConfigError);
    await expect(loadServerTls({ dataDir: dir, certFile: files.certA, keyFile: files.keyB })).rejects.toThrow('does not belong');
    await expect(loadServerTls({ dataDir: dir, certFile: files.keyA, keyFile: files.keyA })).rejects.toThrow('not a PEM certificate');
  });
});
