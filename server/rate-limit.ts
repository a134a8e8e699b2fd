/**
 * A small in-memory limiter of attempts per key (the client's address) in a sliding window:
 * enough to make guessing enrolment codes hopeless on one server process.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Records an attempt; the ms to wait when over the limit, else 0. */
  take(key: string): number {
    const now = this.now();
    const since = now - this.limit.windowMs;
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit.max) {
      this.attempts.set(key, recent);
      return (recent[0] ?? now) + this.limit.windowMs - now;
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.forgetOld(since);
    return 0;
  }

  private forgetOld(since: number): void {
    for (const [key, times] of this.attempts) if (!times.some((at) => at > since)) this.attempts.delete(key);
  }
}
