import type { BridgeContract, MethodOf, Namespace, RequestOf, ResponseOf } from './contract';
import { bridgeContract, channelOf } from './contract';
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

function mapContract<F>(make: (channel: string, namespace: string, method: string) => F): Record<string, Record<string, F>> {
  const contract: Record<string, object> = bridgeContract;
  return Object.fromEntries(
    Object.entries(contract).map(([namespace, methods]) => [
      namespace,
      Object.fromEntries(Object.keys(methods).map((method) => [method, make(channelOf(namespace, method), namespace, method)])),
    ]),
  );
}

/** Builds `window.desk` over a transport: IPC in the preload, HTTP in browser mode. */
export function buildDeskApi(send: Send): DeskApi {
  // The mapped type cannot be produced by Object.fromEntries; the shape is the contract's by construction.
  return mapContract((channel) => (request: unknown) => send(channel, request)) as DeskApi;
}

export function createDeskClient(desk: DeskApi): DeskClient {
  const api = desk as unknown as Record<string, Record<string, (request: unknown) => Promise<BridgeResult<unknown>>>>;
  return mapContract((_channel, namespace, method) => async (request: unknown) => {
    const call = api[namespace]?.[method];
    if (!call) throw new DeskError('unknown-channel', `The bridge has no ${namespace}.${method}`);
    const result = await call(request);
    if (result.ok) return result.value;
    throw new DeskError(result.error.code, result.error.message, result.error.details);
  }) as DeskClient;
}

export type { BridgeContract };
