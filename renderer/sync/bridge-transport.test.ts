import { describe, expect, it } from 'vitest';
import type { DeskClient } from '../../shared/bridge/desk-api';
import { DeskError } from '../../shared/bridge/result';
import { SyncRequestError } from '../../shared/sync/protocol';
import { createBridgeTransport } from './bridge-transport';

type SyncClient = DeskClient['sync'];

function fakeDesk(sync: Partial<SyncClient>): Pick<DeskClient, 'sync'> {
  const unused = (): Promise<never> => Promise.reject(new Error('not called'));
  return {
    sync: { status: unused, enrol: unused, forget: unused, push: unused, pull: unused, hasAttachment: unused, putAttachment: unused, getAttachment: unused, ...sync },
  };
}

async function thrown(promise: Promise<unknown>): Promise<SyncRequestError> {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SyncRequestError);
  return error as SyncRequestError;
}

describe('the engine’s transport over the bridge', () => {
  it('returns the server’s answer', async () => {
    const transport = createBridgeTransport(
      fakeDesk({ pull: ({ after }) => Promise.resolve({ outcome: 'done', value: { ops: [], hasMore: false, serverSeq: after, serverTime: 1, collisions: [] } }) }),
    );
    expect(await transport.pull(7, 100)).toMatchObject({ serverSeq: 7, hasMore: false });
  });

  it('throws the server’s error code for the engine, with the status', async () => {
    const transport = createBridgeTransport(fakeDesk({ push: () => Promise.resolve({ outcome: 'failed', failure: { code: 'device-revoked', message: 'revoked', status: 401 } }) }));
    const error = await thrown(transport.push([]));
    expect([error.code, error.status]).toEqual(['device-revoked', 401]);
  });

  it('calls a forgotten token unauthorized, and a local service that is gone offline', async () => {
    const forgotten = createBridgeTransport(fakeDesk({ hasAttachment: () => Promise.resolve({ outcome: 'failed', failure: { code: 'not-enrolled', message: 'no token' } }) }));
    expect((await thrown(forgotten.hasAttachment('a'.repeat(64)))).code).toBe('unauthorized');
    const gone = createBridgeTransport(fakeDesk({ getAttachment: () => Promise.reject(new DeskError('unavailable', 'no answer')) }));
    expect((await thrown(gone.getAttachment('a'.repeat(64)))).code).toBe('network');
  });
});
