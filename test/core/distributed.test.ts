import { describe, expect, it } from "vitest";
import { crossSiteNetwork, STRATEGIES, type SyncContext, type SyncSettings } from "../../src/core/index.js";
import { evaluate, infeasibleReasons } from "../support/fixture.js";

const link = (a: string, b: string, gbps: number, ms = 10) => ({
  a,
  b,
  bandwidthBps: gbps * 1e9,
  latencyS: ms / 1000,
});

describe("crossSiteNetwork", () => {
  it("all-reduces around a ring: 2(k−1)/k of the data over the slowest link, 2(k−1) latencies", () => {
    const n = crossSiteNetwork(
      ["a", "b", "c"],
      [link("a", "b", 100), link("b", "c", 50), link("c", "a", 100)],
    );
    expect(n?.topology).toBe("ring");
    // 1 GB = 8 Gbit: (4/3) × 8 / 50 s, plus 4 × 10 ms.
    expect(n?.allReduceS(1e9)).toBeCloseTo((4 / 3) * (8 / 50) + 0.04, 9);
  });

  it("falls back to a tree when the ring is not closed, and refuses sites that are not connected", () => {
    const tree = crossSiteNetwork(["a", "b", "c"], [link("a", "b", 100), link("b", "c", 100)]);
    expect(tree?.topology).toBe("tree");
    expect(tree?.allReduceS(1e9)).toBeCloseTo(2 * (8 / 100) + 2 * 2 * 0.01, 9);
    expect(crossSiteNetwork(["a", "b", "c"], [link("a", "b", 100)])).toBeUndefined();
  });

  it("costs nothing on one site", () => {
    expect(crossSiteNetwork(["a"], [])?.allReduceS(1e12)).toBe(0);
  });
});

describe("synchronisation strategies", () => {
  const network = crossSiteNetwork(["a", "b"], [link("a", "b", 100, 20)]);
  if (!network) throw new Error("test network");
  // 100B parameters: 200 GB of bf16 gradient, 16 Gbit per GB: 1.6 Tbit over 100 Gbit/s = 16 s per all-reduce.
  const context: SyncContext = { gradientBytes: 200e9, stepComputeS: 10, accelerators: 16384, network };
  const settings: SyncSettings = { innerSteps: 100, bits: 16, fragments: 4, overlapSteps: 1 };

  it("synchronous data parallelism hides communication behind the backward pass only", () => {
    const o = STRATEGIES["sync-hierarchical"].evaluate(context, settings);
    expect(o.communicationSPerStep).toBeCloseTo(16 + 0.04, 6);
    expect(o.exposedSPerStep).toBeCloseTo(16.04 - (2 / 3) * 10, 6);
    expect(o.utilisation).toBeCloseTo(10 / (10 + o.exposedSPerStep), 9);
    expect(o.siteFailure).toBe("job-stops");
  });

  it("a flat all-reduce pays a long-haul latency for each of its steps, so it never beats the hierarchical one", () => {
    const flat = STRATEGIES["sync-flat"].evaluate(context, settings);
    const hierarchical = STRATEGIES["sync-hierarchical"].evaluate(context, settings);
    expect(flat.communicationSPerStep).toBeGreaterThan(hierarchical.communicationSPerStep);
  });

  it("DiLoCo synchronises once every H inner steps, and compression shrinks what crosses", () => {
    const o = STRATEGIES.diloco.evaluate(context, settings);
    expect(o.communicationSPerStep).toBeCloseTo(16.04 / 100, 6);
    const int8 = STRATEGIES.diloco.evaluate(context, { ...settings, bits: 8 });
    expect(int8.crossSiteBytesPerStep).toBeCloseTo(o.crossSiteBytesPerStep / 2, 0);
    expect(o.siteFailure).toBe("others-continue");
  });

  it("Streaming DiLoCo hides a fragment's sync behind the overlapped inner steps", () => {
    // A quarter of the model: 4.01 s, under one 10 s inner step.
    expect(STRATEGIES["streaming-diloco"].evaluate(context, settings).exposedSPerStep).toBe(0);
    const slow = STRATEGIES["streaming-diloco"].evaluate({ ...context, stepComputeS: 1 }, settings);
    expect(slow.exposedSPerStep).toBeCloseTo(((4 + 0.04 - 1) * 4) / 100, 6);
  });

  it("utilisation never exceeds 1 and falls as bandwidth falls", () => {
    for (const strategy of Object.values(STRATEGIES)) {
      let previous = 1;
      for (const gbps of [1e6, 1e4, 100, 1]) {
        const net = crossSiteNetwork(["a", "b"], [link("a", "b", gbps)]);
        if (!net) throw new Error("net");
        const u = strategy.evaluate({ ...context, network: net }, settings).utilisation;
        expect(u).toBeLessThanOrEqual(previous + 1e-12);
        previous = u;
      }
    }
  });
});

describe("a run over several sites", () => {
  const sites = [
    { id: "a", accelerator: "h100", accelerators: 8192, grid: "us" },
    { id: "b", accelerator: "h100", accelerators: 8192, grid: "fr" },
  ];
  const model = { parameters: "405B", tokens: "15.6T" };

  it("cannot be carried out over sites no link joins", () => {
    const reasons = infeasibleReasons({ sites, workloads: [{ name: "t", kind: "training", model }] });
    expect(reasons.t?.map((r) => r.code)).toEqual(["sites_not_connected"]);
    expect(reasons.t?.[0]?.message).toMatch(/not all connected/);
  });

  it("slows down when the link is thin, and DiLoCo keeps the other site going when one fails", () => {
    const run = (gbps: string, strategy: string) =>
      evaluate({
        sites,
        links: [{ between: ["a", "b"], bandwidth: gbps, latency: "20 ms" }],
        workloads: [{ name: "t", kind: "training", model, sync: { strategy } }],
      }).workloads.t;
    expect(run("1 Gbps", "sync-hierarchical")?.days).toBeGreaterThan(
      run("100 Tbps", "sync-hierarchical")?.days ?? 0,
    );
    expect(run("1 Gbps", "diloco")?.days).toBeLessThan(run("1 Gbps", "sync-hierarchical")?.days ?? 0);
    expect(run("100 Tbps", "diloco")?.goodput).toBeGreaterThan(
      run("100 Tbps", "sync-hierarchical")?.goodput ?? 1,
    );
    expect(run("100 Tbps", "diloco")?.sync?.siteFailure).toBe("others-continue");
  });
});

describe("bad multi-site input", () => {
  const sites = [
    { id: "a", accelerator: "h100", accelerators: 1024, grid: "us" },
    { id: "b", accelerator: "h100", accelerators: 1024, grid: "us" },
  ];
  const workloads = [
    { name: "t", kind: "training", model: { parameters: "7B", tokens: "1T" }, sync: { strategy: "diloco" } },
  ];

  it("rejects a link to an unknown site, naming the sites there are", () => {
    expect(() =>
      evaluate({ sites, links: [{ between: ["a", "mars"], bandwidth: "1 Tbps" }], workloads }),
    ).toThrow(/link names unknown site 'mars'/);
  });

  it.each([["0 Gbps"], ["-5 Gbps"], ["5 km"]])("rejects a link bandwidth of %s", (bandwidth) => {
    expect(() => evaluate({ sites, links: [{ between: ["a", "b"], bandwidth }], workloads })).toThrow(
      /bandwidth/,
    );
  });

  it("rejects an unknown strategy, listing the four", () => {
    expect(() =>
      evaluate({
        sites,
        links: [{ between: ["a", "b"], bandwidth: "1 Tbps" }],
        workloads: [{ ...workloads[0], sync: { strategy: "telepathy" } }],
      }),
    ).toThrow(/sync-flat|diloco/);
  });
});

describe("link cuts", () => {
  const sites = [
    { id: "a", accelerator: "h100", accelerators: 4096, grid: "us" },
    { id: "b", accelerator: "h100", accelerators: 4096, grid: "us" },
  ];
  const run = (strategy: string, outagesPerYear: number, trials?: number) =>
    evaluate(
      {
        sites,
        links: [
          {
            between: ["a", "b"],
            bandwidth: "100 Tbps",
            latency: "10 ms",
            outagesPerYear,
            outageDuration: "12 h",
          },
        ],
        workloads: [
          { name: "t", kind: "training", model: { parameters: "70B", tokens: "15T" }, sync: { strategy } },
        ],
      },
      undefined,
      trials === undefined ? {} : { trials, seed: 3 },
    ).workloads.t;

  it("stop a synchronous job, and the simulation agrees with the expected cost", () => {
    const cut = run("sync-hierarchical", 50, 300);
    const whole = run("sync-hierarchical", 0);
    expect(cut?.goodput).toBeLessThan(whole?.goodput ?? 0);
    expect(Math.abs((cut?.simulation?.goodput.mean ?? 0) / (cut?.goodput ?? 1) - 1)).toBeLessThan(0.02);
    expect(cut?.simulation?.interruptionsByClass["outage:link a-b"]).toBeGreaterThan(0);
  });

  it("cost DiLoCo nothing: its sites keep training and rejoin", () => {
    expect(run("diloco", 50)?.goodput).toBeCloseTo(run("diloco", 0)?.goodput ?? 0, 12);
  });
});
