import type { z } from 'zod';
import type { MethodOf, Namespace, ParsedRequestOf, ResponseOf } from '../../shared/bridge/contract';
import { bridgeContract, findEndpoint } from '../../shared/bridge/contract';
import type { BridgeResult } from '../../shared/bridge/result';
import { DeskError } from '../../shared/bridge/result';

/** The main process's side of the contract: one plain async function per endpoint. */
export type BridgeHandlers = {
  [N in Namespace]: { [M in MethodOf<N>]: (request: ParsedRequestOf<N, M>) => Promise<ResponseOf<N, M>> };
};

export type Dispatch = (channel: string, rawRequest: unknown) => Promise<BridgeResult<unknown>>;

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(request)'}: ${issue.message}`);
}

/**
 * Validates a request against the contract, runs its handler, and turns every failure into a
 * result value: whatever a renderer sends, the main process answers and keeps running.
 */
export function createDispatch(handlers: BridgeHandlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  const table = handlers as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>>>;
  return async (channel, rawRequest) => {
    const endpoint = findEndpoint(channel, bridgeContract);
    const [namespace = '', method = ''] = channel.split('.', 2);
    const handler = table[namespace]?.[method];
    if (!endpoint || !handler) {
      return { ok: false, error: { code: 'unknown-channel', message: `No bridge channel named ${JSON.stringify(channel)}` } };
    }
    const parsed = endpoint.request.safeParse(rawRequest);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: `Malformed request to ${channel}`, details: describeIssues(parsed.error) },
      };
    }
    try {
      const response = endpoint.response.parse(await handler(parsed.data));
      return { ok: true, value: response };
    } catch (error) {
      if (error instanceof DeskError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
      }
      log(`bridge ${channel} failed`, error);
      return { ok: false, error: { code: 'internal', message: `${channel} failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}
