import type { AttachmentFileMessage, AttachmentStatusMessage, EnrolBridgeRequest, SyncAnswer, SyncStatus } from '../../shared/bridge/sync';
import { attachmentStatusSchema } from '../../shared/bridge/sync';
import type { PullResponse, PushRequest, PushResponse } from '../../shared/sync/protocol';
import {
  attachmentCompleteHeader,
  attachmentNameHeader,
  attachmentSizeHeader,
  attachmentTypeHeader,
  enrolResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  receivedBytesHeader,
} from '../../shared/sync/protocol';
import { parseEnrolmentCode } from '../../shared/sync/enrolment-code';
import { isCleartextToNetwork } from '../../shared/sync/server-address';
import type { CredentialStore, SyncCredentials } from './sync-credentials';
import type { Fetch, HttpOptions } from './sync-http';
import { readJson, request, SyncFailureError } from './sync-http';
import { pinnedFetch } from './sync-tls';

/** The sync endpoints of the bridge, as the main process answers them. */
export interface SyncService {
  status(): Promise<SyncStatus>;
  enrol(request: EnrolBridgeRequest): Promise<SyncAnswer<SyncStatus>>;
  forget(): Promise<SyncStatus>;
  push(request: PushRequest): Promise<SyncAnswer<PushResponse>>;
  pull(request: { after: number; limit: number }): Promise<SyncAnswer<PullResponse>>;
  hasAttachment(request: { sha256: string }): Promise<SyncAnswer<AttachmentStatusMessage>>;
  putAttachment(request: { file: AttachmentFileMessage; offset: number }): Promise<SyncAnswer<AttachmentStatusMessage>>;
  getAttachment(request: { sha256: string }): Promise<SyncAnswer<AttachmentFileMessage | null>>;
}

export interface SyncServiceDeps {
  credentials: CredentialStore;
  fetch?: Fetch;
  timeoutMs?: number;
  now?: () => Date;
}

async function statusOf(credentials: SyncCredentials | null, store: CredentialStore): Promise<SyncStatus> {
  return {
    enrolment: credentials
      ? { serverUrl: credentials.serverUrl, certificateSha256: credentials.certificateSha256, workspaceId: credentials.workspaceId, workspaceName: credentials.workspaceName ?? '', deviceId: credentials.deviceId, enrolledAt: credentials.enrolledAt }
      : null,
    credentialStorage: await store.storage(),
  };
}

function headerNumber(response: Response, name: string): number {
  const value = Number(response.headers.get(name) ?? '0');
  return Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/**
 * The main process's side of sync: it keeps the server's address and this device's token (see
 * sync-credentials.ts) and makes each request the renderer's engine asks for, adding the token.
 * Every failure comes back as a value with the server's error code, never as a thrown error.
 */
export function createSyncService(deps: SyncServiceDeps): SyncService {
  const plainFetch: Fetch = deps.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init));
  const timeoutMs = deps.timeoutMs ?? 60_000;
  const now = deps.now ?? (() => new Date());

  /**
   * How to reach this server: never `http:` to another machine (refused here, before any
   * connection, also for an address enrolled by an older version); over TLS trusting the pinned
   * certificate only, when the enrolment code carried one; else with the system's authorities.
   */
  function transportTo(serverUrl: string, certificateSha256: string | undefined): HttpOptions {
    const url = new URL(serverUrl);
    if (isCleartextToNetwork(url)) {
      throw new SyncFailureError({ code: 'insecure-address', message: `${serverUrl} is another machine over http:, where the token would cross the network readable; use https://` });
    }
    const usePin = certificateSha256 !== undefined && url.protocol === 'https:';
    return { fetch: usePin ? pinnedFetch(certificateSha256) : plainFetch, timeoutMs };
  }
  const transportOf = (credentials: SyncCredentials): HttpOptions => transportTo(credentials.serverUrl, credentials.certificateSha256);

  async function attempt<T>(work: () => Promise<T>): Promise<SyncAnswer<T>> {
    try {
      return { outcome: 'done', value: await work() };
    } catch (error) {
      if (error instanceof SyncFailureError) return { outcome: 'failed', failure: error.failure };
      throw error;
    }
  }

  async function enrolled(): Promise<SyncCredentials> {
    const credentials = await deps.credentials.read();
    if (!credentials) throw new SyncFailureError({ code: 'not-enrolled', message: 'This device is not enrolled with a sync server' });
    return credentials;
  }

  const attachmentUrl = (credentials: SyncCredentials, sha256: string): string => `${credentials.serverUrl}/v1/attachments/${sha256}`;

  return {
    async status() {
      return statusOf(await deps.credentials.read(), deps.credentials);
    },
    enrol: ({ serverUrl, code: entered, deviceId, deviceName, restoredFrom }) =>
      attempt(async () => {
        const parsed = parseEnrolmentCode(entered);
        if (!parsed) throw new SyncFailureError({ code: 'enrolment-code-invalid', message: 'The certificate fingerprint after # in the enrolment code is damaged' });
        const certificateSha256 = parsed.certificateSha256 ?? undefined;
        const response = await request(transportTo(serverUrl, certificateSha256), `${serverUrl}/v1/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: parsed.code, deviceId, deviceName, ...(restoredFrom ? { restoredFrom } : {}) }),
        });
        if (response.status === 404) throw new SyncFailureError({ code: 'bad-response', message: `${serverUrl} is not an Alliance Desk sync server`, status: 404 });
        const answer = await readJson(response, enrolResponseSchema);
        const credentials: SyncCredentials = {
          serverUrl,
          // Kept only where it was used: an http: loopback address has no certificate to pin.
          ...(certificateSha256 && serverUrl.startsWith('https:') ? { certificateSha256 } : {}),
          token: answer.token,
          workspaceId: answer.workspaceId,
          workspaceName: answer.workspaceName,
          deviceId: answer.deviceId,
          enrolledAt: now().toISOString(),
        };
        await deps.credentials.write(credentials);
        return await statusOf(credentials, deps.credentials);
      }),
    async forget() {
      // Tells the server first, which revokes this device's token, so this desk may enrol again
      // under its own id (a code never takes over an enrolled device). Offline, the token is only
      // forgotten here; then the admin revokes the device before it enrols again.
      const credentials = await deps.credentials.read();
      if (credentials) {
        await request({ ...transportOf(credentials), timeoutMs: Math.min(timeoutMs, 10_000) }, `${credentials.serverUrl}/v1/leave`, { method: 'POST', token: credentials.token }).catch(() => undefined);
      }
      await deps.credentials.clear();
      return statusOf(null, deps.credentials);
    },
    push: (body) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(transportOf(credentials), `${credentials.serverUrl}/v1/push`, {
          method: 'POST',
          token: credentials.token,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return readJson(response, pushResponseSchema);
      }),
    pull: ({ after, limit }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(transportOf(credentials), `${credentials.serverUrl}/v1/pull?after=${after}&limit=${limit}`, { method: 'GET', token: credentials.token });
        return readJson(response, pullResponseSchema);
      }),
    hasAttachment: ({ sha256 }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(transportOf(credentials), attachmentUrl(credentials, sha256), { method: 'HEAD', token: credentials.token });
        if (response.status === 404) return { received: 0, complete: false };
        return { received: headerNumber(response, receivedBytesHeader), complete: response.headers.get(attachmentCompleteHeader) === '1' };
      }),
    putAttachment: ({ file, offset }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(transportOf(credentials), `${attachmentUrl(credentials, file.sha256)}?offset=${offset}`, {
          method: 'PUT',
          token: credentials.token,
          headers: {
            'content-type': 'application/octet-stream',
            [attachmentSizeHeader]: String(file.bytes.byteLength),
            [attachmentNameHeader]: encodeURIComponent(file.name),
            [attachmentTypeHeader]: file.mimeType,
          },
          body: file.bytes.slice(offset),
        });
        return readJson(response, attachmentStatusSchema);
      }),
    getAttachment: ({ sha256 }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(transportOf(credentials), attachmentUrl(credentials, sha256), { method: 'GET', token: credentials.token });
        if (response.status === 404) return null;
        let name = 'attachment';
        try {
          name = decodeURIComponent(response.headers.get(attachmentNameHeader) ?? name);
        } catch {
          // A name that is not valid URI encoding is shown as the generic name.
        }
        return { sha256, name, mimeType: response.headers.get(attachmentTypeHeader) ?? 'application/octet-stream', bytes: new Uint8Array(await response.arrayBuffer()) };
      }),
  };
}
