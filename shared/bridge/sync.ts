import { z } from 'zod';
import { enrolRequestSchema, errorCodes, limits, pullResponseSchema, pushRequestSchema, pushResponseSchema } from '../sync/protocol';
import { sha256 } from '../domain/fields';
import { addressFormatProblem, withScheme } from '../sync/address-format';
import { isCleartextToNetwork, tlsFailureCodes } from '../sync/server-address';

/**
 * The sync endpoints of the bridge. The renderer never sees the device's token: it asks the main
 * process, which holds the token and the server's address, to make each request to the server.
 */

/** How the main process keeps the token: with the system's keyring, or in a file only this user can read. */
export const credentialStorages = ['encrypted', 'plain-file'] as const;
export type CredentialStorage = (typeof credentialStorages)[number];

/**
 * A server address: https (http only to this machine: the issue is `insecure-address`), no user
 * name, password, query or fragment. Without a scheme it is https. A trailing slash is dropped.
 */
export const serverUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .transform((text, context) => {
    const malformed = addressFormatProblem(text);
    if (malformed) {
      context.addIssue({ code: 'custom', message: malformed });
      return z.NEVER;
    }
    let url: URL;
    try {
      url = new URL(withScheme(text));
    } catch {
      context.addIssue({ code: 'custom', message: 'not-a-url' });
      return z.NEVER;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
      context.addIssue({ code: 'custom', message: 'not-a-url' });
      return z.NEVER;
    }
    if (isCleartextToNetwork(url)) {
      context.addIssue({ code: 'custom', message: 'insecure-address' });
      return z.NEVER;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

export const enrolmentSchema = z.object({
  serverUrl: z.string(),
  /** The pinned certificate's SHA-256 fingerprint, when the enrolment code carried one. */
  certificateSha256: z.string().optional(),
  workspaceId: z.string(),
  workspaceName: z.string(),
  /** The device's id as the server registered it. */
  deviceId: z.string(),
  enrolledAt: z.string(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const syncStatusSchema = z.object({
  /** null: this device has never enrolled (or forgot its enrolment); it works fully on its own. */
  enrolment: enrolmentSchema.nullable(),
  credentialStorage: z.enum(credentialStorages),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/**
 * Why a request to the sync server failed: the server's own error code, `network` when no answer
 * came (offline, wrong address, server down), `bad-response` when the answer was not the
 * protocol's, `not-enrolled` when this device holds no token; and the transport's refusals (`tlsFailureCodes`).
 */
export const syncFailureCodes = [...errorCodes, 'network', 'bad-response', 'not-enrolled', ...tlsFailureCodes] as const;
export type SyncFailureCode = (typeof syncFailureCodes)[number];
export const syncFailureSchema = z.object({ code: z.enum(syncFailureCodes), message: z.string(), status: z.number().int().optional() });
export type SyncFailure = z.infer<typeof syncFailureSchema>;

/**
 * A request to the server answers with the server's answer or the failure, as a value: failures
 * of sync are expected (offline for days) and the engine must see their code.
 */
function answer<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('outcome', [z.object({ outcome: z.literal('done'), value }), z.object({ outcome: z.literal('failed'), failure: syncFailureSchema })]);
}
export type SyncAnswer<T> = { outcome: 'done'; value: T } | { outcome: 'failed'; failure: SyncFailure };

export const attachmentStatusSchema = z.object({ received: z.number().int().nonnegative(), complete: z.boolean() });
export const attachmentFileSchema = z.object({
  sha256,
  name: z.string().max(300),
  mimeType: z.string().max(100),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
    .refine((bytes) => bytes.byteLength <= limits.maxAttachmentBytes, 'attachment is larger than the server takes'),
});

/** The code as the user entered it, with the certificate's fingerprint (shared/sync/enrolment-code.ts). */
export const enrolBridgeRequestSchema = enrolRequestSchema.extend({ serverUrl: serverUrlSchema, code: z.string().trim().min(4).max(120) }).strict();
export const pullRequestSchema = z
  .object({ after: z.number().int().nonnegative(), limit: z.number().int().positive().max(limits.maxPullLimit) })
  .strict();
export const attachmentRequestSchema = z.object({ sha256 }).strict();
export const putAttachmentRequestSchema = z.object({ file: attachmentFileSchema, offset: z.number().int().nonnegative() }).strict();

export const syncEndpoints = {
  status: { request: z.object({}).strict(), response: syncStatusSchema },
  /** Enrols this device with a one-time code; the main process keeps the token it gets. */
  enrol: { request: enrolBridgeRequestSchema, response: answer(syncStatusSchema) },
  /** Forgets the server and the token (the data stays). */
  forget: { request: z.object({}).strict(), response: syncStatusSchema },
  push: { request: pushRequestSchema.strict(), response: answer(pushResponseSchema) },
  pull: { request: pullRequestSchema, response: answer(pullResponseSchema) },
  hasAttachment: { request: attachmentRequestSchema, response: answer(attachmentStatusSchema) },
  putAttachment: { request: putAttachmentRequestSchema, response: answer(attachmentStatusSchema) },
  getAttachment: { request: attachmentRequestSchema, response: answer(attachmentFileSchema.nullable()) },
} as const;

export type EnrolBridgeRequest = z.output<typeof enrolBridgeRequestSchema>;
export type AttachmentFileMessage = z.output<typeof attachmentFileSchema>;
export type AttachmentStatusMessage = z.output<typeof attachmentStatusSchema>;
