import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskDatabase } from '../../renderer/db/database';
import { sha256Hex } from '../../renderer/db/attachments';
import { createRecord, mutate, updateRecord } from '../../renderer/db/mutate';
import { syncOnce } from '../../renderer/sync/engine';
import { readCursor } from '../../renderer/sync/sync-state';
import type { SyncTransport } from '../../renderer/sync/transport';
import { SyncRequestError } from '../../shared/sync/protocol';
import { ServerFixture } from '../../server/testing/server-fixture';
import { appTransport } from './app-transport';

const opened: DeskDatabase[] = [];
const servers: ServerFixture[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const server of servers.splice(0)) await server.stop();
});

async function setup(devices = 2) {
  const server = await new ServerFixture('sqlite').start();
  servers.push(server);
  const clients = [];
  for (let index = 0; index < devices; index += 1) {
    const db = new DeskDatabase(`engine-${randomUUID()}`);
    opened.push(db);
    const { ensureDeviceId } = await import('../../renderer/db/settings');
    const deviceId = await ensureDeviceId(db);
    const enrolled = await server.enrol('丽水职教集团', deviceId);
    clients.push({ db, transport: appTransport(() => server, enrolled.token) });
  }
  return { server, clients };
}

const unit = { name: '丽水市职业高级中学', kind: 'secondary-vocational-school' as const, region: '浙江省丽水市' };

describe('the sync engine', () => {
  it('brings a record made on one device to another, and an edit back, with its history', async () => {
    const { clients } = await setup();
    const [a, b] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const created = await createRecord('units', unit, a.db);
    const pushed = await syncOnce(a);
    expect(pushed).toMatchObject({ pushed: 11, pending: 0 });
    expect(await a.db.outbox.count()).toBe(0);

    const pulled = await syncOnce(b);
    expect(pulled).toMatchObject({ created: 1 });
    const onB = await b.db.units.get(created.id);
    const onA = await a.db.units.get(created.id);
    expect(onB).toEqual(onA);
    expect(onB?._search).toContain('lishui');

    await updateRecord('units', created.id, { shortName: '丽水职高' }, b.db);
    await syncOnce(b);
    await syncOnce(a);
    expect((await a.db.units.get(created.id))?.shortName).toBe('丽水职高');
    const history = await a.db.history.where('[table+rowId]').equals(['units', created.id]).toArray();
    const bDevice = (await b.db.settings.get('deviceId'))?.value;
    expect(history).toEqual([expect.objectContaining({ field: 'shortName', oldValue: '', newValue: '丽水职高', deviceId: bDevice })]);
  });

  it('keeps a newer local edit over an older remote one', async () => {
    const { clients } = await setup();
    const [a, b] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const created = await createRecord('units', unit, a.db);
    await syncOnce(a);
    await syncOnce(b);
    await mutate((m) => m.update('units', created.id, { region: '旧的' }), a.db, () => Date.now() - 60_000);
    await updateRecord('units', created.id, { region: '浙江省丽水市莲都区' }, b.db);
    await syncOnce(a);
    await syncOnce(b);
    await syncOnce(a);
    expect((await a.db.units.get(created.id))?.region).toBe('浙江省丽水市莲都区');
    expect((await b.db.units.get(created.id))?.region).toBe('浙江省丽水市莲都区');
  });

  it('keeps the outbox when the answer to a push is lost, and pushes it again harmlessly', async () => {
    const { clients } = await setup(1);
    const [a] = clients as [(typeof clients)[number]];
    await createRecord('units', unit, a.db);
    const losing: SyncTransport = {
      ...a.transport,
      push: async (ops) => {
        await a.transport.push(ops);
        throw new SyncRequestError('network', 'connection reset');
      },
    };
    await expect(syncOnce({ db: a.db, transport: losing })).rejects.toThrow('connection reset');
    expect(await a.db.outbox.count()).toBe(1);
    const retried = await syncOnce(a);
    expect(retried).toMatchObject({ pushed: 0, pushedDuplicates: 11, pending: 0 });
  });

  it('pushes a large import in batches and pulls it in pages, never half a record', async () => {
    const { clients } = await setup();
    const [a, b] = clients as [(typeof clients)[number], (typeof clients)[number]];
    await mutate(async (m) => {
      for (let index = 0; index < 300; index += 1) await m.create('units', { ...unit, name: `单位${index}` });
    }, a.db);
    expect(await syncOnce({ ...a, pushBatchSize: 250 })).toMatchObject({ pushed: 3300, pending: 0 });
    const seen: number[] = [];
    const paging: SyncTransport = {
      ...b.transport,
      pull: async (after, limit) => {
        const page = await b.transport.pull(after, limit);
        seen.push(page.ops.length);
        return page;
      },
    };
    await syncOnce({ db: b.db, transport: paging, pullPageSize: 100 });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((length) => length % 11 === 0)).toBe(true);
    expect(await b.db.units.count()).toBe(300);
    expect(await readCursor(b.db)).toBe(3300);
  });

  it('measures the skew of the server clock', async () => {
    const { clients } = await setup(1);
    const [a] = clients as [(typeof clients)[number]];
    const outcome = await syncOnce({ ...a, now: () => Date.now() - 3 * 60 * 60 * 1000 });
    expect(Math.abs((outcome.skewMs ?? 0) - 3 * 60 * 60 * 1000)).toBeLessThan(5_000);
  });

  it('uploads a photo once, resuming an interrupted upload, and downloads it on the other device', async () => {
    const { server, clients } = await setup();
    const [a, b] = clients as [(typeof clients)[number], (typeof clients)[number]];
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 5000 }, (_, index) => index % 256)]);
    const sha256 = await sha256Hex(bytes.slice().buffer);
    await a.db.attachments.put({ sha256, name: '启动仪式.png', mimeType: 'image/png', size: bytes.length, bytes: new Blob([bytes], { type: 'image/png' }) });
    const alliance = await createRecord('alliances', { name: '丽水职业教育集团', kind: 'vocational-education-group' }, a.db);
    await createRecord('events', { allianceId: alliance.id, kind: 'launch-ceremony', title: '启动仪式', startsOn: '2026-03-01', photos: [sha256] }, a.db);
    // An earlier sync was cut off after 2,000 bytes.
    const token = (await server.enrol('丽水职教集团')).token;
    const cut = await server.send('PUT', `/v1/attachments/${sha256}`, {
      token,
      payload: Buffer.from(bytes.subarray(0, 2000)),
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `bytes 0-1999/${bytes.length}`,
        'x-desk-attachment-name': encodeURIComponent('启动仪式.png'),
        'x-desk-attachment-type': 'image/png',
      },
    });
    expect(cut.json()).toEqual({ received: 2000, complete: false });
    const puts: number[] = [];
    const watching: SyncTransport = {
      ...a.transport,
      putAttachment: (file, offset) => {
        puts.push(offset);
        return a.transport.putAttachment(file, offset);
      },
    };
    expect(await syncOnce({ db: a.db, transport: watching })).toMatchObject({ attachmentsUploaded: 1 });
    expect(puts).toEqual([2000]);
    expect(await syncOnce({ db: a.db, transport: watching })).toMatchObject({ attachmentsUploaded: 0 });
    expect(puts).toEqual([2000]);
    expect(await syncOnce(b)).toMatchObject({ attachmentsDownloaded: 1, attachmentsMissing: 0 });
    const stored = await b.db.attachments.get(sha256);
    expect(stored).toMatchObject({ name: '启动仪式.png', mimeType: 'image/png', size: bytes.length });
    expect(new Uint8Array(await (stored?.bytes ?? new Blob()).arrayBuffer())).toEqual(bytes);
  });
});
