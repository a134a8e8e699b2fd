import type { FastifyInstance } from 'fastify';
import { deviceOf } from '../auth';
import type { Storage } from '../storage/storage';

/**
 * A desk that disconnects from the server (the Sync screen's "disconnect") revokes its own token:
 * it may then enrol again under its id, which a code never may while the device is enrolled.
 */
export function deviceRoutes(app: FastifyInstance, storage: Storage, now: () => number): void {
  app.post('/v1/leave', async (request) => {
    await storage.revokeDevice(deviceOf(request).id, new Date(now()).toISOString());
    return { revoked: true };
  });
}
