import { z } from 'zod';

/**
 * What can go wrong on the far side of the bridge. The renderer turns each code into a message in
 * the user's language; `message` is English, for logs and tests.
 */
export const bridgeErrorCodes = [
  'invalid-request',
  'unknown-channel',
  'forbidden',
  'disk-full',
  'not-permitted',
  'io-failed',
  /** Printing (shared/bridge/documents.ts): no printer of that name, it cannot be reached, or it refused the job. */
  'printer-not-found',
  'printer-unreachable',
  'print-refused',
  /** The document could not be laid out as PDF (the rendering engine failed or timed out). */
  'render-failed',
  /**
   * A text does not fit its box even at the smallest size its template allows (shared/documents/fit-text.ts):
   * nothing is saved or printed; each detail is one overflow (fit-text.ts overflowDetail).
   */
  'text-overflow',
  /** The main process (or browser mode's local service) could not be reached at all. */
  'unavailable',
  'internal',
] as const;
export const bridgeErrorCodeSchema = z.enum(bridgeErrorCodes);
export type BridgeErrorCode = z.infer<typeof bridgeErrorCodeSchema>;

export const bridgeFailureSchema = z.object({
  code: bridgeErrorCodeSchema,
  message: z.string(),
  details: z.array(z.string()).optional(),
});
export type BridgeFailure = z.infer<typeof bridgeFailureSchema>;

/** Errors cross the bridge as values: IPC and contextBridge keep only the message of a thrown Error. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeFailure };

/** Thrown by main-process services for failures the user must hear about. */
export class DeskError extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'DeskError';
  }
}
