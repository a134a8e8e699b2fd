import type { OpRow, Storage } from './storage';
import { cutPage, opJson, opsJson, pageSlack } from './storage';

/** A pull's page as the route sends it: the operations' JSON ready, and what the page says about the rest. */
export interface JsonPage {
  opsJson: string;
  hasMore: boolean;
  serverSeq: number;
}

interface CachedOp {
  seq: number;
  op_id: string;
  tbl: string;
  row_id: string;
  json: string;
}

interface Entry {
  /** The cached operations are those numbered base + 1 … base + ops.length, with no gap. */
  base: number;
  ops: CachedOp[];
  bytes: number;
  serverSeq: number;
  /** The read from the database under way, which every pull arriving meanwhile waits for. */
  filling?: { ticket: number; done: Promise<boolean> };
  /** The ticket of the last read that reached the end of the log. */
  reachedEnd: number;
  /**
   * Pages' JSON by `after:limit` (a page followed by more never changes) or `after:limit:end` (the
   * last page, while the log ends there): every device asks for the same ones.
   */
  pages: Map<string, string>;
}

/** Whole pages kept per workspace, the latest asked for. */
const pagesKept = 16;

/** About what one cached operation holds in memory: its JSON (two bytes a character) and the object. */
const sizeOf = (op: CachedOp): number => op.json.length * 2 + 160;

/**
 * The newest part of each workspace's log, as the JSON each operation goes out as, shared by every
 * pull. When 200 devices pull the same 10,000 operations at once, reading and serialising them
 * again for each device cost more than everything else the server does (issue 13.7); the log is
 * append-only and a committed read never changes below the numbers it returned, so each operation
 * is read and written as JSON once.
 *
 * Every pull still sees what was committed before it arrived: it is answered from the cache only
 * when the cache holds its whole page, or when a read that began after it arrived reached the end
 * of the log; otherwise it reads the rest from the database (one read at a time per workspace,
 * which the pulls arriving meanwhile share).
 */
export class LogCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private ticket = 0;

  constructor(
    private readonly storage: Pick<Storage, 'pullRows'>,
    /** Beyond this, the least recently pulled workspaces are dropped, then the oldest operations. */
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  async page(workspaceId: string, after: number, limit: number): Promise<JsonPage> {
    const arrived = ++this.ticket;
    const wanted = after + limit + pageSlack;
    for (;;) {
      const entry = this.entryFor(workspaceId, after, limit);
      // Older than what is held (a first sync while others are up to date): straight from the database.
      if (!entry) return this.direct(workspaceId, after, limit);
      const end = entry.base + entry.ops.length;
      if (end >= wanted || entry.reachedEnd > arrived) return this.serve(entry, after, limit);
      if (entry.filling) {
        if (!(await entry.filling.done)) return this.direct(workspaceId, after, limit);
        continue;
      }
      const ticket = ++this.ticket;
      const done = this.fill(workspaceId, entry, end, wanted - end, ticket).finally(() => {
        entry.filling = undefined;
      });
      entry.filling = { ticket, done };
      if (!(await done)) return this.direct(workspaceId, after, limit);
    }
  }

  /** Forgets everything held: for tests, and a server whose log was restored from a backup. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private entryFor(workspaceId: string, after: number, limit: number): Entry | undefined {
    const held = this.entries.get(workspaceId);
    if (held && after < held.base) return undefined;
    // Far beyond what is held (a device that was up to date when the cache was dropped): start there.
    if (held && after <= held.base + held.ops.length + 4 * limit) {
      this.entries.delete(workspaceId);
      this.entries.set(workspaceId, held);
      return held;
    }
    if (held) this.drop(workspaceId, held);
    const entry: Entry = { base: after, ops: [], bytes: 0, serverSeq: 0, reachedEnd: 0, pages: new Map() };
    this.entries.set(workspaceId, entry);
    return entry;
  }

  /** False when the log has a gap in its numbers, which the cache does not hold (the pull then reads it directly). */
  private async fill(workspaceId: string, entry: Entry, from: number, count: number, ticket: number): Promise<boolean> {
    const read = await this.storage.pullRows(workspaceId, from, count);
    if (this.entries.get(workspaceId) !== entry) return true;
    for (const row of read.rows) {
      const next = entry.base + entry.ops.length + 1;
      if (row.seq < next) continue;
      // Both storages number without gaps; were there one, this cache could not say what it is.
      if (row.seq !== next) {
        this.drop(workspaceId, entry);
        return false;
      }
      this.add(entry, row);
    }
    entry.serverSeq = Math.max(entry.serverSeq, read.serverSeq);
    if (!read.hasMore) entry.reachedEnd = ticket;
    this.trim(entry);
    return true;
  }

  private add(entry: Entry, row: OpRow): void {
    const op: CachedOp = { seq: row.seq, op_id: row.op_id, tbl: row.tbl, row_id: row.row_id, json: opJson(row) };
    entry.ops.push(op);
    this.account(entry, sizeOf(op));
  }

  private serve(entry: Entry, after: number, limit: number): JsonPage {
    // A page that ends the log is the same for everyone while the log has not grown: keyed by its end too.
    const wholeKey = `${after}:${limit}`;
    const lastKey = `${wholeKey}:${entry.base + entry.ops.length}`;
    const whole = entry.pages.get(wholeKey);
    if (whole !== undefined) return { opsJson: whole, hasMore: true, serverSeq: entry.serverSeq };
    const last = entry.pages.get(lastKey);
    if (last !== undefined) return { opsJson: last, hasMore: false, serverSeq: entry.serverSeq };
    const start = after - entry.base;
    const page = cutPage(entry.ops.slice(start, start + limit + pageSlack), limit, entry.serverSeq);
    const opsJson = `[${page.rows.map((op) => op.json).join(',')}]`;
    this.keepPage(entry, page.hasMore ? wholeKey : lastKey, opsJson);
    return { opsJson, hasMore: page.hasMore, serverSeq: page.serverSeq };
  }

  private keepPage(entry: Entry, key: string, opsJson: string): void {
    entry.pages.set(key, opsJson);
    this.account(entry, opsJson.length * 2);
    for (const [oldest, json] of entry.pages) {
      if (entry.pages.size <= pagesKept) break;
      entry.pages.delete(oldest);
      this.account(entry, -json.length * 2);
    }
    this.trim(entry);
  }

  private account(entry: Entry, bytes: number): void {
    entry.bytes += bytes;
    this.bytes += bytes;
  }

  private async direct(workspaceId: string, after: number, limit: number): Promise<JsonPage> {
    const page = await this.storage.pullRows(workspaceId, after, limit);
    return { opsJson: opsJson(page.rows), hasMore: page.hasMore, serverSeq: page.serverSeq };
  }

  private drop(workspaceId: string, entry: Entry): void {
    this.entries.delete(workspaceId);
    this.bytes -= entry.bytes;
  }

  /** Least recently pulled workspaces first; the one being pulled keeps its newest operations. */
  private trim(current: Entry): void {
    for (const [workspaceId, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      if (entry !== current) this.drop(workspaceId, entry);
    }
    if (this.bytes <= this.maxBytes) return;
    // Whole pages first (they are made again from the operations), then the oldest operations.
    let freed = 0;
    for (const [key, json] of current.pages) {
      current.pages.delete(key);
      freed += json.length * 2;
    }
    let dropped = 0;
    while (this.bytes - freed > this.maxBytes && dropped < current.ops.length - 1) {
      freed += sizeOf(current.ops[dropped] as CachedOp);
      dropped += 1;
    }
    current.ops.splice(0, dropped);
    current.base += dropped;
    current.bytes -= freed;
    this.bytes -= freed;
  }
}
