import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { limits, minimumProtocolVersion, protocolVersion } from '../shared/sync/protocol';
import { authenticate, checkProtocol } from './auth';
import { answerClientError, clientFault, sendError } from './errors';
import type { RateLimit } from './rate-limit';
import { EnrolmentThrottle } from './rate-limit';
import { attachmentRoutes } from './routes/attachment-routes';
import { deviceRoutes } from './routes/device-routes';
import { enrolRoute } from './routes/enrol-route';
import { syncRoutes } from './routes/sync-routes';
import type { Storage } from './storage/storage';

export interface AppOptions {
  storage: Storage;
  /** The server's clock; tests move it. */
  now?: () => number;
  /** Different wrong enrolment codes per client address before it is slowed; by default 10 per 10 minutes. */
  enrolRateLimit?: RateLimit;
  logger?: boolean;
  /** Behind a reverse proxy that sets X-Forwarded-For (for the rate limit's client address). */
  trustProxy?: boolean;
  /** Serve TLS with this certificate and key (PEM); `server/tls.ts` finds or makes them. */
  https?: { cert: string; key: string };
}

/** Routes that answer without a token, and without a protocol version. */
const open = new Set(['/v1/info']);
const withoutToken = new Set(['/v1/enrol']);

/** The sync server (DESIGN.md §4) over a storage; `server/main.ts` starts it on a port. */
export function buildApp({ storage, now = Date.now, enrolRateLimit = { max: 10, windowMs: 10 * 60 * 1000 }, logger = false, trustProxy = false, https }: AppOptions): FastifyInstance {
  // TLS when given (`https: null` is plain HTTP); typed as the HTTP instance, as the routes use nothing that differs.
  const app = Fastify({ logger, bodyLimit: limits.maxJsonBodyBytes, trustProxy, clientErrorHandler: answerClientError, https: https ?? null }) as unknown as FastifyInstance;

  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: limits.maxAttachmentBytes + 1024 }, (_request, body, done) => {
    done(null, body);
  });

  // Before the body is read: the version, then the token. An unauthenticated request never gets its body parsed.
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (open.has(path)) return;
    checkProtocol(request);
    if (!withoutToken.has(path)) await authenticate(request, storage);
  });

  app.setErrorHandler((error: Error, request, reply) => {
    const fault = clientFault(error);
    if (fault) return sendError(reply, fault.status, fault.code, fault.message);
    request.log.error(error);
    return sendError(reply, 500, 'internal', 'The server failed; nothing of this request was stored.');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', 'No such endpoint.'));

  app.get('/v1/info', () => ({ protocolVersion, minimumProtocolVersion, serverTime: now() }));
  enrolRoute(app, storage, new EnrolmentThrottle(enrolRateLimit, now), now);
  syncRoutes(app, storage, now);
  attachmentRoutes(app, storage);
  deviceRoutes(app, storage, now);
  return app;
}
