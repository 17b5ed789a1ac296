// Per-client rate limiting: a token bucket per address. A request costs its route's weight (a simulated run more
// than a lookup); an empty bucket answers 429 with Retry-After.

export interface RateLimit {
  /** Tokens a client regains per second; 0 turns limiting off. */
  readonly perSecond: number;
  /** Tokens a client may spend at once. */
  readonly burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 50, burst: 200 };

/** Clients remembered at most; the least recently seen are forgotten first (a full bucket is the default anyway). */
const MAX_CLIENTS = 50_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  /** Spends `cost` tokens of a client's bucket; returns 0 when allowed, else the seconds to wait. */
  take(client: string, cost: number): number {
    if (this.limit.perSecond <= 0) return 0;
    const t = this.now();
    const b = this.buckets.get(client) ?? { tokens: this.limit.burst, at: t };
    b.tokens = Math.min(this.limit.burst, b.tokens + (t - b.at) * this.limit.perSecond);
    b.at = t;
    this.buckets.delete(client);
    this.buckets.set(client, b);
    if (this.buckets.size > MAX_CLIENTS) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return 0;
    }
    return (cost - b.tokens) / this.limit.perSecond;
  }
}
