/**
 * How many wrong enrolment codes a client address may send: `max` different wrong codes in a
 * sliding window of `windowMs`.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

interface AddressRecord {
  /** Each different wrong code this address sent, with when it last sent it. */
  failures: Map<string, number>;
  /** When a code from this address was last looked up. */
  lastCheckAt: number;
}

/**
 * Slows guessing of enrolment codes without locking out the person who holds the right one.
 *
 * Failures are counted per address and per code: the same wrong code typed again (a typo retried,
 * a lost answer resent) counts once. An address past `max` different wrong codes is not locked
 * out for the window: one of its attempts is still looked up every `windowMs / max` (a minute for
 * 10 per 10 minutes), so the right code gets in within that, while a guesser gets one guess a
 * minute — about 14,000 a day against codes of some 59 bits. In memory, per server process.
 */
export class EnrolmentThrottle {
  private readonly addresses = new Map<string, AddressRecord>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** The ms this address must wait before its attempt is looked up (0: look it up now); taking the turn when 0. */
  take(address: string): number {
    const now = this.now();
    const record = this.recordOf(address, now);
    if (record.failures.size >= this.limit.max) {
      const wait = record.lastCheckAt + this.limit.windowMs / this.limit.max - now;
      if (wait > 0) return wait;
    }
    record.lastCheckAt = now;
    return 0;
  }

  /** Whether this address already sent this very wrong code within the window. */
  knownFailure(address: string, codeKey: string): boolean {
    return this.addresses.get(address)?.failures.has(codeKey) ?? false;
  }

  /** Records a wrong code from an address. */
  fail(address: string, codeKey: string): void {
    const now = this.now();
    this.recordOf(address, now).failures.set(codeKey, now);
    if (this.addresses.size > 10_000) this.forgetOld(now);
  }

  private recordOf(address: string, now: number): AddressRecord {
    let record = this.addresses.get(address);
    if (!record) {
      record = { failures: new Map(), lastCheckAt: -Infinity };
      this.addresses.set(address, record);
    }
    const since = now - this.limit.windowMs;
    for (const [code, at] of record.failures) if (at <= since) record.failures.delete(code);
    return record;
  }

  private forgetOld(now: number): void {
    const since = now - this.limit.windowMs;
    for (const [address, record] of this.addresses) if (![...record.failures.values()].some((at) => at > since)) this.addresses.delete(address);
  }
}
