import { describe, expect, it } from "vitest";
import { crossSiteNetwork, STRATEGIES, SYNC_STRATEGIES } from "../../src/core/index.js";
import { evaluate } from "../support/fixture.js";

const network = crossSiteNetwork(
  ["a", "b"],
  [{ a: "a", b: "b", bandwidthBps: 100e12, latencyS: 0.02 }],
) as NonNullable<ReturnType<typeof crossSiteNetwork>>;
const context = { gradientBytes: 2 * 400e9, stepComputeS: 2, accelerators: 100_000, network };
const settings = { innerSteps: 100, bits: 16, fragments: 4, overlapSteps: 1 };

describe.each(SYNC_STRATEGIES)("the sync strategy contract: %s", (id) => {
  const strategy = STRATEGIES[id];

  it("is registered under its own id and describes itself", () => {
    expect(strategy.id).toBe(id);
    expect(strategy.description.length).toBeGreaterThan(20);
  });

  it("keeps the accelerators busy between 0 and 100% of the time, hiding no more than it sends", () => {
    const o = strategy.evaluate(context, settings);
    expect(o.strategy).toBe(id);
    expect(o.utilisation).toBeGreaterThan(0);
    expect(o.utilisation).toBeLessThanOrEqual(1);
    expect(o.exposedSPerStep).toBeLessThanOrEqual(o.communicationSPerStep + 1e-12);
    expect(o.utilisation).toBeCloseTo(context.stepComputeS / (context.stepComputeS + o.exposedSPerStep), 12);
  });

  it("sends less, or as much, over a slower link's time when it compresses to 4 bits", () => {
    const full = strategy.evaluate(context, settings);
    const small = strategy.evaluate(context, { ...settings, bits: 4 });
    expect(small.crossSiteBytesPerStep).toBeCloseTo(full.crossSiteBytesPerStep / 4, 6);
    expect(small.utilisation).toBeGreaterThanOrEqual(full.utilisation);
  });

  it("logs the default of every setting it reads when the scenario leaves it out, and of no other", () => {
    const result = evaluate({
      sites: [
        { id: "a", power: "100 MW", accelerator: "gb200" },
        { id: "b", power: "100 MW", accelerator: "gb200" },
      ],
      links: [{ between: ["a", "b"], bandwidth: "100 Tbps", latency: "20 ms" }],
      workloads: [{ kind: "training", name: "run", trainingFLOP: 1e24, sync: { strategy: id } }],
    });
    const logged = result.assumptions
      .map((a) => a.name)
      .filter((n) => /^workloads\.run\.sync\.(innerSteps|fragments|overlapSteps)$/.test(n))
      .map((n) => n.split(".").at(-1));
    expect(logged.sort()).toEqual(strategy.reads.map((r) => r.setting).sort());
  });
});
