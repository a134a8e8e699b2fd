import type { PushResponse, WireOp } from '../../shared/sync/protocol';
import { SyncRequestError } from '../../shared/sync/protocol';
import type { SyncTransport } from '../../renderer/sync/transport';

/** A small seeded generator, so a run's faults repeat exactly from its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FaultRates {
  /** The request never reaches the server. */
  dropRequest: number;
  /** The server commits, the answer is lost: a crash between the server's commit and the client's acknowledgement. */
  dropResponse: number;
  /** The request reaches the server twice. */
  duplicate: number;
  /** A push is held back and reaches the server later, after newer messages (the client sees a failure and retries). */
  delay: number;
}

export interface FaultLog {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  delay: number;
  partitioned: number;
}

/**
 * The network between the clients and the server, failing on purpose: partitions, lost requests,
 * lost answers, duplicates, and pushes delivered late and out of order. Shared by all clients so
 * held-back messages of one client arrive between another's.
 */
export class FaultyNetwork {
  readonly log: FaultLog = { dropRequest: 0, dropResponse: 0, duplicate: 0, delay: 0, partitioned: 0 };
  /** Operation ids the server acknowledged to a client. */
  readonly acknowledged = new Set<string>();
  private readonly delayed: (() => Promise<unknown>)[] = [];
  private readonly offline = new Set<number>();
  faultsOn = true;

  /** One generator per client, so concurrent syncs draw the same faults whatever their interleaving. */
  private readonly clientRandom = new Map<number, () => number>();
  private readonly random: () => number;

  constructor(
    private readonly seed: number,
    private readonly rates: FaultRates,
  ) {
    this.random = prng(seed);
  }

  private randomOf(client: number): () => number {
    let random = this.clientRandom.get(client);
    if (!random) {
      random = prng(this.seed + (client + 1) * 7919);
      this.clientRandom.set(client, random);
    }
    return random;
  }

  setOffline(client: number, offline: boolean): void {
    if (offline) this.offline.add(client);
    else this.offline.delete(client);
  }

  healAll(): void {
    this.offline.clear();
    this.faultsOn = false;
  }

  /** Delivers held-back pushes: some of them now, or all. */
  async deliverDelayed(all = false): Promise<void> {
    const keep: (() => Promise<unknown>)[] = [];
    for (const send of this.delayed.splice(0)) {
      if (all || this.random() < 0.5) await send().catch(() => undefined);
      else keep.push(send);
    }
    this.delayed.push(...keep);
  }

  get pendingDelayed(): number {
    return this.delayed.length;
  }

  private chance(client: number, rate: number): boolean {
    return this.faultsOn && this.randomOf(client)() < rate;
  }

  private async deliver<T>(client: number, send: () => Promise<T>, canDelay: boolean): Promise<T> {
    if (this.offline.has(client)) {
      this.log.partitioned += 1;
      throw new SyncRequestError('network', 'offline (partition)');
    }
    // Other clients' held-back messages may overtake this one.
    if (this.faultsOn && this.delayed.length > 0 && this.randomOf(client)() < 0.3) await this.deliverDelayed();
    if (this.chance(client, this.rates.dropRequest)) {
      this.log.dropRequest += 1;
      throw new SyncRequestError('network', 'request lost');
    }
    if (canDelay && this.chance(client, this.rates.delay)) {
      this.log.delay += 1;
      this.delayed.push(send);
      throw new SyncRequestError('network', 'request delayed');
    }
    let result = await send();
    if (this.chance(client, this.rates.duplicate)) {
      this.log.duplicate += 1;
      result = await send();
    }
    if (this.chance(client, this.rates.dropResponse)) {
      this.log.dropResponse += 1;
      throw new SyncRequestError('network', 'answer lost');
    }
    return result;
  }

  transport(client: number, inner: SyncTransport): SyncTransport {
    return {
      push: async (ops: WireOp[]): Promise<PushResponse> => {
        const response = await this.deliver(client, () => inner.push(ops), true);
        for (const op of ops) this.acknowledged.add(op.opId);
        return response;
      },
      pull: (after, limit) => this.deliver(client, () => inner.pull(after, limit), false),
      hasAttachment: (sha256) => this.deliver(client, () => inner.hasAttachment(sha256), false),
      putAttachment: (file, offset) => this.deliver(client, () => inner.putAttachment(file, offset), false),
      getAttachment: (sha256) => this.deliver(client, () => inner.getAttachment(sha256), false),
    };
  }
}
