import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  attachmentCompleteHeader,
  attachmentNameHeader,
  attachmentParamsSchema,
  attachmentSizeHeader,
  attachmentTypeHeader,
  limits,
  receivedBytesHeader,
} from '../../shared/sync/protocol';
import { deviceOf } from '../auth';
import { HttpError } from '../errors';
import type { AttachmentRecord, Storage } from '../storage/storage';

function shaOf(params: unknown): string {
  const parsed = attachmentParamsSchema.safeParse(params);
  if (!parsed.success) throw new HttpError(400, 'invalid-request', 'An attachment is named by the SHA-256 of its bytes (64 hex digits).');
  return parsed.data.sha256;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The file name the desk sent URI-encoded (it may be Chinese); a malformed encoding is bad input, not a server failure. */
function nameOf(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  try {
    return decodeURIComponent(value).slice(0, 200);
  } catch {
    throw new HttpError(400, 'invalid-request', `${attachmentNameHeader} must be the file name percent-encoded (encodeURIComponent).`);
  }
}

function describe(reply: FastifyReply, record: AttachmentRecord): FastifyReply {
  return reply
    .header(receivedBytesHeader, record.received)
    .header(attachmentSizeHeader, record.size)
    .header(attachmentCompleteHeader, record.complete ? '1' : '0')
    .header(attachmentNameHeader, encodeURIComponent(record.name))
    .header(attachmentTypeHeader, record.mimeType);
}

/**
 * Where a chunk goes: `Content-Range: bytes <first>-<last>/<total>`, or `?offset=<n>` with the
 * total in the size header, or the whole file from 0.
 */
function rangeOf(contentRange: string | undefined, query: unknown, sizeHeader: string | undefined, chunkLength: number): { offset: number; total: number } {
  if (contentRange !== undefined) {
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange);
    if (!match) throw new HttpError(400, 'invalid-request', 'Content-Range must be bytes <first>-<last>/<total>.');
    const [first, last, total] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (last - first + 1 !== chunkLength || last >= total) throw new HttpError(400, 'invalid-request', 'Content-Range does not match the bytes sent.');
    return { offset: first, total };
  }
  const offsetText = (query as { offset?: unknown } | undefined)?.offset;
  const offset = typeof offsetText === 'string' && /^\d{1,10}$/.test(offsetText) ? Number(offsetText) : 0;
  const total = sizeHeader !== undefined && /^\d{1,10}$/.test(sizeHeader) ? Number(sizeHeader) : offset + chunkLength;
  if (offset + chunkLength > total) throw new HttpError(400, 'invalid-request', 'More bytes than the attachment size.');
  return { offset, total };
}

/**
 * Attachments by SHA-256, per workspace: idempotent (a complete file is never written again),
 * resumable (HEAD says how many bytes arrived; PUT continues with Content-Range), verified (the
 * hash of the whole file must be its name, else the upload is discarded).
 */
export function attachmentRoutes(app: FastifyInstance, storage: Storage): void {
  app.head('/v1/attachments/:sha256', async (request, reply) => {
    const record = await storage.attachment(deviceOf(request).workspaceId, shaOf(request.params));
    if (!record) throw new HttpError(404, 'not-found', 'The server does not hold this attachment.');
    return describe(reply, record).code(200).send();
  });

  app.get('/v1/attachments/:sha256', { exposeHeadRoute: false }, async (request, reply) => {
    const workspaceId = deviceOf(request).workspaceId;
    const sha256 = shaOf(request.params);
    const record = await storage.attachment(workspaceId, sha256);
    const bytes = record?.complete ? await storage.attachmentBytes(workspaceId, sha256) : null;
    if (!record || !bytes) throw new HttpError(404, 'not-found', 'The server does not hold this attachment.');
    return describe(reply, record).type('application/octet-stream').send(Buffer.from(bytes));
  });

  app.put('/v1/attachments/:sha256', { bodyLimit: limits.maxAttachmentBytes + 1024 }, async (request, reply) => {
    const workspaceId = deviceOf(request).workspaceId;
    const sha256 = shaOf(request.params);
    if (!Buffer.isBuffer(request.body)) throw new HttpError(400, 'invalid-request', 'Send the bytes as application/octet-stream.');
    const chunk = request.body;
    const { offset, total } = rangeOf(header(request.headers['content-range']), request.query, header(request.headers[attachmentSizeHeader]), chunk.length);
    if (total > limits.maxAttachmentBytes) throw new HttpError(413, 'payload-too-large', `Attachments are limited to ${limits.maxAttachmentBytes} bytes.`);
    const name = nameOf(header(request.headers[attachmentNameHeader]), sha256);
    const mimeType = (header(request.headers[attachmentTypeHeader]) ?? 'application/octet-stream').slice(0, 100);
    const result = await storage.appendAttachment(workspaceId, sha256, { name, mimeType, size: total }, offset, chunk);
    if (result === 'offset-mismatch') {
      const held = await storage.attachment(workspaceId, sha256);
      void reply.header(receivedBytesHeader, held?.received ?? 0);
      throw new HttpError(409, 'upload-offset-mismatch', `The server holds ${held?.received ?? 0} bytes of this attachment; continue from there.`);
    }
    if (!result.complete && result.received >= result.size) {
      const bytes = await storage.attachmentBytes(workspaceId, sha256);
      const actual = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
      if (actual !== sha256 || result.received !== result.size) {
        await storage.deleteAttachment(workspaceId, sha256);
        throw new HttpError(400, 'hash-mismatch', 'The bytes received do not have this SHA-256; the upload was discarded.');
      }
      await storage.markAttachmentComplete(workspaceId, sha256);
      result.complete = true;
    }
    return describe(reply, result).send({ received: result.received, complete: result.complete });
  });
}
