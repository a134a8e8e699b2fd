import type { FastifyInstance } from 'fastify';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';
import { pullQuerySchema, pushRequestSchema } from '../../shared/sync/protocol';
import { deviceOf } from '../auth';
import { HttpError } from '../errors';
import type { Storage } from '../storage/storage';
import { LogCache } from '../storage/log-cache';
import { checkStamps } from '../check-stamps';
import { checkRoles } from '../check-roles';
import { operationProblem } from '../validate-ops';

/** Push and pull of operations, always within the token's own workspace. */
export function syncRoutes(app: FastifyInstance, storage: Storage, now: () => number): void {
  const log = new LogCache(storage);
  app.post('/v1/push', async (request): Promise<PushResponse> => {
    const device = deviceOf(request);
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', `Not a push: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    // One bad operation refuses the batch: nothing of it is stored.
    for (const [index, op] of parsed.data.ops.entries()) {
      const problem = operationProblem(op);
      if (problem) throw new HttpError(400, 'invalid-operation', `Operation ${index} (${op.opId}): ${problem}`);
    }
    checkStamps(parsed.data.ops, await storage.authorsFor(device.id), now());
    await checkRoles(parsed.data.ops, device, storage);
    const at = new Date(now()).toISOString();
    const result = await storage.append(device.workspaceId, parsed.data.ops, at);
    await storage.touchDevice(device.id, at);
    return { ...result, serverTime: now() };
  });

  // The answer is a PullResponse, written by hand so that stored values go out without being parsed.
  app.get('/v1/pull', async (request, reply) => {
    const device = deviceOf(request);
    const parsed = pullQuerySchema.safeParse(request.query);
    if (!parsed.success) throw new HttpError(400, 'invalid-request', 'Pull with after=<seq>&limit=<n>.');
    const page = await log.page(device.workspaceId, parsed.data.after, parsed.data.limit);
    const collisions = await storage.collisions(device.workspaceId);
    await storage.touchDevice(device.id, new Date(now()).toISOString());
    const devices = (await storage.listDevices(device.workspaceId)).map(({ id, name }) => ({ id, name }));
    const rest: Omit<PullResponse, 'ops'> = { hasMore: page.hasMore, serverSeq: page.serverSeq, serverTime: now(), collisions, grant: device.grant, devices };
    return reply.type('application/json').send(`{"ops":${page.opsJson},${JSON.stringify(rest).slice(1)}`);
  });
}
