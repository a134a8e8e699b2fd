import { z } from 'zod';

/** The public half of a signing key, as the main process hands it to the alliance record. */
export const publicSigningKeySchema = z.object({
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  createdAt: z.string(),
});

/** What a document's QR says (shared/verification/document-code.ts DocumentClaims). */
export const documentClaimsSchema = z.object({
  number: z.string().max(60),
  recipient: z.string().max(200),
  role: z.string().max(200),
  alliance: z.string().max(200),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  term: z.string().max(200),
});

/**
 * The alliance key lives in the main process (electron/services/signing.ts): the renderer asks it
 * to make one, to sign a batch's claims, or to move a key between secretariat desks under a
 * passphrase; it never sees the private key.
 */
export const verificationEndpoints = {
  /** Makes a new key pair and keeps its private half: the first key of an alliance, or a rotation. */
  makeKey: { request: z.object({}).strict(), response: publicSigningKeySchema },
  /** The documents' codes, in order; codes null when this desk does not hold the key. */
  sign: {
    request: z.object({ keyId: publicSigningKeySchema.shape.keyId, documents: z.array(documentClaimsSchema).max(10_000) }).strict(),
    response: z.object({ codes: z.array(z.string()).nullable() }),
  },
  /** The key as a file protected by a passphrase (scrypt, AES-256-GCM), for another secretariat desk. */
  exportKey: {
    request: z.object({ keyId: publicSigningKeySchema.shape.keyId, passphrase: z.string().min(8).max(200) }).strict(),
    response: z.object({ file: z.string() }),
  },
  /** Keeps a key exported from another desk; refused with a wrong passphrase or a damaged file. */
  importKey: {
    request: z.object({ file: z.string().max(10_000), passphrase: z.string().max(200) }).strict(),
    response: publicSigningKeySchema,
  },
} as const;
