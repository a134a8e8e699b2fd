import type { DeskClient } from '../../shared/bridge/desk-api';
import { DeskError } from '../../shared/bridge/result';
import type { SyncAnswer, SyncFailure } from '../../shared/bridge/sync';
import { SyncRequestError } from '../../shared/sync/protocol';
import type { SyncTransport } from './transport';

/** Keeps the bridge's own failure (the local service is gone) apart from the server's. */
function toRequestError(failure: SyncFailure): SyncRequestError {
  // Not enrolled: the token is gone (forgotten in another window); to the engine that is "unauthorized".
  const code = failure.code === 'not-enrolled' ? 'unauthorized' : failure.code;
  return new SyncRequestError(code, failure.message, failure.status);
}

async function call<T>(request: () => Promise<SyncAnswer<T>>): Promise<T> {
  let answer: SyncAnswer<T>;
  try {
    answer = await request();
  } catch (error) {
    // The bridge itself failed (browser mode's local service stopped): to sync, that is being offline.
    if (error instanceof DeskError) throw new SyncRequestError('network', error.message);
    throw error;
  }
  if (answer.outcome === 'failed') throw toRequestError(answer.failure);
  return answer.value;
}

/**
 * The engine's transport in the app: every request goes through the bridge to the main process,
 * which holds the server's address and this device's token and adds them. Failures arrive as
 * values and are thrown here as SyncRequestError, as the engine expects.
 */
export function createBridgeTransport(desk: Pick<DeskClient, 'sync'>): SyncTransport {
  return {
    push: (ops) => call(() => desk.sync.push({ ops })),
    pull: (after, limit) => call(() => desk.sync.pull({ after, limit })),
    hasAttachment: (sha256) => call(() => desk.sync.hasAttachment({ sha256 })),
    putAttachment: (file, offset) => call(() => desk.sync.putAttachment({ file, offset })),
    getAttachment: (sha256) => call(() => desk.sync.getAttachment({ sha256 })),
  };
}
