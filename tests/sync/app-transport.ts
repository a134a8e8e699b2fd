import type { LightMyRequestResponse } from 'fastify';
import type { AttachmentStatus, PullResponse, PushResponse, WireOp } from '../../shared/sync/protocol';
import { attachmentCompleteHeader, attachmentNameHeader, attachmentTypeHeader, errorBodySchema, pullResponseSchema, pushResponseSchema, receivedBytesHeader, SyncRequestError } from '../../shared/sync/protocol';
import type { AttachmentFile, SyncTransport } from '../../renderer/sync/transport';
import type { ServerFixture } from '../../server/testing/server-fixture';

function failure(response: LightMyRequestResponse): SyncRequestError {
  const parsed = errorBodySchema.safeParse(safeJson(response.body));
  if (parsed.success) return new SyncRequestError(parsed.data.error.code, parsed.data.error.message, response.statusCode);
  return new SyncRequestError('bad-response', `${response.statusCode} ${response.body.slice(0, 200)}`, response.statusCode);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The engine's transport straight into the real server app (Fastify's inject: the whole HTTP
 * stack, routes, validation and storage, without a socket). `server()` is read per request so a
 * restarted server is picked up.
 */
export function appTransport(server: () => ServerFixture, token: string): SyncTransport {
  const ok = (response: LightMyRequestResponse): LightMyRequestResponse => {
    if (response.statusCode >= 400) throw failure(response);
    return response;
  };
  return {
    async push(ops: WireOp[]): Promise<PushResponse> {
      return pushResponseSchema.parse(ok(await server().send('POST', '/v1/push', { token, body: { ops } })).json());
    },
    async pull(after: number, limit: number): Promise<PullResponse> {
      return pullResponseSchema.parse(ok(await server().send('GET', `/v1/pull?after=${after}&limit=${limit}`, { token })).json());
    },
    async hasAttachment(sha256: string): Promise<AttachmentStatus> {
      const response = await server().send('HEAD', `/v1/attachments/${sha256}`, { token });
      if (response.statusCode === 404) return { received: 0, complete: false };
      ok(response);
      return { received: Number(response.headers[receivedBytesHeader]), complete: response.headers[attachmentCompleteHeader] === '1' };
    },
    async putAttachment(file: AttachmentFile, offset: number): Promise<AttachmentStatus> {
      const chunk = Buffer.from(file.bytes.subarray(offset));
      const headers = {
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${offset}-${file.bytes.length - 1}/${file.bytes.length}`,
        [attachmentNameHeader]: encodeURIComponent(file.name),
        [attachmentTypeHeader]: file.mimeType,
      };
      const response = ok(await server().send('PUT', `/v1/attachments/${file.sha256}`, { token, payload: chunk, headers }));
      return response.json<AttachmentStatus>();
    },
    async getAttachment(sha256: string): Promise<AttachmentFile | null> {
      const response = await server().send('GET', `/v1/attachments/${sha256}`, { token });
      if (response.statusCode === 404) return null;
      ok(response);
      return {
        sha256,
        name: decodeURIComponent(String(response.headers[attachmentNameHeader])),
        mimeType: String(response.headers[attachmentTypeHeader]),
        bytes: new Uint8Array(response.rawPayload),
      };
    },
  };
}
