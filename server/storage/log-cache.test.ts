import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { opFactory } from '../testing/ops';
import type { TestStorage } from '../testing/test-storage';
import { testStorage } from '../testing/test-storage';
import { LogCache } from './log-cache';
import type { RawPullPage, Storage } from './storage';
import { opsJson } from './storage';

const at = '2026-11-22T04:00:00.000Z';

describe('the log cache pulls are answered from', () => {
  const opened: { test: TestStorage; storage: Storage }[] = [];
  const fresh = async () => {
    const test = testStorage('sqlite');
    const storage = await test.open();
    opened.push({ test, storage });
    const workspace = await storage.createWorkspace('湘江·麒麟（长沙）智能装备制造有限责任公司岳麓区第2分公司产教融合共同体', at);
    return { storage, workspaceId: workspace.id };
  };
  /** The storage, counting its reads, and holding each read back until `release` where asked to. */
  const counted = (storage: Storage) => {
    const held: (() => void)[] = [];
    const counter = {
      reads: 0,
      hold: false,
      release: () => held.splice(0).forEach((go) => go()),
      pullRows: async (workspaceId: string, after: number, limit: number): Promise<RawPullPage> => {
        counter.reads += 1;
        const page = storage.pullRows(workspaceId, after, limit);
        if (counter.hold) await new Promise<void>((go) => held.push(go));
        return page;
      },
    };
    return counter;
  };
  afterEach(async () => {
    for (const { test, storage } of opened.splice(0)) {
      await storage.close();
      await test.dispose();
    }
  });

  it('are the pages the database gives, operation for operation, a record’s change never split', async () => {
    const { storage, workspaceId } = await fresh();
    const device = opFactory();
    for (let index = 0; index < 30; index += 1) await storage.append(workspaceId, device.unit(randomUUID(), `欧阳𠮷的第${index}家单位`), at);
    const cache = new LogCache(storage);
    for (const [after, limit] of [[0, 6], [8, 6], [0, 5000], [40, 3], [117, 10], [120, 10], [0, 50]] as const) {
      const direct = await storage.pullRows(workspaceId, after, limit);
      expect(await cache.page(workspaceId, after, limit)).toEqual({ opsJson: opsJson(direct.rows), hasMore: direct.hasMore, serverSeq: direct.serverSeq });
    }
  });

  it('reads the database once for many devices pulling the same operations at once', async () => {
    const { storage, workspaceId } = await fresh();
    const device = opFactory();
    for (let index = 0; index < 20; index += 1) await storage.append(workspaceId, device.unit(randomUUID(), `单位${index}`), at);
    const reads = counted(storage);
    const cache = new LogCache(reads);
    const pages = await Promise.all(Array.from({ length: 50 }, () => cache.page(workspaceId, 0, 5000)));
    expect(new Set(pages.map((page) => page.opsJson)).size).toBe(1);
    expect(JSON.parse(pages[0]?.opsJson ?? '[]')).toHaveLength(80);
    expect(reads.reads).toBeLessThanOrEqual(2);
  });

  it('still shows a pull what was pushed before it arrived, while a read begun earlier is under way', async () => {
    const { storage, workspaceId } = await fresh();
    const device = opFactory();
    await storage.append(workspaceId, device.unit(randomUUID(), '先到的单位'), at);
    const reads = counted(storage);
    const cache = new LogCache(reads);
    reads.hold = true;
    const early = cache.page(workspaceId, 0, 100);
    await Promise.resolve();
    // Another device's push is committed; then a device pulls.
    await storage.append(workspaceId, device.unit(randomUUID(), '上官㐂的单位'), at);
    const late = cache.page(workspaceId, 0, 100);
    for (let round = 0; round < 5; round += 1) {
      reads.release();
      await new Promise((go) => setTimeout(go, 5));
    }
    reads.hold = false;
    reads.release();
    expect(JSON.parse((await early).opsJson)).toHaveLength(4);
    const seen = await late;
    expect(JSON.parse(seen.opsJson)).toHaveLength(8);
    expect(seen.serverSeq).toBe(8);
    expect(seen.opsJson).toContain('上官㐂的单位');
  });

  it('answers a whole page again as it was, and the page after it with what came since', async () => {
    const { storage, workspaceId } = await fresh();
    const device = opFactory();
    for (let index = 0; index < 10; index += 1) await storage.append(workspaceId, device.unit(randomUUID(), `单位${index}`), at);
    const cache = new LogCache(storage);
    const first = await cache.page(workspaceId, 0, 8);
    expect(first.hasMore).toBe(true);
    await storage.append(workspaceId, device.unit(randomUUID(), '后来的单位'), at);
    expect((await cache.page(workspaceId, 0, 8)).opsJson).toBe(first.opsJson);
    const rest = await cache.page(workspaceId, 8, 100);
    expect(JSON.parse(rest.opsJson)).toHaveLength(36);
    expect(rest).toMatchObject({ hasMore: false, serverSeq: 44 });
  });

  it('answers from the database a log whose numbers have a gap, instead of waiting for the missing one', async () => {
    const { storage, workspaceId } = await fresh();
    await storage.append(workspaceId, opFactory().unit(randomUUID(), '单位'), at);
    const gapped = async (id: string, after: number, limit: number): Promise<RawPullPage> => {
      const page = await storage.pullRows(id, after, limit);
      return { ...page, rows: page.rows.map((row) => (row.seq > 2 ? { ...row, seq: row.seq + 1 } : row)) };
    };
    const cache = new LogCache({ pullRows: gapped });
    const direct = await gapped(workspaceId, 0, 100);
    expect(await cache.page(workspaceId, 0, 100)).toEqual({ opsJson: opsJson(direct.rows), hasMore: false, serverSeq: 4 });
  });

  it('keeps within its memory, dropping the least recently pulled workspace and then the oldest operations', async () => {
    const { storage, workspaceId } = await fresh();
    const other = (await storage.createWorkspace('other', at)).id;
    const device = opFactory();
    for (let index = 0; index < 50; index += 1) {
      await storage.append(workspaceId, device.unit(randomUUID(), `单位${index}`), at);
      await storage.append(other, device.unit(randomUUID(), `另一单位${index}`), at);
    }
    // Room for about 60 operations.
    const cache = new LogCache(storage, 60 * 900);
    for (const [workspace, after] of [[other, 0], [workspaceId, 0], [workspaceId, 100], [other, 190], [workspaceId, 0], [other, 0]] as const) {
      const direct = await storage.pullRows(workspace, after, 50);
      expect(await cache.page(workspace, after, 50)).toEqual({ opsJson: opsJson(direct.rows), hasMore: direct.hasMore, serverSeq: direct.serverSeq });
    }
  });
});
