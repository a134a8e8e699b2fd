import { z } from 'zod';
import { appInfoSchema, setLocaleRequestSchema } from './app';
import { backupEndpoints } from './backup';
import { channelOf } from './channels';
import {
  exportPdfFilesRequestSchema,
  exportPdfFilesResultSchema,
  exportPdfRequestSchema,
  exportPdfResultSchema,
  listPrintersResultSchema,
  printRequestSchema,
  printResultSchema,
  renderProgressRequestSchema,
  renderProgressSchema,
} from './documents';
import { saveAsRequestSchema, saveAsResultSchema } from './files';
import { syncEndpoints } from './sync';
import { verificationEndpoints } from './verification';

export interface Endpoint {
  request: z.ZodType;
  response: z.ZodType;
}
export type Contract = Record<string, Record<string, Endpoint>>;

const noRequest = z.object({}).strict();
const noResponse = z.object({}).strict();

/**
 * The one description of everything the renderer may ask of the main process. The preload, the
 * main process's IPC handlers, browser mode's HTTP routes and the renderer's client are all
 * derived from this object, so none of them can name a channel or a shape of their own.
 */
export const bridgeContract = {
  app: {
    info: { request: noRequest, response: appInfoSchema },
    /** The menu follows the interface language. */
    setLocale: { request: setLocaleRequestSchema, response: noResponse },
  },
  files: {
    saveAs: { request: saveAsRequestSchema, response: saveAsResultSchema },
  },
  /** Rendering of documents (licences, letters, plans) to PDF and printing them: shared/bridge/documents.ts. */
  documents: {
    exportPdf: { request: exportPdfRequestSchema, response: exportPdfResultSchema },
    exportPdfFiles: { request: exportPdfFilesRequestSchema, response: exportPdfFilesResultSchema },
    print: { request: printRequestSchema, response: printResultSchema },
    listPrinters: { request: noRequest, response: listPrintersResultSchema },
    /** How far an export or print given a jobId has got: polled while that request runs. */
    progress: { request: renderProgressRequestSchema, response: renderProgressSchema },
  },
  /** Requests to the sync server, made by the main process, which keeps the token: shared/bridge/sync.ts. */
  sync: syncEndpoints,
  /** The rotating automatic backups in the data folder: shared/bridge/backup.ts. */
  backup: backupEndpoints,
  /** The alliance's signing key, kept by the main process: shared/bridge/verification.ts. */
  verification: verificationEndpoints,
} as const satisfies Contract;

export type BridgeContract = typeof bridgeContract;
export type Namespace = keyof BridgeContract;
export type MethodOf<N extends Namespace> = keyof BridgeContract[N] & string;
type EndpointOf<N extends Namespace, M extends MethodOf<N>> = BridgeContract[N][M] extends Endpoint ? BridgeContract[N][M] : never;
export type RequestOf<N extends Namespace, M extends MethodOf<N>> = z.input<EndpointOf<N, M>['request']>;
export type ParsedRequestOf<N extends Namespace, M extends MethodOf<N>> = z.output<EndpointOf<N, M>['request']>;
export type ResponseOf<N extends Namespace, M extends MethodOf<N>> = z.output<EndpointOf<N, M>['response']>;

export type Channel = { [N in Namespace]: `${N}.${MethodOf<N>}` }[Namespace];

export { channelOf };

/** Every endpoint with its channel name, for the code that registers or exposes them all. */
export function listEndpoints(contract: Contract = bridgeContract): { channel: string; namespace: string; method: string; endpoint: Endpoint }[] {
  return Object.entries(contract).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([method, endpoint]) => ({ channel: channelOf(namespace, method), namespace, method, endpoint })),
  );
}

export function findEndpoint(channel: string, contract: Contract = bridgeContract): Endpoint | undefined {
  const dot = channel.indexOf('.');
  if (dot < 0) return undefined;
  const methods = Object.hasOwn(contract, channel.slice(0, dot)) ? contract[channel.slice(0, dot)] : undefined;
  const method = channel.slice(dot + 1);
  return methods && Object.hasOwn(methods, method) ? methods[method] : undefined;
}
