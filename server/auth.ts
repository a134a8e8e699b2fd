import type { FastifyRequest } from 'fastify';
import { minimumProtocolVersion, protocolHeader, protocolVersion } from '../shared/sync/protocol';
import { hashSecret } from './credentials';
import { HttpError } from './errors';
import type { Device, Storage } from './storage/storage';

/**
 * Refuses a client that does not speak a protocol version this server serves. Checked before the
 * body is read, so an old client gets the upgrade message whatever it sends.
 */
export function checkProtocol(request: FastifyRequest): void {
  const header = request.headers[protocolHeader];
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || !/^\d{1,6}$/.test(text)) {
    throw new HttpError(400, 'protocol-version-missing', `Send the protocol version in the ${protocolHeader} header.`);
  }
  const version = Number(text);
  if (version < minimumProtocolVersion) {
    throw new HttpError(426, 'upgrade-required', `This server needs protocol ${minimumProtocolVersion} or later; please upgrade Alliance Desk.`);
  }
  if (version > protocolVersion) {
    throw new HttpError(400, 'server-outdated', `This server speaks protocol ${protocolVersion}; the server needs to be upgraded.`);
  }
}

const authenticated = new WeakMap<FastifyRequest, Device>();

/** The device behind the request's bearer token; a revoked device is refused at once. */
export async function authenticate(request: FastifyRequest, storage: Storage): Promise<void> {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new HttpError(401, 'unauthorized', 'Send the device token as Authorization: Bearer <token>.');
  const device = await storage.deviceByTokenHash(hashSecret(match[1]));
  if (!device) throw new HttpError(401, 'unauthorized', 'Unknown token.');
  if (device.revokedAt !== null) throw new HttpError(401, 'device-revoked', 'This device was removed from the workspace.');
  authenticated.set(request, device);
}

export function deviceOf(request: FastifyRequest): Device {
  const device = authenticated.get(request);
  if (!device) throw new HttpError(401, 'unauthorized', 'Not authenticated.');
  return device;
}
