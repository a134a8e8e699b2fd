import { parseHlc } from '../shared/sync/hlc';
import type { WireOp } from '../shared/sync/protocol';
import { limits } from '../shared/sync/protocol';
import { HttpError } from './errors';

/**
 * How far ahead of the server's clock an operation's stamp may be (the protocol's limit). A stamp
 * further ahead would win its field against every honest edit until that time
 * (`999999999999999-…` for ever); a desk's clock a little fast is normal. The desk recovers from a
 * refusal (renderer/sync/clock-recovery.ts).
 */
export const allowedClockSkewMs = limits.maxClockAheadMs;

/**
 * Refuses a push (the whole batch: nothing of it is stored) with an operation that is not the
 * pushing device's own — neither its id nor one of the devices it carries by a recorded lineage —
 * or whose stamp names another device, or whose stamp is beyond the server's clock plus the skew.
 */
export function checkStamps(ops: readonly WireOp[], authors: readonly string[], serverNowMs: number): void {
  const latest = serverNowMs + allowedClockSkewMs;
  for (const [index, op] of ops.entries()) {
    if (!authors.includes(op.deviceId) || !op.hlc.endsWith(`-${op.deviceId}`)) {
      throw new HttpError(403, 'device-mismatch', `Operation ${index} (${op.opId}) is stamped by device ${op.deviceId}, not by this device or one it was restored from (declare it with restoredFrom when enrolling).`);
    }
    if (parseHlc(op.hlc).wallMs > latest) {
      throw new HttpError(
        400,
        'clock-ahead',
        `Operation ${index} (${op.opId}) is stamped ${new Date(Math.min(parseHlc(op.hlc).wallMs, 8.64e15)).toISOString()}, more than ${allowedClockSkewMs / 60_000} minutes after the server's time ${new Date(serverNowMs).toISOString()}: this device's clock is ahead. Re-stamp the refused operations and push again.`,
      );
    }
  }
}
