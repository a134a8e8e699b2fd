import { z } from 'zod';
import { sha256 } from '../domain/fields';
import { grantSchema } from './permissions';
import type { TlsFailureCode } from './server-address';

/**
 * The sync protocol (DESIGN.md §4): HTTP + JSON under `/v1`. The schemas here are the contract
 * between the server (`server/`), the HTTP client (`shared/sync/http-client.ts`) and the client
 * engine (`renderer/sync/engine.ts`); both ends validate with them.
 */

/** The version this code speaks. Raise it when the wire format changes incompatibly. */
export const protocolVersion = 1;
/** The oldest client version the server still serves; older clients get 426 `upgrade-required`. */
export const minimumProtocolVersion = 1;
/** Every request names the protocol version it speaks in this header. */
export const protocolHeader = 'x-desk-protocol';
/** How many bytes of an attachment the server holds, in answers to HEAD and PUT. */
export const receivedBytesHeader = 'x-desk-received-bytes';
/** The attachment's total size in bytes, on HEAD, PUT and GET. */
export const attachmentSizeHeader = 'x-desk-attachment-size';
/** `1` when the server holds the whole attachment, hash verified; `0` for part of an interrupted upload. */
export const attachmentCompleteHeader = 'x-desk-attachment-complete';
/** The attachment's file name, URI-encoded (it may be Chinese). */
export const attachmentNameHeader = 'x-desk-attachment-name';
/** The attachment's MIME type as the uploading device sniffed it. */
export const attachmentTypeHeader = 'x-desk-attachment-type';

export const limits = {
  /** Operations in one push. A 5,000-row import is pushed in several batches. */
  maxOpsPerPush: 5000,
  /** Bytes of one JSON request body (a full push batch of long texts fits). */
  maxJsonBodyBytes: 8 * 1024 * 1024,
  /** Operations in one pull page. */
  maxPullLimit: 5000,
  defaultPullLimit: 1000,
  /** Bytes of one attachment (the desk refuses larger files when they are added). */
  maxAttachmentBytes: 20 * 1024 * 1024,
  /** Characters of the JSON of one operation's value (a template with 100 text elements fits). */
  maxValueBytes: 1024 * 1024,
  /**
   * How far ahead of the server's clock a stamp may be: further ahead it would win its field against
   * every honest edit until then, so the server refuses it (`clock-ahead`) and the desk re-stamps.
   */
  maxClockAheadMs: 5 * 60 * 1000,
} as const;

export const hlcPattern = /^\d{15}-[0-9a-f]{6}-[0-9A-Za-z-]{1,64}$/;
const hlcSchema = z.string().regex(hlcPattern);
const uuid = z.uuid();

/**
 * One field of one record set to a value at a clock stamp: the unit of merge. `opId` is
 * `${changeId}:${index}` of the outbox row it came from, so a retried push carries the same ids.
 * `table`, `field` and `value` are checked against the record schemas by the server.
 */
export const wireOpSchema = z.object({
  opId: z.string().regex(/^[0-9a-f-]{36}:\d{1,8}$/),
  deviceId: uuid,
  table: z.string().min(1).max(40),
  rowId: uuid,
  field: z.string().min(1).max(60),
  value: z.unknown(),
  hlc: hlcSchema,
});
export type WireOp = z.infer<typeof wireOpSchema>;

/** An operation as the server logged it: `seq` is its position in the workspace's log. */
export const loggedOpSchema = wireOpSchema.extend({ seq: z.number().int().positive() });
export type LoggedOp = z.infer<typeof loggedOpSchema>;

function isLoggedOp(value: unknown): value is LoggedOp {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  return (
    Number.isSafeInteger(op.seq) &&
    typeof op.opId === 'string' &&
    typeof op.deviceId === 'string' &&
    typeof op.table === 'string' &&
    typeof op.rowId === 'string' &&
    typeof op.field === 'string' &&
    typeof op.hlc === 'string' &&
    hlcPattern.test(op.hlc) &&
    'value' in op
  );
}

/**
 * A pulled operation, checked by hand: the server validated it on the way in, and a first sync
 * reads 50,000 of them, where the full schema's per-field checks would cost a third of a second.
 */
const pulledOpSchema = z.custom<LoggedOp>(isLoggedOp, { message: 'not a logged operation' });

/** Two or more different records that hold the same document number: reported, never merged away. */
export const numberCollisionSchema = z.object({
  table: z.string(),
  field: z.string(),
  value: z.string(),
  rowIds: z.array(uuid).min(2),
  detectedAt: z.string(),
});
export type NumberCollision = z.infer<typeof numberCollisionSchema>;

// POST /v1/enrol (no token: the one-time code is the credential)
export const enrolRequestSchema = z.object({
  code: z.string().trim().min(4).max(40),
  /** The device's own id (its clock stamps already carry it). */
  deviceId: uuid,
  deviceName: z.string().trim().min(1).max(80),
  /**
   * The devices whose backup this one was restored from (their unsent operations are in its
   * outbox): the server records the lineage and lets this device push their operations, if each
   * is revoked or was never enrolled.
   */
  restoredFrom: z.array(uuid).max(20).optional(),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;
export const enrolResponseSchema = z.object({
  token: z.string().min(20),
  workspaceId: uuid,
  workspaceName: z.string(),
  deviceId: uuid,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

// POST /v1/push
export const pushRequestSchema = z.object({
  ops: z.array(wireOpSchema).min(1).max(limits.maxOpsPerPush),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;
export const pushResponseSchema = z.object({
  /** Operations new to the server. */
  accepted: z.number().int().nonnegative(),
  /** Operations it already had (a retried push). */
  duplicates: z.number().int().nonnegative(),
  serverSeq: z.number().int().nonnegative(),
  /** The server's clock in ms since the epoch, to measure skew. */
  serverTime: z.number(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

// GET /v1/pull?after=<seq>&limit=<n>
export const pullQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().max(limits.maxPullLimit).default(limits.defaultPullLimit),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;
export const pullResponseSchema = z.object({
  /** In sequence order. A page never splits the operations one change made to one record. */
  ops: z.array(pulledOpSchema),
  /** Pull again with `after` = the last op's seq. */
  hasMore: z.boolean(),
  serverSeq: z.number().int().nonnegative(),
  serverTime: z.number(),
  collisions: z.array(numberCollisionSchema),
  /** What this device may change (shared/sync/permissions.ts): the desk shows the rest read-only and queues nothing the server would refuse. */
  grant: grantSchema.optional(),
  /** The workspace's devices and the names they enrolled with (their office's), for naming who changed what. */
  devices: z.array(z.object({ id: z.string(), name: z.string() })).max(10_000).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** What the server holds of one attachment (HEAD /v1/attachments/:sha256). */
export interface AttachmentStatus {
  /** Bytes received so far; an interrupted upload resumes at this offset. */
  received: number;
  /** The whole file is there and its SHA-256 was verified. */
  complete: boolean;
}
export const attachmentParamsSchema = z.object({ sha256 });

/** Stable error codes: the client translates them into words for the user. */
export const errorCodes = [
  'unauthorized',
  'device-revoked',
  'protocol-version-missing',
  'upgrade-required',
  'server-outdated',
  'invalid-request',
  'invalid-operation',
  'payload-too-large',
  'rate-limited',
  'enrolment-code-invalid',
  'device-in-other-workspace',
  'device-already-enrolled',
  'clock-ahead',
  'device-mismatch',
  'lineage-refused',
  'operation-not-allowed',
  'not-found',
  'hash-mismatch',
  'upload-offset-mismatch',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** A failed sync request: a protocol error code, `network` when no answer came, or the desk's own TLS refusals. */
export class SyncRequestError extends Error {
  constructor(
    readonly code: ErrorCode | 'network' | 'bad-response' | TlsFailureCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncRequestError';
  }
}

/** The outbox row → wire operations, one per field, with ids stable across retries. */
export function opIdOf(changeId: string, index: number): string {
  return `${changeId}:${index}`;
}
