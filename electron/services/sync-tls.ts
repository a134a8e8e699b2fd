import type { IncomingMessage } from 'node:http';
import { Agent, request as httpsRequest } from 'node:https';
import type { RequestOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { Readable } from 'node:stream';
import { connect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { Fetch } from './sync-http';

/** The server presented another certificate than the one its enrolment code named. */
export class CertificateMismatchError extends Error {
  readonly code = 'ERR_DESK_CERTIFICATE_MISMATCH';
  constructor(
    readonly expected: string,
    readonly presented: string,
  ) {
    super(`the server's certificate has SHA-256 fingerprint ${presented}, not ${expected} as its enrolment code says`);
    this.name = 'CertificateMismatchError';
  }
}

/**
 * Connections trusted by the certificate's fingerprint alone, as the enrolment code carries it: a
 * self-signed certificate is not in any authority's chain, so the usual verification is off and
 * the fingerprint decides instead. The socket is handed to the request only after the handshake
 * and the comparison, so not one byte (the token least of all) reaches a server that shows
 * another certificate. No TLS session is resumed: every connection shows its certificate.
 */
class PinnedAgent extends Agent {
  constructor(private readonly fingerprint256: string) {
    super({ keepAlive: true, maxCachedSessions: 0 });
  }

  override createConnection(options: RequestOptions, callback?: (error: Error | null, socket: Duplex) => void): undefined {
    const socket = connect({ ...(options as ConnectionOptions), rejectUnauthorized: false });
    let settled = false;
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      callback?.(error, socket);
    };
    socket.once('error', (error: Error) => settle(error));
    socket.once('secureConnect', () => {
      const presented = socket.getPeerCertificate().fingerprint256;
      if (presented === this.fingerprint256) return settle(null);
      const error = new CertificateMismatchError(this.fingerprint256, presented);
      socket.destroy(error);
      settle(error);
    });
    return undefined;
  }
}

const agents = new Map<string, PinnedAgent>();

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** The bodies the sync client sends: JSON text and attachment bytes. */
function bodyBytes(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array) return body ?? undefined;
  throw new TypeError('a pinned request sends text or bytes');
}

/**
 * A fetch over `https:` that trusts exactly the certificate with this SHA-256 fingerprint
 * (`AB:CD:…`), for the sync client's few requests: method, headers, a text or byte body, an
 * abort signal; the answer as a standard Response. Redirects are not followed (the sync client
 * treats them as errors, as it asks fetch to).
 */
export function pinnedFetch(fingerprint256: string): Fetch {
  let agent = agents.get(fingerprint256);
  if (!agent) {
    agent = new PinnedAgent(fingerprint256);
    agents.set(fingerprint256, agent);
  }
  const pinned = agent;
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      if (url.protocol !== 'https:') {
        reject(new TypeError(`a pinned request goes over https:, not ${url.protocol}`));
        return;
      }
      const body = bodyBytes(init.body);
      const method = init.method ?? 'GET';
      const outgoing = httpsRequest(url, { method, agent: pinned, headers: init.headers as Record<string, string> | undefined, signal: init.signal ?? undefined }, (message) => {
        const status = message.statusCode ?? 0;
        const empty = method === 'HEAD' || status === 204 || status === 304;
        if (empty) message.resume();
        const response = new Response(empty ? null : (Readable.toWeb(message) as ReadableStream<Uint8Array>), { status, statusText: message.statusMessage, headers: headersOf(message) });
        // As fetch's own answers do: the sync client names the address in its messages.
        Object.defineProperty(response, 'url', { value: url.href });
        resolve(response);
      });
      outgoing.once('error', reject);
      outgoing.end(body);
    });
}
