import type { WireOp } from '../shared/sync/protocol';
import { describeOperationProblem, operationProblem as recordProblem } from '../shared/sync/validate-op';

/**
 * Why an operation cannot be taken, or null: the record schemas' check the desk applies to what it
 * pulls (shared/sync/validate-op.ts), then the server's own: the stamp is its author's.
 */
export function operationProblem(op: WireOp): string | null {
  const problem = recordProblem(op);
  if (problem) return describeOperationProblem(problem);
  if (!op.hlc.endsWith(`-${op.deviceId}`)) return 'clock stamp of another device';
  return null;
}
