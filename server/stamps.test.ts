import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../shared/sync/hlc';
import type { WireOp } from '../shared/sync/protocol';
import { issueEnrolmentCode, revokeDevice } from './admin/commands';
import { allowedClockSkewMs } from './check-stamps';
import { opFactory } from './testing/ops';
import type { ServerFixture } from './testing/server-fixture';
import { serversFor } from './testing/server-fixture';
import { storageKinds } from './testing/test-storage';

const day = 24 * 60 * 60 * 1000;
const unitName = '丽水市现代服务业职业教育集团欧阳𠮷㐂实训基地';

describe.each(storageKinds)('whose operations a device may push, and when they may be stamped, on %s (issue 13.4)', (kind) => {
  const startServer = serversFor(kind);
  const serverNow = 1_790_000_000_000;
  const start = (): Promise<ServerFixture> => startServer({ now: () => serverNow });
  const push = (server: ServerFixture, token: string, ops: WireOp[]) => server.send('POST', '/v1/push', { token, body: { ops } });
  const nameOf = async (server: ServerFixture, workspaceId: string, rowId: string) =>
    (await server.storage.state(workspaceId)).find((field) => field.rowId === rowId && field.field === 'name')?.value;

  it('refuses a stamp from the far future, so it cannot win a field for ever; a later honest edit wins', async () => {
    const server = await start();
    const attacker = await server.enrol('丽水职教集团');
    const office = await server.enrol('丽水职教集团');
    const row = randomUUID();
    expect((await push(server, office.token, opFactory(office.deviceId).unit(row, unitName))).statusCode).toBe(200);

    const forever = { ...opFactory(attacker.deviceId).op('units', row, 'name', '篡改'), hlc: `999999999999999-000000-${attacker.deviceId}` };
    const refused = await push(server, attacker.token, [forever]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'clock-ahead' } });
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(new Date(serverNow).toISOString());
    // A clock a day ahead is refused too; one within the allowed skew is taken.
    const aDayAhead = opFactory(attacker.deviceId).op('units', row, 'name', '篡改', { wallMs: serverNow + day });
    expect((await push(server, attacker.token, [aDayAhead])).json()).toMatchObject({ error: { code: 'clock-ahead' } });
    expect(await nameOf(server, office.workspaceId, row)).toBe(unitName);

    const slightlyFast = opFactory(attacker.deviceId).op('units', row, 'name', '稍快的钟', { wallMs: serverNow + allowedClockSkewMs - 1000 });
    expect((await push(server, attacker.token, [slightlyFast])).statusCode).toBe(200);
    const honest = opFactory(office.deviceId).op('units', row, 'name', '丽水职业技术学院', { wallMs: serverNow + allowedClockSkewMs });
    expect((await push(server, office.token, [honest])).statusCode).toBe(200);
    expect(await nameOf(server, office.workspaceId, row)).toBe('丽水职业技术学院');
  });

  it('refuses operations under another device id, of its own workspace or of another, and stores nothing of the batch', async () => {
    const server = await start();
    const a = await server.enrol('丽水职教集团');
    const b = await server.enrol('丽水职教集团');
    const elsewhere = await server.enrol('温州职教集团');
    const row = randomUUID();
    for (const victim of [b, elsewhere]) {
      const forged = [...opFactory(a.deviceId).unit(row, unitName), opFactory(victim.deviceId).op('units', row, 'shortName', '冒名')];
      const refused = await push(server, a.token, forged);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'device-mismatch' } });
    }
    // The stamp's device part must be the operation's device too.
    const mixed = { ...opFactory(a.deviceId).op('units', row, 'name', '冒名'), hlc: formatHlc({ wallMs: serverNow, counter: 0, deviceId: b.deviceId }) };
    expect(['invalid-operation', 'device-mismatch']).toContain((await push(server, a.token, [mixed])).json<{ error: { code: string } }>().error.code);
    expect(await server.storage.state(a.workspaceId)).toEqual([]);
    expect(await server.storage.state(elsewhere.workspaceId)).toEqual([]);
  });

  it('lets a restored machine push the unsent operations of the device it declares it was restored from, once that one is revoked', async () => {
    const server = await start();
    const lost = await server.enrol('丽水职教集团');
    const other = await server.enrol('温州职教集团');
    const workspace = (await server.storage.findWorkspace('丽水职教集团'))?.id ?? '';
    const enrol = async (deviceId: string, restoredFrom?: string[]) => {
      const { code } = await issueEnrolmentCode(server.storage, workspace, 7, serverNow);
      return server.send('POST', '/v1/enrol', { body: { code, deviceId, deviceName: '秘书处（恢复）', ...(restoredFrom ? { restoredFrom } : {}) } });
    };
    const carried = opFactory(lost.deviceId).unit(randomUUID(), unitName);

    // Not while the lost device is still enrolled, nor for a device of another workspace: the code stays unused.
    const replacement = randomUUID();
    expect((await enrol(replacement, [lost.deviceId])).json()).toMatchObject({ error: { code: 'lineage-refused' } });
    expect((await enrol(replacement, [other.deviceId])).json()).toMatchObject({ error: { code: 'lineage-refused' } });
    expect((await enrol(replacement, [replacement])).json()).toMatchObject({ error: { code: 'lineage-refused' } });

    // Without a declared lineage, a new device cannot push the lost one's operations.
    const stranger = await enrol(randomUUID());
    expect((await push(server, stranger.json<{ token: string }>().token, carried)).json()).toMatchObject({ error: { code: 'device-mismatch' } });

    await revokeDevice(server.storage, lost.deviceId);
    const neverEnrolled = randomUUID();
    const restored = await enrol(replacement, [lost.deviceId, neverEnrolled]);
    expect(restored.statusCode).toBe(200);
    const token = restored.json<{ token: string }>().token;
    expect(new Set(await server.storage.authorsFor(replacement))).toContain(lost.deviceId);
    const pushed = await push(server, token, [...carried, ...opFactory(replacement).unit(randomUUID(), '丽水思博特精密制造有限公司')]);
    expect(pushed.json()).toMatchObject({ accepted: 8 });
    expect(await nameOf(server, workspace, carried[0]?.rowId ?? '')).toBe(unitName);

    // The carried device cannot come back under its old id: two machines would stamp with it.
    expect((await enrol(lost.deviceId)).json()).toMatchObject({ error: { code: 'device-already-enrolled' } });
    // A restore of the restored machine carries both.
    await revokeDevice(server.storage, replacement);
    const again = randomUUID();
    expect((await enrol(again, [replacement])).statusCode).toBe(200);
    expect(new Set(await server.storage.authorsFor(again))).toEqual(new Set([again, replacement, lost.deviceId, neverEnrolled]));
  });
});
