import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chatShareAtHour, dayLoad } from "../../src/core/index.js";

const regions = [
  { utcOffsetHours: -5, share: 0.4 },
  { utcOffsetHours: 1, share: 0.3 },
  { utcOffsetHours: 7, share: 0.3 },
];

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the day's load", () => {
  it("spreads a day's chat over 24 hours with the asked peak-to-mean ratio", () => {
    const shares = Array.from({ length: 24 }, (_, h) => chatShareAtHour(h, 14, 1.3));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Math.max(...shares) * 24).toBeCloseTo(1.3, 2);
  });

  it("conserves work: busy accelerator-hours over the day equal the day's accelerator-seconds", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (chatS, briefingS) => {
          const load = dayLoad(1e6, chatS, regions, 14, 1.3, {
            acceleratorSecondsPerUser: briefingS,
            startHour: 0,
            deadlineHour: 7,
          });
          const total = load.busy.reduce((a, b) => a + b, 0) * 3600;
          expect(total).toBeCloseTo(1e6 * (chatS + briefingS), -2);
          expect(load.scheduledBusy.reduce((a, b) => a + b, 0) * 3600).toBeCloseTo(1e6 * briefingS, -2);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("runs briefings only in hours the regions' windows allow", () => {
    const load = dayLoad(1e6, 10, [{ utcOffsetHours: 0, share: 1 }], 14, 1.3, {
      acceleratorSecondsPerUser: 100,
      startHour: 0,
      deadlineHour: 7,
    });
    load.scheduledBusy.forEach((b, h) => {
      if (h >= 7) expect(b).toBe(0);
    });
  });

  it("fills the troughs: the peak is no higher than spreading each region's work evenly over its window", () => {
    const briefing = { acceleratorSecondsPerUser: 50, startHour: 0, deadlineHour: 7 };
    const filled = dayLoad(1e6, 20, regions, 14, 1.3, briefing);
    // Even spreading, for comparison: each region's work over its seven local hours.
    const even = new Array<number>(24).fill(0);
    for (const r of regions) {
      for (let k = 0; k < 7; k++) {
        const utc = (((k - r.utcOffsetHours) % 24) + 24) % 24;
        even[utc] = (even[utc] ?? 0) + (1e6 * r.share * 50) / 7 / 3600;
      }
    }
    const evenPeak = Math.max(...even.map((w, h) => w + (filled.chatBusy[h] ?? 0)));
    expect(filled.peak).toBeLessThanOrEqual(evenPeak + 1e-6);
  });

  it("counts the scheduled work under chat's peak: all of a small one, part of a large one", () => {
    const one = [{ utcOffsetHours: 0, share: 1 }];
    const night = { startHour: 0, deadlineHour: 7 };
    const small = dayLoad(1e6, 20, one, 14, 1.5, { acceleratorSecondsPerUser: 0.5, ...night });
    expect(small.scheduledUnderChatPeak / sum(small.scheduledBusy)).toBeCloseTo(1, 9);
    expect(small.peak).toBeCloseTo(small.chatPeak, 9);
    const large = dayLoad(1e6, 20, one, 14, 1.5, { acceleratorSecondsPerUser: 200, ...night });
    expect(large.peak).toBeGreaterThan(large.chatPeak);
    // What fits under the peak is bounded by the idle room chat leaves in the window's hours.
    const room = large.chatBusy.slice(0, 7).reduce((s, c) => s + (large.chatPeak - c), 0);
    expect(large.scheduledUnderChatPeak).toBeCloseTo(room, 6);
  });

  it("handles a window across midnight", () => {
    const load = dayLoad(1e6, 10, [{ utcOffsetHours: 0, share: 1 }], 14, 1.3, {
      acceleratorSecondsPerUser: 100,
      startHour: 22,
      deadlineHour: 6,
    });
    expect(load.scheduledBusy[23]).toBeGreaterThan(0);
    expect(load.scheduledBusy[12]).toBe(0);
  });
});
