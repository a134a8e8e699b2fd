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
import type { CredentialStore, SyncCredentials } from './sync-credentials';
import type { Fetch } from './sync-http';
import { readJson, request, SyncFailureError } from './sync-http';

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
      ? { serverUrl: credentials.serverUrl, workspaceId: credentials.workspaceId, workspaceName: credentials.workspaceName ?? '', deviceId: credentials.deviceId, enrolledAt: credentials.enrolledAt }
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
  const http = { fetch: deps.fetch ?? ((input: string, init?: RequestInit) => fetch(input, init)), timeoutMs: deps.timeoutMs ?? 60_000 };
  const now = deps.now ?? (() => new Date());

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
    enrol: ({ serverUrl, code, deviceId, deviceName }) =>
      attempt(async () => {
        const response = await request(http, `${serverUrl}/v1/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, deviceId, deviceName }),
        });
        if (response.status === 404) throw new SyncFailureError({ code: 'bad-response', message: `${serverUrl} is not an Alliance Desk sync server`, status: 404 });
        const answer = await readJson(response, enrolResponseSchema);
        const credentials: SyncCredentials = {
          serverUrl,
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
      await deps.credentials.clear();
      return statusOf(null, deps.credentials);
    },
    push: (body) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(http, `${credentials.serverUrl}/v1/push`, {
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
        const response = await request(http, `${credentials.serverUrl}/v1/pull?after=${after}&limit=${limit}`, { method: 'GET', token: credentials.token });
        return readJson(response, pullResponseSchema);
      }),
    hasAttachment: ({ sha256 }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(http, attachmentUrl(credentials, sha256), { method: 'HEAD', token: credentials.token });
        if (response.status === 404) return { received: 0, complete: false };
        return { received: headerNumber(response, receivedBytesHeader), complete: response.headers.get(attachmentCompleteHeader) === '1' };
      }),
    putAttachment: ({ file, offset }) =>
      attempt(async () => {
        const credentials = await enrolled();
        const response = await request(http, `${attachmentUrl(credentials, file.sha256)}?offset=${offset}`, {
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
        const response = await request(http, attachmentUrl(credentials, sha256), { method: 'GET', token: credentials.token });
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
