import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSyncService } from '../../electron/services/sync-client';
import { createCredentialStore } from '../../electron/services/sync-credentials';
import { enrolBridgeRequestSchema } from '../../shared/bridge/sync';
import { createBridgeTransport } from '../../renderer/sync/bridge-transport';
import { DeskDatabase } from '../../renderer/db/database';
import { mutate } from '../../renderer/db/mutate';
import { ensureDeviceId } from '../../renderer/db/settings';
import { syncOnce } from '../../renderer/sync/engine';
import { wireOpsOf } from '../../renderer/sync/outbox';
import { parseHlc } from '../../shared/sync/hlc';
import { limits } from '../../shared/sync/protocol';
import { ServerFixture } from '../../server/testing/server-fixture';
import { startTestSyncServer } from '../support/sync-server';
import { appTransport } from './app-transport';

const minute = 60_000;
const day = 24 * 60 * minute;
const opened: DeskDatabase[] = [];
const servers: ServerFixture[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const server of servers.splice(0)) await server.stop();
});

describe('a desk whose clock is a day ahead of the server (issue 13.4)', () => {
  it('is refused, recovers by re-stamping what it had not sent, and then loses to a later edit from a desk with a right clock', async () => {
    // One clock for all, moved by hand: the server's, the right desk's, and the fast desk's a day ahead.
    let time = 1_790_000_000_000;
    const server = await new ServerFixture('sqlite', { now: () => time }).start();
    servers.push(server);
    const desk = async (offset: number) => {
      const db = new DeskDatabase(`clock-ahead-${randomUUID()}`);
      opened.push(db);
      const enrolled = await server.enrol('丽水职教集团', await ensureDeviceId(db));
      const now = () => time + offset;
      return { db, now, sync: () => syncOnce({ db, transport: appTransport(() => server, enrolled.token), now, skipAttachments: true }) };
    };
    const fast = await desk(day);
    const right = await desk(0);
    const workspace = (await server.storage.findWorkspace('丽水职教集团'))?.id ?? '';
    const serverName = async (rowId: string) => (await server.storage.state(workspace)).find((field) => field.rowId === rowId && field.field === 'name')?.value;

    const unit = await mutate((m) => m.create('units', { name: '丽水市现代服务业职业教育集团欧阳实训基地', kind: 'enterprise' }), fast.db, fast.now);
    const pending = (await fast.db.outbox.toArray()).flatMap(wireOpsOf);
    expect(parseHlc(pending[0]?.hlc ?? '').wallMs).toBeGreaterThan(time + day - minute);

    time += 1000;
    const first = await fast.sync();
    expect(first.restamped).toBe(pending.length);
    expect(first.pending).toBe(0);
    expect(first.skewMs).toBeLessThan(-day + minute);
    // Nothing was lost: every operation landed, under its own id, stamped within the server's allowed skew.
    const logged = (await server.storage.pull(workspace, 0, 100)).ops;
    expect(logged.map((op) => op.opId).sort()).toEqual(pending.map((op) => op.opId).sort());
    for (const op of logged) expect(parseHlc(op.hlc).wallMs).toBeLessThanOrEqual(time + limits.maxClockAheadMs);
    // The desk's own copy carries the new stamps too, so it merges as the server does.
    const stored = await fast.db.units.get(unit.id);
    expect(stored?._clocks.name).toBe(logged.find((op) => op.field === 'name')?.hlc);

    await right.sync();
    time += 10 * minute;
    await mutate((m) => m.update('units', unit.id, { name: '丽水职业技术学院' }), right.db, right.now);
    await right.sync();
    await fast.sync();
    // The later edit wins everywhere: the fast clock no longer wins the field.
    expect(await serverName(unit.id)).toBe('丽水职业技术学院');
    expect((await fast.db.units.get(unit.id))?.name).toBe('丽水职业技术学院');

    // New edits on the fast desk are stamped by the corrected clock and go through without a refusal.
    time += minute;
    await mutate((m) => m.update('units', unit.id, { shortName: '丽职院' }), fast.db, fast.now);
    const next = await fast.sync();
    expect(next).toMatchObject({ restamped: 0, pending: 0, pushed: 1 });
    const shortName = (await server.storage.state(workspace)).find((field) => field.field === 'shortName');
    expect(shortName?.value).toBe('丽职院');
    expect(parseHlc(shortName?.hlc ?? '').wallMs).toBeLessThanOrEqual(time + limits.maxClockAheadMs);
  });
});

describe('the clock recovery through the app’s own transport (bridge → main-process HTTP client → server)', () => {
  it('learns of the refusal by its error code and lands the operations', async () => {
    const server = await startTestSyncServer();
    try {
      const workspace = await server.createWorkspace('丽水市现代服务业职业教育集团');
      const db = new DeskDatabase(`clock-ahead-bridge-${randomUUID()}`);
      opened.push(db);
      const service = createSyncService({ credentials: createCredentialStore(await mkdtemp(join(tmpdir(), 'desk-clock-ahead-'))) });
      const enrolled = await service.enrol(enrolBridgeRequestSchema.parse({ serverUrl: server.url, code: await server.issueCode(workspace.id), deviceId: await ensureDeviceId(db), deviceName: '上官秘书处' }));
      expect(enrolled.outcome).toBe('done');
      const now = () => Date.now() + day;
      await mutate((m) => m.create('people', { name: '欧阳𠮷㐂' }), db, now);
      const outcome = await syncOnce({ db, transport: createBridgeTransport({ sync: service }), now, skipAttachments: true });
      expect(outcome.restamped).toBeGreaterThan(0);
      expect(outcome.pending).toBe(0);
      const state = await server.storage.state(workspace.id);
      expect(state.find((field) => field.field === 'name')?.value).toBe('欧阳𠮷㐂');
      for (const field of state) expect(parseHlc(field.hlc).wallMs).toBeLessThanOrEqual(Date.now() + limits.maxClockAheadMs);
    } finally {
      await server.close();
    }
  });
});
