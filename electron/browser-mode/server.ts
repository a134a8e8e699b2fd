import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { SaveAsRequest, SaveAsResult } from '../../shared/bridge/files';
import type { BridgeEnvelope } from '../../shared/bridge/wire';
import { decodeWire, encodeWire } from '../../shared/bridge/wire';
import { createDispatch } from '../bridge/dispatch';
import { createHandlers } from '../bridge/handlers';
import { createDocumentsService } from '../documents/documents-service';
import { createNodeDocuments } from '../documents/node-documents';
import { createProgressBoard } from '../documents/render-progress';
import { securityHeaders } from '../security/csp';
import { createAppInfo } from '../services/app-info';
import { createBackupStore } from '../services/backup-store';
import { createSigningService } from '../services/signing';
import { createSyncService } from '../services/sync-client';
import { createCredentialStore } from '../services/sync-credentials';
import { allowedHosts, lockedPage, readCookie, sameSecret, secretCookie } from './access';
import type { AddressUse } from './address-record';
import { readAddressUses, registryElsewhere, withAddressUse, writeAddressUses } from './address-record';
import type { StagedDownload } from './downloads';
import { attachmentDisposition, createDownloadStage } from './downloads';

export interface BrowserModeOptions {
  rendererDir: string;
  dataDir: string;
  productName: string;
  version: string;
  /** 0 picks a free port (tests); the app uses a fixed port, because IndexedDB belongs to the origin. */
  port: number;
  /** Where build/fonts.css and node_modules are: by default two levels above this module (electron/browser-mode or dist/browser-mode). */
  repoRoot?: string;
}

export interface BrowserMode {
  origin: string;
  /** The address to open: it carries this start's secret once, then a cookie does. */
  openUrl: string;
  /** Where the data folder was last served, when that was another address: the registry is there (the app says so too). */
  registryElsewhere: AddressUse | undefined;
  close(): Promise<void>;
}

/**
 * Browser mode: the built renderer and the bridge on 127.0.0.1, behind the same services as the
 * desktop app. Every request must name our host (no DNS rebinding) and carry the secret of this
 * start; bridge calls must also come from our own origin (no other site calling in).
 */
export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const secret = randomBytes(32).toString('base64url');
  const downloads = createDownloadStage();
  // Known once the server listens: the address it is compared with is this start's.
  const registry: { elsewhere?: AddressUse } = {};
  const appInfo = createAppInfo({ runtime: 'browser', productName: options.productName, version: options.version, dataDir: options.dataDir, registryElsewhere: () => registry.elsewhere });
  // No keyring in browser mode: the token is kept in a file only this user can read (the Sync screen says so).
  const sync = createSyncService({ credentials: createCredentialStore(options.dataDir) });
  const backups = createBackupStore(options.dataDir);
  // Like the token: no keyring in browser mode, so the signing keys are a file only this user can read.
  const signing = createSigningService(options.dataDir);
  // Documents are rendered by Chromium (playwright-core), started on the first export or print.
  const documents = await createNodeDocuments(options.repoRoot ?? fileURLToPath(new URL('../..', import.meta.url)));
  // One board for every request: a batch reports into it while the renderer asks for its progress in others.
  const progress = createProgressBoard();
  const server = Fastify({ bodyLimit: 400 * 1024 * 1024, logger: false });
  let hosts = new Set<string>();

  server.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(securityHeaders);
    return payload;
  });
  server.addHook('onRequest', async (request, reply) => {
    if (!hosts.has(request.headers.host ?? '')) return reply.code(421).type('text/plain').send('Host not allowed');
    if (request.url.startsWith('/open?')) return undefined;
    if (!sameSecret(readCookie(request.headers.cookie, secretCookie), secret)) return reply.code(401).type('text/html').send(lockedPage);
    return undefined;
  });

  server.get<{ Querystring: { secret?: string } }>('/open', async (request, reply) => {
    if (!sameSecret(request.query.secret, secret)) return reply.code(401).type('text/html').send(lockedPage);
    reply.header('Set-Cookie', `${secretCookie}=${secret}; HttpOnly; SameSite=Strict; Path=/`);
    return reply.redirect('/', 303);
  });

  server.removeContentTypeParser('application/json');
  server.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  server.post<{ Params: { channel: string }; Body: string }>('/bridge/:channel', async (request, reply) => {
    if (request.headers.origin !== `http://${request.headers.host ?? ''}`) {
      return reply.code(403).type('text/plain').send('Cross-origin bridge calls are refused');
    }
    const staged: StagedDownload[] = [];
    const stageDownload = (saveRequest: SaveAsRequest): Promise<SaveAsResult> => {
      const download = downloads.stage(saveRequest);
      staged.push(download);
      return Promise.resolve({ outcome: 'downloading', fileName: download.fileName });
    };
    const dispatch = createDispatch(
      createHandlers({
        appInfo,
        saveAs: stageDownload,
        setLocale: () => undefined,
        documents: createDocumentsService({ engine: documents.engine, saveAs: stageDownload, progress }),
        sync,
        backups,
        signing,
      }),
      (message, error) => request.log.error({ err: error }, message),
    );
    let body: unknown;
    try {
      body = decodeWire(typeof request.body === 'string' ? request.body : '');
    } catch {
      const envelope: BridgeEnvelope = { result: { ok: false, error: { code: 'invalid-request', message: 'The request body is not JSON' } }, downloads: [] };
      return reply.type('application/json').send(encodeWire(envelope));
    }
    const envelope: BridgeEnvelope = { result: await dispatch(request.params.channel, body), downloads: staged };
    return reply.type('application/json').send(encodeWire(envelope));
  });

  server.get<{ Params: { token: string } }>('/downloads/:token', async (request, reply) => {
    const entry = downloads.take(request.params.token);
    if (!entry) return reply.code(404).type('text/plain').send('This download has expired; save the file again.');
    return reply.type(entry.mimeType).header('Content-Disposition', attachmentDisposition(entry.fileName)).send(Buffer.from(entry.bytes));
  });

  // The bundled fonts, for the documents' preview in the renderer (the same files the PDFs embed).
  await server.register(fastifyStatic, { root: documents.fontsDir, prefix: '/fonts/', decorateReply: false, index: false });
  await server.register(fastifyStatic, { root: options.rendererDir, index: 'index.html', wildcard: true });

  await server.listen({ host: '127.0.0.1', port: options.port });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  hosts = allowedHosts(port);
  const origin = `http://127.0.0.1:${port}`;
  const uses = readAddressUses(options.dataDir);
  registry.elsewhere = registryElsewhere(uses, origin);
  writeAddressUses(options.dataDir, withAddressUse(uses, origin, new Date()));
  return {
    origin,
    openUrl: `${origin}/open?secret=${secret}`,
    registryElsewhere: registry.elsewhere,
    close: async () => {
      await server.close();
      await documents.close();
    },
  };
}
