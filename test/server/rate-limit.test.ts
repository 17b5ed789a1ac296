import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/server/rate-limit.js";

describe("the rate limiter", () => {
  it("allows a burst, then one request per 1/rate seconds, per client", () => {
    let t = 0;
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => t);
    expect([1, 2, 3, 4].map(() => limiter.take("a", 1))).toEqual([0, 0, 0, 0.5]);
    // Another client has its own bucket.
    expect(limiter.take("b", 1)).toBe(0);
    t = 0.5; // half a second at 2 per second regains one token
    expect(limiter.take("a", 1)).toBe(0);
    expect(limiter.take("a", 1)).toBeGreaterThan(0);
  });

  it("charges heavy requests their weight, and never blocks when off", () => {
    const t = 0;
    const limiter = new RateLimiter({ perSecond: 10, burst: 20 }, () => t);
    expect(limiter.take("a", 20)).toBe(0);
    // 5 tokens short at 10 per second: half a second.
    expect(limiter.take("a", 5)).toBeCloseTo(0.5);
    const off = new RateLimiter({ perSecond: 0, burst: 0 }, () => t);
    expect(off.take("a", 1e9)).toBe(0);
  });
});
