import type { SyncFailureCode } from '../../shared/bridge/sync';
import { syncFailureCodes } from '../../shared/bridge/sync';
import { SyncRequestError } from '../../shared/sync/protocol';

/**
 * Why a sync failed, in codes the Sync screen turns into words: the server's error codes and the
 * transport's (see shared/bridge/sync.ts), or `local` when this machine's own database failed.
 */
export type SyncProblem = SyncFailureCode | 'local';
export const syncProblems: readonly SyncProblem[] = [...syncFailureCodes, 'local'];

export function problemOf(error: unknown): SyncProblem {
  if (error instanceof SyncRequestError) return error.code;
  return 'local';
}
