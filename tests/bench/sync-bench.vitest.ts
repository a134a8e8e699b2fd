import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../shared/sync/hlc';
import type { WireOp } from '../../shared/sync/protocol';
import { DeskDatabase } from '../../renderer/db/database';
import { mutate } from '../../renderer/db/mutate';
import { ensureDeviceId } from '../../renderer/db/settings';
import { syncOnce } from '../../renderer/sync/engine';
import { ServerFixture } from '../../server/testing/server-fixture';
import { storageKinds } from '../../server/testing/test-storage';
import { httpTransport } from '../sync/http-transport';

/**
 * `npm run bench:sync` (DESIGN.md §5): over real HTTP on loopback, against SQLite and PostgreSQL.
 * The client is the real engine on fake-indexeddb in Node (not Chromium's IndexedDB).
 * Budgets: first sync of 50,000 operations ≤ 5 s; a round trip of 100 changes ≤ 200 ms.
 */
const figures: string[] = [];
afterAll(() => {
  console.log(`\nSync benchmark (engine on fake-indexeddb, HTTP on 127.0.0.1)\n${figures.join('\n')}`);
});

function unitOps(deviceId: string, changeId: string, count: number, start: number): WireOp[] {
  const ops: WireOp[] = [];
  for (let index = 0; index < count; index += 1) {
    const rowId = randomUUID();
    const fields: [string, unknown][] = [
      ['name', `第${start + index}号合作企业有限公司`], ['shortName', ''], ['kind', 'enterprise'], ['creditCode', ''], ['region', '浙江省丽水市'],
      ['address', '丽水市莲都区绿谷大道'], ['contactName', '王老师'], ['contactPhone', '0578-2123456'], ['contactEmail', ''], ['website', ''], ['deleted', false],
    ];
    for (const [field, value] of fields) {
      ops.push({ opId: `${changeId}:${ops.length}`, deviceId, table: 'units', rowId, field, value, hlc: formatHlc({ wallMs: 1_790_000_000_000 + start + index, counter: ops.length % 11, deviceId }) });
    }
  }
  return ops;
}

async function listening(server: ServerFixture): Promise<string> {
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
}

describe.each(storageKinds)('sync on %s', (kind) => {
  it('first sync of 50,000 operations to a new device', async () => {
    const server = await new ServerFixture(kind).start();
    try {
      const seeder = await server.enrol('bench');
      const units = Math.ceil(50_000 / 11);
      for (let start = 0; start < units; start += 400) {
        await server.storage.append(seeder.workspaceId, unitOps(seeder.deviceId, randomUUID(), Math.min(400, units - start), start), new Date().toISOString());
      }
      const url = await listening(server);
      const db = new DeskDatabase(`bench-${randomUUID()}`);
      const enrolled = await server.enrol('bench', await ensureDeviceId(db));
      const started = performance.now();
      const outcome = await syncOnce({ db, transport: httpTransport(url, enrolled.token), skipAttachments: true });
      const ms = performance.now() - started;
      expect(await db.units.count()).toBe(units);
      figures.push(`${kind.padEnd(8)} first sync of ${outcome.pulled} operations (${units} records): ${ms.toFixed(0)} ms (budget 5000 ms)`);
      db.close();
    } finally {
      await server.stop();
    }
  });

  it('a round trip of 100 changes (push from A, pull on B)', async () => {
    const server = await new ServerFixture(kind).start();
    try {
      const url = await listening(server);
      const [a, b] = [new DeskDatabase(`bench-${randomUUID()}`), new DeskDatabase(`bench-${randomUUID()}`)];
      const ta = httpTransport(url, (await server.enrol('bench', await ensureDeviceId(a))).token);
      const tb = httpTransport(url, (await server.enrol('bench', await ensureDeviceId(b))).token);
      const ids: string[] = [];
      await mutate(async (m) => {
        for (let index = 0; index < 100; index += 1) ids.push((await m.create('units', { name: `单位${index}`, kind: 'enterprise' })).id);
      }, a);
      await syncOnce({ db: a, transport: ta, skipAttachments: true });
      await syncOnce({ db: b, transport: tb, skipAttachments: true });
      const samples: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        for (const [index, id] of ids.entries()) await mutate((m) => m.update('units', id, { region: `第${round}轮-${index}` }), a);
        const started = performance.now();
        await syncOnce({ db: a, transport: ta, skipAttachments: true });
        const pulled = await syncOnce({ db: b, transport: tb, skipAttachments: true });
        samples.push(performance.now() - started);
        expect(pulled.applied).toBe(100);
      }
      samples.sort((x, y) => x - y);
      figures.push(`${kind.padEnd(8)} round trip of 100 changes: median ${samples[2]?.toFixed(0)} ms, worst ${samples[4]?.toFixed(0)} ms of 5 (budget 200 ms)`);
      a.close();
      b.close();
    } finally {
      await server.stop();
    }
  });

  it('100 devices pushing and pulling at once', async () => {
    const server = await new ServerFixture(kind, { enrolRateLimit: { max: 1000, windowMs: 60_000 } }).start();
    try {
      const url = await listening(server);
      const devices = [];
      for (let index = 0; index < 100; index += 1) {
        const enrolled = await server.enrol('bench');
        devices.push({ ...enrolled, transport: httpTransport(url, enrolled.token) });
      }
      // First each part alone: all push at once, then all pull everything at once.
      let begin = performance.now();
      await Promise.all(devices.map((device, index) => device.transport.push(unitOps(device.deviceId, randomUUID(), 5, 10_000 + index * 5))));
      const pushAlone = performance.now() - begin;
      begin = performance.now();
      await Promise.all(devices.map((device) => device.transport.pull(0, 5000)));
      const pullAlone = performance.now() - begin;
      figures.push(`${kind.padEnd(8)} 100 devices each pushing 55 operations at once: ${pushAlone.toFixed(0)} ms; then each pulling the 5,500 at once: ${pullAlone.toFixed(0)} ms`);
      // Then the everyday case: every device up to date, all push a change and pull what is new, at once.
      const upTo = (await server.storage.pullRows(devices[0]?.workspaceId ?? '', 0, 1)).serverSeq;
      const latencies: number[] = [];
      const started = performance.now();
      await Promise.all(
        devices.map(async (device, index) => {
          const begin = performance.now();
          await device.transport.push(unitOps(device.deviceId, randomUUID(), 5, index * 5));
          let after = upTo;
          for (;;) {
            const page = await device.transport.pull(after, 5000);
            after = page.ops.at(-1)?.seq ?? after;
            if (!page.hasMore) break;
          }
          latencies.push(performance.now() - begin);
        }),
      );
      const total = performance.now() - started;
      latencies.sort((x, y) => x - y);
      const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(0);
      figures.push(`${kind.padEnd(8)} 100 up-to-date devices each pushing 55 operations and pulling what is new, at once: ${total.toFixed(0)} ms in all; per device p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
      expect((await server.storage.state(devices[0]?.workspaceId ?? '')).length).toBe(2 * 100 * 55);
    } finally {
      await server.stop();
    }
  });
});
