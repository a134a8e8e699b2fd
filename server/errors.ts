import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../shared/sync/protocol';

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

export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}
