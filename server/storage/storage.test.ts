import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { opFactory } from '../testing/ops';
import type { TestStorage } from '../testing/test-storage';
import { storageKinds, testStorage } from '../testing/test-storage';
import type { Storage } from './storage';

const at = '2026-11-22T04:00:00.000Z';

describe.each(storageKinds)('the %s storage', (kind) => {
  const opened: { test: TestStorage; storage: Storage }[] = [];
  const fresh = async (): Promise<{ test: TestStorage; storage: Storage }> => {
    const test = testStorage(kind);
    const entry = { test, storage: await test.open() };
    opened.push(entry);
    return entry;
  };
  afterEach(async () => {
    for (const { test, storage } of opened.splice(0)) {
      await storage.close().catch(() => undefined);
      await test.dispose();
    }
  });

  it('logs each operation once, however often it is pushed, and merges by the highest stamp', async () => {
    const { storage } = await fresh();
    const workspace = await storage.createWorkspace('丽水职教集团', at);
    const a = opFactory();
    const b = opFactory();
    const row = randomUUID();
    const created = a.unit(row, '丽水职高');
    const first = await storage.append(workspace.id, created, at);
    expect(first).toEqual({ accepted: 4, duplicates: 0, serverSeq: 4 });
    expect(await storage.append(workspace.id, [...created, ...created], at)).toEqual({ accepted: 0, duplicates: 8, serverSeq: 4 });

    const late = b.op('units', row, 'name', '丽水市职业高级中学', { wallMs: 1_790_000_000_000 });
    const early = a.op('units', row, 'name', '旧名', { wallMs: 1_770_000_000_000 });
    await storage.append(workspace.id, [late], at);
    await storage.append(workspace.id, [early], at);
    const state = await storage.state(workspace.id);
    expect(state.find((field) => field.field === 'name')).toMatchObject({ value: '丽水市职业高级中学', hlc: late.hlc });
    // The log keeps every write, the losing one too, so every device sees the same history.
    const page = await storage.pull(workspace.id, 0, 100);
    expect(page.ops.map((op) => op.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(page.ops.at(-1)).toMatchObject({ opId: early.opId, value: '旧名' });
    expect(page.hasMore).toBe(false);
    expect(page.serverSeq).toBe(6);
  });

  it('pages the log by sequence number without splitting a record’s change', async () => {
    const { storage } = await fresh();
    const workspace = await storage.createWorkspace('w', at);
    const device = opFactory();
    for (let index = 0; index < 5; index += 1) await storage.append(workspace.id, device.unit(randomUUID(), `单位${index}`), at);
    const first = await storage.pull(workspace.id, 0, 6);
    // 6 would cut the second unit's four operations: the page ends after them.
    expect(first.ops).toHaveLength(8);
    expect(first.hasMore).toBe(true);
    const second = await storage.pull(workspace.id, 8, 100);
    expect(second.ops.map((op) => op.seq)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(second.hasMore).toBe(false);
  });

  it('keeps workspaces apart', async () => {
    const { storage } = await fresh();
    const one = await storage.createWorkspace('one', at);
    const two = await storage.createWorkspace('two', at);
    const device = opFactory();
    await storage.append(one.id, device.unit(randomUUID(), '甲'), at);
    expect((await storage.pull(two.id, 0, 100)).ops).toEqual([]);
    expect(await storage.state(two.id)).toEqual([]);
    // The same operation id in another workspace is another operation.
    const op = device.op('units', randomUUID(), 'name', '乙');
    await storage.append(one.id, [op], at);
    expect((await storage.append(two.id, [op], at)).accepted).toBe(1);
  });

  it('enrols a device once per code and finds it by its token until it is revoked', async () => {
    const { storage } = await fresh();
    const workspace = await storage.createWorkspace('w', at);
    await storage.addEnrolmentCode(workspace.id, 'code-hash', '2026-11-29T00:00:00.000Z', at);
    const device = { id: randomUUID(), name: '秘书处电脑', tokenHash: 'token-hash' };
    expect(await storage.enrol('code-hash', device, at)).toEqual({ workspace });
    expect(await storage.enrol('code-hash', { ...device, id: randomUUID(), tokenHash: 'other' }, at)).toEqual({ refused: 'code-invalid' });
    expect(await storage.deviceByTokenHash('token-hash')).toMatchObject({ id: device.id, workspaceId: workspace.id, revokedAt: null });
    expect(await storage.revokeDevice(device.id, at)).toBe(true);
    expect((await storage.deviceByTokenHash('token-hash'))?.revokedAt).toBe(at);
    expect((await storage.listDevices(workspace.id)).map((listed) => listed.name)).toEqual(['秘书处电脑']);
    // An expired code does not work.
    await storage.addEnrolmentCode(workspace.id, 'old', '2026-11-01T00:00:00.000Z', at);
    expect(await storage.enrol('old', { ...device, tokenHash: 'x' }, at)).toEqual({ refused: 'code-invalid' });
    // A device of one workspace cannot enrol into another.
    const other = await storage.createWorkspace('other', at);
    await storage.addEnrolmentCode(other.id, 'other-code', '2026-11-29T00:00:00.000Z', at);
    expect(await storage.enrol('other-code', { ...device, tokenHash: 'y' }, at)).toEqual({ refused: 'other-workspace' });
  });

  it('reports two records holding one document number, and stops when one is renumbered', async () => {
    const { storage } = await fresh();
    const workspace = await storage.createWorkspace('w', at);
    const a = opFactory();
    const b = opFactory();
    const [first, second] = [randomUUID(), randomUUID()];
    await storage.append(workspace.id, [a.op('issuedDocuments', first, 'number', 'LSZZ-2026-A3F-017')], at);
    await storage.append(workspace.id, [b.op('issuedDocuments', second, 'number', 'LSZZ-2026-A3F-017')], at);
    const collisions = await storage.collisions(workspace.id);
    expect(collisions).toEqual([{ table: 'issuedDocuments', field: 'number', value: 'LSZZ-2026-A3F-017', rowIds: [first, second].sort(), detectedAt: at }]);
    // Both records keep their number: nothing is merged away.
    expect((await storage.state(workspace.id)).filter((field) => field.field === 'number')).toHaveLength(2);
    await storage.append(workspace.id, [b.op('issuedDocuments', second, 'number', 'LSZZ-2026-A3F-018')], at);
    expect(await storage.collisions(workspace.id)).toEqual([]);
  });

  it('takes an attachment in pieces, at the offset it holds', async () => {
    const { storage } = await fresh();
    const workspace = await storage.createWorkspace('w', at);
    const meta = { name: '签约仪式.jpg', mimeType: 'image/jpeg', size: 6 };
    const sha = 'a'.repeat(64);
    expect(await storage.attachment(workspace.id, sha)).toBeNull();
    expect(await storage.appendAttachment(workspace.id, sha, meta, 0, new Uint8Array([1, 2, 3]))).toMatchObject({ received: 3, complete: false });
    expect(await storage.appendAttachment(workspace.id, sha, meta, 1, new Uint8Array([9]))).toBe('offset-mismatch');
    expect(await storage.appendAttachment(workspace.id, sha, meta, 3, new Uint8Array([4, 5, 6]))).toMatchObject({ received: 6 });
    await storage.markAttachmentComplete(workspace.id, sha);
    expect(await storage.attachment(workspace.id, sha)).toEqual({ ...meta, received: 6, complete: true });
    expect(Array.from((await storage.attachmentBytes(workspace.id, sha)) ?? [])).toEqual([1, 2, 3, 4, 5, 6]);
    const other = await storage.createWorkspace('other', at);
    expect(await storage.attachment(other.id, sha)).toBeNull();
  });

  it('keeps everything across a restart', async () => {
    const { test, storage } = await fresh();
    const workspace = await storage.createWorkspace('w', at);
    await storage.append(workspace.id, opFactory().unit(randomUUID(), '甲'), at);
    await storage.close();
    const reopened = await test.open();
    opened.push({ test: { open: () => test.open(), dispose: () => Promise.resolve() }, storage: reopened });
    expect((await reopened.pull(workspace.id, 0, 10)).ops).toHaveLength(4);
    expect(await reopened.findWorkspace('w')).toEqual(workspace);
  });
});
