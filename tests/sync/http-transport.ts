import type { AttachmentStatus, PullResponse, PushResponse, WireOp } from '../../shared/sync/protocol';
import {
  attachmentCompleteHeader,
  attachmentNameHeader,
  attachmentTypeHeader,
  errorBodySchema,
  protocolHeader,
  protocolVersion,
  pullResponseSchema,
  pushResponseSchema,
  receivedBytesHeader,
  SyncRequestError,
} from '../../shared/sync/protocol';
import type { AttachmentFile, SyncTransport } from '../../renderer/sync/transport';

/**
 * The engine's transport over real HTTP with fetch, for benchmarks and tests against a server
 * listening on a port (the desktop app's transport goes through the bridge instead).
 */
export function httpTransport(baseUrl: string, token: string): SyncTransport {
  const headers = { authorization: `Bearer ${token}`, [protocolHeader]: String(protocolVersion) };
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } });
    } catch (error) {
      throw new SyncRequestError('network', error instanceof Error ? error.message : String(error));
    }
    if (response.ok || response.status === 404) return response;
    const parsed = errorBodySchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) throw new SyncRequestError(parsed.data.error.code, parsed.data.error.message, response.status);
    throw new SyncRequestError('bad-response', `${path} answered ${response.status}`, response.status);
  };
  return {
    async push(ops: WireOp[]): Promise<PushResponse> {
      const response = await call('/v1/push', { method: 'POST', body: JSON.stringify({ ops }), headers: { 'content-type': 'application/json' } });
      return pushResponseSchema.parse(await response.json());
    },
    async pull(after: number, limit: number): Promise<PullResponse> {
      return pullResponseSchema.parse(await (await call(`/v1/pull?after=${after}&limit=${limit}`)).json());
    },
    async hasAttachment(sha256: string): Promise<AttachmentStatus> {
      const response = await call(`/v1/attachments/${sha256}`, { method: 'HEAD' });
      if (response.status === 404) return { received: 0, complete: false };
      return { received: Number(response.headers.get(receivedBytesHeader)), complete: response.headers.get(attachmentCompleteHeader) === '1' };
    },
    async putAttachment(file: AttachmentFile, offset: number): Promise<AttachmentStatus> {
      const response = await call(`/v1/attachments/${file.sha256}`, {
        method: 'PUT',
        body: file.bytes.slice(offset),
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `bytes ${offset}-${file.bytes.length - 1}/${file.bytes.length}`,
          [attachmentNameHeader]: encodeURIComponent(file.name),
          [attachmentTypeHeader]: file.mimeType,
        },
      });
      return (await response.json()) as AttachmentStatus;
    },
    async getAttachment(sha256: string): Promise<AttachmentFile | null> {
      const response = await call(`/v1/attachments/${sha256}`);
      if (response.status === 404) return null;
      return {
        sha256,
        name: decodeURIComponent(response.headers.get(attachmentNameHeader) ?? sha256),
        mimeType: response.headers.get(attachmentTypeHeader) ?? 'application/octet-stream',
        bytes: new Uint8Array(await response.arrayBuffer()),
      };
    },
  };
}
