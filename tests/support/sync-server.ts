import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app';
import { hashSecret, newEnrolmentCode, normalizeCode } from '../../server/credentials';
import { SqliteStorage } from '../../server/storage/sqlite';
import { fingerprintOf, makeSelfSignedCertificate } from '../../server/tls';
import { enrolmentCodeWithPin } from '../../shared/sync/enrolment-code';
import type { Storage, Workspace } from '../../server/storage/storage';

export interface TestSyncServer {
  url: string;
  storage: Storage;
  /** The served certificate's SHA-256 fingerprint, over TLS. */
  fingerprint256?: string;
  createWorkspace(name: string): Promise<Workspace>;
  /** A one-time enrolment code for the workspace, as the admin command line issues it (with the certificate's fingerprint over TLS). */
  issueCode(workspaceId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real sync server (server/app.ts) on SQLite in a temporary folder, on a free loopback port;
 * `clockOffsetMs` sets its clock apart from this machine's, as a badly set server would be;
 * `tls` serves https with that certificate, or (`true`) a new self-signed one, as `npm run server` does.
 */
async function selfSigned(): Promise<{ cert: string; key: string; fingerprint256: string }> {
  const made = await makeSelfSignedCertificate();
  return { ...made, fingerprint256: fingerprintOf(made.cert) };
}

export async function startTestSyncServer(options: { clockOffsetMs?: number; tls?: true | { cert: string; key: string; fingerprint256: string } } = {}): Promise<TestSyncServer> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-sync-server-'));
  const storage = new SqliteStorage(join(dir, 'sync.sqlite'));
  const offset = options.clockOffsetMs ?? 0;
  const tls = options.tls === true ? await selfSigned() : options.tls;
  const app = buildApp({ storage, now: () => Date.now() + offset, https: tls ? { cert: tls.cert, key: tls.key } : undefined });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    storage,
    fingerprint256: tls?.fingerprint256,
    createWorkspace: (name) => storage.createWorkspace(name, new Date().toISOString()),
    async issueCode(workspaceId) {
      const code = newEnrolmentCode();
      const at = new Date();
      await storage.addEnrolmentCode(workspaceId, hashSecret(normalizeCode(code)), new Date(at.getTime() + 24 * 60 * 60 * 1000).toISOString(), at.toISOString());
      return tls ? enrolmentCodeWithPin(code, tls.fingerprint256) : code;
    },
    async close() {
      await app.close();
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
