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
 * Budgets: first sync of 50,000 operations ≤ 5 s; a round trip of 100 changes ≤ 200 ms; 200 devices
 * each pushing 50 operations and pulling everything at once ≤ 10 s (issue 13.7).
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

  it('200 devices each pushing 50 operations and pulling everything, at once', async () => {
    const server = await new ServerFixture(kind, { enrolRateLimit: { max: 10_000, windowMs: 60_000 } }).start();
    try {
      const url = await listening(server);
      const devicesOf = async (workspace: string, count: number) => {
        const devices = [];
        for (let index = 0; index < count; index += 1) {
          const enrolled = await server.enrol(workspace);
          devices.push({ ...enrolled, transport: httpTransport(url, enrolled.token) });
        }
        return devices;
      };
      const pullAll = async (transport: ReturnType<typeof httpTransport>): Promise<number> => {
        let after = 0;
        for (;;) {
          const page = await transport.pull(after, 5000);
          after = page.ops.at(-1)?.seq ?? after;
          if (!page.hasMore) return after;
        }
      };
      // One round: a workspace of its own and operations never seen, so no round warms the data of another.
      const round = async (name: string) => {
        const devices = await devicesOf(name, 200);
        const latencies: number[] = [];
        const started = performance.now();
        await Promise.all(
          devices.map(async (device, index) => {
            const begin = performance.now();
            await device.transport.push(unitOps(device.deviceId, randomUUID(), 5, index * 5).slice(0, 50));
            await pullAll(device.transport);
            latencies.push(performance.now() - begin);
          }),
        );
        const total = performance.now() - started;
        // Every device has pushed before the last pull ends: the last to finish saw all 10,000.
        expect((await server.storage.state(devices[0]?.workspaceId ?? '')).length).toBe(200 * 50);
        latencies.sort((x, y) => x - y);
        return { total, p50: latencies[100] ?? 0, p95: latencies[190] ?? 0 };
      };
      // The anchor, in the same run: one device pushing the same 10,000 operations alone, then pulling them.
      const anchor = async (name: string): Promise<number> => {
        const [device] = await devicesOf(name, 1);
        if (!device) throw new Error('no device');
        const ops = unitOps(device.deviceId, randomUUID(), 1000, 0).slice(0, 10_000);
        const started = performance.now();
        for (let start = 0; start < ops.length; start += 5000) await device.transport.push(ops.slice(start, start + 5000));
        expect(await pullAll(device.transport)).toBe(10_000);
        return performance.now() - started;
      };
      const first = await round('round 0');
      const anchors = [await anchor('anchor 0')];
      const repeats = [];
      for (let index = 1; index <= 3; index += 1) repeats.push(await round(`round ${index}`));
      anchors.push(await anchor('anchor 1'));
      const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      const anchorMs = median(anchors);
      figures.push(
        `${kind.padEnd(8)} 200 devices each pushing 50 operations and pulling all 10,000, at once (budget 10000 ms):`,
        `${''.padEnd(8)}   first run ${ms(first.total)} (per device p50 ${ms(first.p50)}, p95 ${ms(first.p95)}); ${(first.total / anchorMs).toFixed(1)}× the anchor`,
        `${''.padEnd(8)}   repeats, median of 3: ${ms(median(repeats.map((r) => r.total)))} (per device p50 ${ms(median(repeats.map((r) => r.p50)))}, p95 ${ms(median(repeats.map((r) => r.p95)))}); ${(median(repeats.map((r) => r.total)) / anchorMs).toFixed(1)}× the anchor`,
        `${''.padEnd(8)}   anchor: one device pushing the 10,000 alone and pulling them: ${anchors.map(ms).join(', ')}`,
      );
    } finally {
      await server.stop();
    }
  });
});
