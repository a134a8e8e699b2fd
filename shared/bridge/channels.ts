import type { MethodOf, Namespace } from './contract';
import type { DeskApi, Send } from './desk-api';

/**
 * The bridge's channels by namespace, as plain names: what the preload exposes. It holds no schema,
 * so the preload (the code that runs beside every page of the app) carries no zod; the names are
 * checked against the contract by the compiler here and in full by channels.test.ts.
 */
export const bridgeChannels = {
  app: ['info', 'setLocale'],
  files: ['saveAs'],
  documents: ['exportPdf', 'exportPdfFiles', 'print', 'listPrinters', 'progress'],
  sync: ['status', 'enrol', 'forget', 'push', 'pull', 'hasAttachment', 'putAttachment', 'getAttachment'],
  backup: ['storeAutomatic', 'listAutomatic', 'readAutomatic'],
  verification: ['makeKey', 'sign', 'exportKey', 'importKey'],
} as const satisfies { [N in Namespace]: readonly MethodOf<N>[] };

export function channelOf(namespace: string, method: string): string {
  return `${namespace}.${method}`;
}

/** One value per channel, by namespace and method: the shape of `window.desk` and of the renderer's client. */
export function mapChannels<F>(make: (channel: string, namespace: string, method: string) => F): Record<string, Record<string, F>> {
  const channels: Record<string, readonly string[]> = bridgeChannels;
  return Object.fromEntries(Object.entries(channels).map(([namespace, methods]) => [namespace, Object.fromEntries(methods.map((method) => [method, make(channelOf(namespace, method), namespace, method)]))]));
}

/** Builds `window.desk` over a transport: IPC in the preload, HTTP in browser mode. */
export function buildDeskApi(send: Send): DeskApi {
  // The mapped type cannot be produced by Object.fromEntries; the shape is the contract's by construction.
  return mapChannels((channel) => (request: unknown) => send(channel, request)) as DeskApi;
}
