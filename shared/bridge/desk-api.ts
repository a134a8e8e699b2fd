import { mapChannels } from './channels';
import type { BridgeContract, MethodOf, Namespace, RequestOf, ResponseOf } from './contract';
import type { BridgeResult } from './result';
import { DeskError } from './result';

/** The shape of `window.desk`: one function per endpoint of the contract, answering with a result value. */
export type DeskApi = {
  [N in Namespace]: { [M in MethodOf<N>]: (request: RequestOf<N, M>) => Promise<BridgeResult<ResponseOf<N, M>>> };
};

/** The same functions for the renderer's own code: they resolve with the response or reject with a DeskError. */
export type DeskClient = {
  [N in Namespace]: { [M in MethodOf<N>]: (request: RequestOf<N, M>) => Promise<ResponseOf<N, M>> };
};

export type Send = (channel: string, request: unknown) => Promise<BridgeResult<unknown>>;

// Built from the channel list, which the preload shares without the contract's schemas.
export { buildDeskApi } from './channels';

export function createDeskClient(desk: DeskApi): DeskClient {
  const api = desk as unknown as Record<string, Record<string, (request: unknown) => Promise<BridgeResult<unknown>>>>;
  return mapChannels((_channel, namespace, method) => async (request: unknown) => {
    const call = api[namespace]?.[method];
    if (!call) throw new DeskError('unknown-channel', `The bridge has no ${namespace}.${method}`);
    const result = await call(request);
    if (result.ok) return result.value;
    throw new DeskError(result.error.code, result.error.message, result.error.details);
  }) as DeskClient;
}

export type { BridgeContract };
