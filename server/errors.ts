import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply } from 'fastify';
import type { ErrorCode } from '../shared/sync/protocol';
import { limits } from '../shared/sync/protocol';

/** An answer with a stable error code the client translates (shared/sync/protocol.ts). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one error format of the protocol (server/README.md): `{"error": {"code", "message"}}`. */
export function errorBody(code: ErrorCode, message: string): { error: { code: ErrorCode; message: string } } {
  return { error: { code, message } };
}

export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).send(errorBody(code, message));
}

const tooLarge = `Too large: pushes are limited to ${limits.maxJsonBodyBytes} bytes, attachments to ${limits.maxAttachmentBytes}.`;

/**
 * Fastify's own errors (body limit, content type, JSON parsing, a client that stops sending) as
 * the protocol's errors; null for anything that is not the client's fault.
 */
export function clientFault(error: FastifyError | Error): HttpError | null {
  if (error instanceof HttpError) return error;
  const { code, statusCode } = error as Partial<FastifyError>;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new HttpError(413, 'payload-too-large', tooLarge);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpError(415, 'invalid-request', 'Send JSON (application/json) or, for attachments, bytes (application/octet-stream).');
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) return new HttpError(400, 'invalid-request', error.message || 'Invalid request.');
  return null;
}

/**
 * What the HTTP parser refuses before Fastify sees a request (broken chunked framing, an
 * oversized chunk extension, oversized headers, a request that never finishes), answered on the
 * socket in the same format instead of Fastify's own.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message]: [number, string, ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'invalid-request', 'The request did not arrive in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'invalid-request', 'The request headers are too large.']
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? [413, 'Payload Too Large', 'payload-too-large', tooLarge]
          : [400, 'Bad Request', 'invalid-request', 'Not a valid HTTP request.'];
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
