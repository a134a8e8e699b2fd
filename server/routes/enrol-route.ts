import type { FastifyInstance } from 'fastify';
import type { EnrolResponse } from '../../shared/sync/protocol';
import { enrolRequestSchema } from '../../shared/sync/protocol';
import { hashSecret, newToken, normalizeCode } from '../credentials';
import { HttpError } from '../errors';
import type { EnrolmentThrottle } from '../rate-limit';
import type { Storage } from '../storage/storage';

/** A device trades a one-time code for its own token. */
export function enrolRoute(app: FastifyInstance, storage: Storage, throttle: EnrolmentThrottle, now: () => number): void {
  app.post('/v1/enrol', async (request, reply): Promise<EnrolResponse> => {
    const parsed = enrolRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', 'Enrol with {code, deviceId, deviceName} and, for a restored machine, restoredFrom: [device ids].');
    const codeHash = hashSecret(normalizeCode(parsed.data.code));
    const wrongCode = (): HttpError => new HttpError(403, 'enrolment-code-invalid', 'The enrolment code is wrong, used or expired.');
    // The same wrong code again: known wrong, and no new guess.
    if (throttle.knownFailure(request.ip, codeHash)) throw wrongCode();
    const wait = throttle.take(request.ip);
    if (wait > 0) {
      void reply.header('retry-after', Math.ceil(wait / 1000));
      throw new HttpError(429, 'rate-limited', `Too many wrong enrolment codes from this address; try again in ${Math.ceil(wait / 1000)} seconds.`);
    }
    const token = newToken();
    const at = new Date(now()).toISOString();
    const result = await storage.enrol(codeHash, { id: parsed.data.deviceId, name: parsed.data.deviceName, tokenHash: hashSecret(token), restoredFrom: parsed.data.restoredFrom }, at);
    if ('refused' in result) {
      if (result.refused === 'other-workspace') throw new HttpError(409, 'device-in-other-workspace', 'This device belongs to another workspace.');
      if (result.refused === 'lineage-refused') {
        throw new HttpError(409, 'lineage-refused', 'A device this one declares it was restored from is not in this workspace, or is not revoked; the admin revokes it first (server:admin revoke <deviceId>).');
      }
      if (result.refused === 'device-active') {
        throw new HttpError(409, 'device-already-enrolled', 'A device with this id is enrolled and not revoked; the admin revokes it first (server:admin revoke <deviceId>).');
      }
      throttle.fail(request.ip, codeHash);
      throw wrongCode();
    }
    return { token, workspaceId: result.workspace.id, workspaceName: result.workspace.name, deviceId: parsed.data.deviceId };
  });
}
