import type { z } from 'zod';
import type { SyncFailure } from '../../shared/bridge/sync';
import { errorBodySchema, protocolHeader, protocolVersion } from '../../shared/sync/protocol';
import { CertificateMismatchError } from './sync-tls';

/** Node's fetch, or a test's. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A request's outcome: the server's answer (status and response), or why there was none. */
export type HttpOutcome = { ok: true; response: Response } | { ok: false; failure: SyncFailure };

export class SyncFailureError extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.message);
    this.name = 'SyncFailureError';
  }
}

export interface HttpOptions {
  fetch: Fetch;
  /** A request that has not answered after this long is given up (the next sync tries again). */
  timeoutMs: number;
}

/** OpenSSL's and Node's codes for a certificate that no authority on this machine vouches for. */
const untrustedCertificateCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Why no answer came: another certificate than the pinned one, one nobody vouches for, or the network. */
function connectionFailureCode(error: unknown): SyncFailure['code'] {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof CertificateMismatchError) return 'certificate-mismatch';
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && untrustedCertificateCodes.has(code)) return 'certificate-untrusted';
  }
  return 'network';
}

/**
 * One request to the sync server with the protocol version header, and the bearer token when
 * there is one. A network failure or timeout, and any error status, become a SyncFailureError
 * carrying the server's own error code where it sent one.
 */
export async function request(options: HttpOptions, url: string, init: { method: string; token?: string; headers?: Record<string, string>; body?: RequestInit['body'] }): Promise<Response> {
  const headers: Record<string, string> = { [protocolHeader]: String(protocolVersion), ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await options.fetch(url, { method: init.method, headers, body: init.body, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error' });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new SyncFailureError({ code: connectionFailureCode(error), message: `${init.method} ${url} got no answer (${error instanceof Error ? error.message : String(error)}${cause})` });
  }
  if (response.ok || response.status === 404) return response;
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) throw new SyncFailureError({ code: parsed.data.error.code, message: parsed.data.error.message, status: response.status });
  const code = response.status === 401 ? 'unauthorized' : response.status === 413 ? 'payload-too-large' : response.status === 426 ? 'upgrade-required' : response.status === 429 ? 'rate-limited' : response.status >= 500 ? 'internal' : 'bad-response';
  throw new SyncFailureError({ code, message: `${init.method} ${url} answered ${response.status} ${text.slice(0, 200)}`, status: response.status });
}

/** The JSON body of an answer, checked against the protocol's schema. */
export async function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new SyncFailureError({ code: 'bad-response', message: `${response.url} answered ${response.status} with no JSON`, status: response.status });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncFailureError({ code: 'bad-response', message: `${response.url} answered with an unexpected body: ${parsed.error.issues[0]?.message ?? ''}`, status: response.status });
  return parsed.data;
}
