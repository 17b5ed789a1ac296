import { describe, expect, it } from "vitest";
import { type DaySpec, simulateDay } from "../../src/core/index.js";

const flat = (perS: number) => new Float64Array(86_400).fill(perS);
const spec = (over: Partial<DaySpec> = {}): DaySpec => ({
  slots: 1000,
  chatArrivalsPerS: [flat(10)],
  chatServiceS: 30,
  chatFirstTokenS: 0.2,
  briefings: [],
  briefingServiceS: 60,
  ...over,
});

describe("a simulated day of serving", () => {
  it("is deterministic for a seed", () => {
    expect(simulateDay(spec(), 5)).toEqual(simulateDay(spec(), 5));
  });

  it("draws the expected number of requests", () => {
    const r = simulateDay(spec(), 1);
    expect(Math.abs(r.chatRequests / (10 * 86_400) - 1)).toBeLessThan(0.01);
  });

  it("with room to spare, nobody waits: the first token comes after the prefill", () => {
    const r = simulateDay(spec({ slots: 10_000 }), 2);
    expect(r.chatWaitP50S).toBe(0);
    expect(r.chatFirstTokenP99S).toBeCloseTo(0.2, 9);
  });

  it("with too few slots, users wait and utilisation saturates", () => {
    // 10 requests a second for 30 s need 300 slots on average; 250 cannot keep up.
    const r = simulateDay(spec({ slots: 250 }), 3);
    expect(r.chatFirstTokenP95S).toBeGreaterThan(60);
    for (const u of r.hourlyUtilisation) expect(u).toBeLessThanOrEqual(1 + 1e-9);
    expect(Math.max(...r.hourlyUtilisation)).toBeGreaterThan(0.99);
  });

  it("makes briefings in the slots chat leaves, inside their window, and counts those done late", () => {
    const ample = simulateDay(spec({ briefings: [{ count: 100_000, openS: 0, closeS: 7 * 3600 }] }), 4);
    expect(ample.briefingsOnTime).toBe(1);
    const short = simulateDay(
      spec({ slots: 320, briefings: [{ count: 1_000_000, openS: 0, closeS: 3600 }] }),
      4,
    );
    expect(short.briefingsOnTime).toBeLessThan(0.5);
    const hourly = simulateDay(
      spec({ chatArrivalsPerS: [flat(0)], briefings: [{ count: 50_000, openS: 3600, closeS: 7200 }] }),
      4,
    ).hourlyUtilisation;
    expect(hourly[0]).toBe(0);
    expect(hourly[1]).toBeGreaterThan(0);
    expect(hourly[5]).toBe(0);
  });

  it("gives each region its own latencies from the shared queue: the region whose peak meets a busy fleet waits", () => {
    // Region A sends a burst at 10:00-12:00 UTC that outruns the slots; region B sends 10 a second all day.
    const burst = new Float64Array(86_400);
    burst.fill(18, 10 * 3600, 12 * 3600);
    const r = simulateDay(spec({ slots: 600, chatArrivalsPerS: [burst, flat(10)] }), 6);
    const [a, b] = r.regions;
    expect((a?.chatRequests ?? 0) + (b?.chatRequests ?? 0)).toBeCloseTo(r.chatRequests, 6);
    expect(a?.chatFirstTokenP95S).toBeGreaterThan(b?.chatFirstTokenP50S ?? 0);
    expect(a?.chatFirstTokenP95S).toBeGreaterThan(60);
    expect(b?.chatFirstTokenP50S).toBeCloseTo(0.2, 9);
  });
});
