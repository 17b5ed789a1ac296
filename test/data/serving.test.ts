import { describe, expect, it } from "vitest";
import {
  capacityDate,
  dateValue,
  evaluateScenario,
  parseScenario,
  type ServingResult,
} from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();
const serveAny = (workload: Record<string, unknown>, accelerators = 10_000) =>
  evaluateScenario(
    parseScenario({
      sites: [{ id: "s", accelerator: "h100", accelerators, grid: "us" }],
      workloads: [{ name: "chat", kind: "serving", model: { parameters: "70B" }, users: "10M", ...workload }],
    }),
    catalog,
  ).workloads.chat;
const serve = (workload: Record<string, unknown>, accelerators = 10_000): ServingResult => {
  const r = serveAny(workload, accelerators);
  if (r?.kind !== "serving") throw new Error(`expected a serving result, got ${JSON.stringify(r)}`);
  return r;
};

describe("serving a model", () => {
  it("gives the PRODUCT.md keys, finite and positive", () => {
    const r = serve({});
    for (const key of [
      "acceleratorsNeeded",
      "usersServable",
      "energyWhPerRequest",
      "costUSDPerUserMonth",
    ] as const) {
      expect(Number.isFinite(r[key]) && r[key] > 0, key).toBe(true);
    }
    expect(r.acceleratorsNeeded % r.acceleratorsPerReplica).toBe(0);
  });

  it("more users need more accelerators, and the sites serve the same number of users either way", () => {
    const small = serve({ users: "1M" });
    const large = serve({ users: "100M" });
    expect(large.acceleratorsNeeded).toBeGreaterThan(small.acceleratorsNeeded);
    expect(large.usersServable).toBeCloseTo(small.usersServable, -3);
  });

  it("energy per request grows with the tokens it generates", () => {
    const short = serve({ perUser: { outputTokens: 200 } });
    const long = serve({ perUser: { outputTokens: 2000 } });
    expect(long.energyWhPerRequest).toBeGreaterThan(short.energyWhPerRequest);
  });

  it("takes a deployment's own efficiencies: a better prefill costs less time per request", () => {
    const production = serve({});
    const tuned = serve({ efficiency: { prefillMfu: "66%", decodeMbu: "70%", fleetLoad: "100%" } });
    // data/serving.yaml: saturated prefill 0.44 at a fleet load of 0.68.
    expect(tuned.prefillTokensPerSPerAccelerator / production.prefillTokensPerSPerAccelerator).toBeCloseTo(
      (0.66 * 1) / (0.44 * 0.68),
      6,
    );
    expect(tuned.acceleratorSecondsPerRequest).toBeLessThan(production.acceleratorSecondsPerRequest);
    expect(() => serve({ efficiency: { prefillMfu: "0%" } })).toThrow(/prefillMfu/);
    expect(() => serve({ efficiency: { prefilMfu: "50%" } })).toThrow(/prefilMfu/);
  });

  it("gives per-request carbon and water on Google's boundary too: market-based, on-site water only", () => {
    const r = serve({});
    expect(r.co2eMarketBasedGramsPerRequest).toBeLessThanOrEqual(r.co2eGramsPerRequest);
    expect(r.waterOnSiteMlPerRequest).toBeLessThan(r.waterMlPerRequest);
    expect(r.waterOnSiteMlPerRequest).toBeGreaterThan(0);
  });

  it("says what would fit when the model does not", () => {
    const r = serveAny({ model: { parameters: "2T" }, acceleratorsPerReplica: 2 });
    expect(r?.kind).toBe("infeasible");
    const reason = r?.kind === "infeasible" ? r.reasons[0] : undefined;
    expect(reason?.code).toBe("model_does_not_fit");
    // 2T parameters at 2 bytes is 4,000 GB: 50 H100s of 80 GB before any context, so "at least" is 50 or more.
    const needed = Number(/at least (\d+) accelerators are needed/.exec(reason?.message ?? "")?.[1]);
    expect(needed).toBeGreaterThanOrEqual(50);
  });

  it.each([
    [{ users: 0 }, /users/],
    [{ perUser: { outputTokens: 0 } }, /outputTokens/],
    [{ perUser: { inputTokens: "1e12" } }, /inputTokens/],
    [{ acceleratorHourPrice: "$0" }, /acceleratorHourPrice/],
  ])("rejects %j", (workload, pattern) => {
    expect(() => serve(workload)).toThrow(pattern);
  });

  it("prices each tier: cost per user-month against the price, with the tiers' use weighing the load", () => {
    const tiers = [
      { name: "Free", pricePerMonth: "$0", share: "90%" },
      { name: "Pro", pricePerMonth: "$200", share: "10%", usage: 10 },
    ];
    const r = serve({ tiers });
    const flat = serve({});
    const [free, pro] = r.tiers ?? [];
    expect(pro?.costUSDPerUserMonth).toBeCloseTo(10 * (free?.costUSDPerUserMonth ?? 0), 9);
    expect(free?.covered).toBe(false);
    expect(pro?.covered).toBe(true);
    expect(r.requestsPerDay).toBeCloseTo(flat.requestsPerDay * (0.9 + 0.1 * 10), 0);
    expect(() => serve({ tiers: [{ name: "A", pricePerMonth: "$20", share: "50%" }] })).toThrow(
      /add up to 100%/,
    );
  });

  it("warns when the sites are too small for the users", () => {
    const r = serve({ users: "1B" }, 1000);
    expect(r.warnings?.[0]).toMatch(/serve/);
    expect(r.usersServable).toBeLessThan(1e9);
  });
});

describe("briefings like ChatGPT Pulse", () => {
  const regions = [
    { name: "Americas", utcOffset: -5, share: "40%" },
    { name: "Europe", utcOffset: 1, share: "30%" },
    { name: "Asia", utcOffset: 7, share: "30%" },
  ];
  const briefings = { calls: 5, inputTokens: "4k", outputTokens: 500 };

  it("adds their work to the day and reports the curve", () => {
    const chat = serve({ regions });
    const both = serve({ regions, briefings });
    expect(both.acceleratorsNeeded).toBeGreaterThanOrEqual(chat.acceleratorsNeeded);
    expect(both.hourlyBusyAccelerators).toHaveLength(24);
    expect(both.briefingsPerDay).toBe(10e6);
    expect(both.costUSDPerUserMonth).toBeGreaterThan(chat.costUSDPerUserMonth);
    expect(both.briefingShareOfWork).toBeGreaterThan(0);
  });

  it("limits briefings to the tiers named, as Pulse for Pro only, and charges them to those tiers", () => {
    const tiers = [
      { name: "Free", pricePerMonth: "$0", share: "99.5%" },
      { name: "Pro", pricePerMonth: "$200", share: "0.5%" },
    ];
    const chat = serve({ regions, tiers });
    const forPro = serve({ regions, tiers, briefings: { ...briefings, tiers: ["Pro"] } });
    const forAll = serve({ regions, tiers, briefings });
    expect(forPro.briefingsPerDay).toBeCloseTo(0.05e6, 6);
    expect(forAll.briefingsPerDay).toBe(10e6);
    const tier = (r: ServingResult, name: string) => r.tiers?.find((t) => t.name === name);
    expect(tier(forPro, "Free")?.costUSDPerUserMonth).toBeLessThanOrEqual(
      tier(chat, "Free")?.costUSDPerUserMonth ?? 0,
    );
    expect(tier(forPro, "Pro")?.costUSDPerUserMonth).toBeGreaterThan(
      tier(chat, "Pro")?.costUSDPerUserMonth ?? 0,
    );
    // A few briefings fit in the night troughs; briefings for everyone raise the peak.
    expect(forPro.scheduledInTroughShare).toBeCloseTo(1, 6);
    expect(forPro.acceleratorsNeeded).toBe(chat.acceleratorsNeeded);
    expect(forAll.acceleratorsNeeded).toBeGreaterThan(chat.acceleratorsNeeded);
    expect(forAll.chatPeakAccelerators).toBe(chat.acceleratorsNeeded);
    expect(forAll.scheduledInTroughShare).toBeLessThan(1);
  });

  it("lets the calls of one briefing share a cached prefix: less prefill, less energy", () => {
    const cold = serve({ regions, briefings });
    const cached = serve({ regions, briefings: { ...briefings, cacheHitRate: "75%" } });
    expect(cached.acceleratorSecondsPerBriefing).toBeLessThan(cold.acceleratorSecondsPerBriefing ?? 0);
    expect(cached.energyWhPerBriefing).toBeLessThan(cold.energyWhPerBriefing ?? 0);
    expect(() => serve({ regions, briefings: { ...briefings, cacheHitRate: "100%" } })).toThrow(
      /cacheHitRate/,
    );
  });

  it("rejects briefings for a tier that does not exist, naming the tiers there are", () => {
    const tiers = [{ name: "Pro", pricePerMonth: "$200", share: "100%" }];
    expect(() => serve({ regions, tiers, briefings: { ...briefings, tiers: ["Plus"] } })).toThrow(
      /unknown tier 'Plus' \(the workload's tiers: Pro\)/,
    );
    expect(() => serve({ regions, briefings: { ...briefings, tiers: ["Pro"] } })).toThrow(/has no tiers/);
  });

  it.each([["25:00"], ["7am"], ["-1:00"]])("rejects a deadline of %s", (deadline) => {
    expect(() =>
      serve({ regions, briefings: { ...briefings, window: { start: "00:00", deadline } } }),
    ).toThrow(/invalid time/);
  });

  it("rejects an empty window and regions whose shares do not add up", () => {
    expect(() =>
      serve({ regions, briefings: { ...briefings, window: { start: "07:00", deadline: "07:00" } } }),
    ).toThrow(/no time in it/);
    expect(() => serve({ regions: [{ utcOffset: 0, share: "50%" }] })).toThrow(/add up to 100%/);
  });
});

describe("when announced capacity allows a workload", () => {
  it("orders partial dates", () => {
    const dates = ["2026", "2025-Q3", "2025-09", "2026-H2", "2025-01-15"].sort(
      (a, b) => dateValue(a) - dateValue(b),
    );
    expect(dates).toEqual(["2025-01-15", "2025-Q3", "2025-09", "2026", "2026-H2"]);
  });

  it("finds the first date an operator's sites reach a power, and says when they never do", () => {
    const soon = capacityDate(catalog, "openai", 1);
    expect(soon.date).toBeDefined();
    expect(soon.projects).toContain("stargate-abilene");
    const never = capacityDate(catalog, "openai", 1e9);
    expect(never.date).toBeUndefined();
    expect(never.announcedMW).toBeGreaterThan(1000);
    const later = capacityDate(catalog, "openai", never.announcedMW);
    expect(dateValue(later.date ?? "9999")).toBeGreaterThanOrEqual(dateValue(soon.date ?? "0"));
  });

  it("rejects an unknown operator, suggesting the nearest", () => {
    expect(() => serve({ operator: "openia" })).toThrow(/unknown organisation 'openia'/);
  });
});

describe("batch jobs", () => {
  const regions = [{ utcOffset: 0, share: "100%" }];

  it("run in the troughs: a batch that fits in the night raises the work, not the peak", () => {
    const chat = serve({ regions });
    const small = serve({ regions, batch: { requestsPerDay: "1M", inputTokens: "2k", outputTokens: 200 } });
    expect(small.batchAcceleratorHoursPerDay).toBeGreaterThan(0);
    expect(small.energyMWh).toBeGreaterThan(chat.energyMWh);
    expect(small.acceleratorsNeeded).toBeLessThanOrEqual(
      chat.acceleratorsNeeded + small.acceleratorsPerReplica,
    );
    const huge = serve({ regions, batch: { requestsPerDay: "10B", inputTokens: "2k", outputTokens: 200 } });
    expect(huge.acceleratorsNeeded).toBeGreaterThan(chat.acceleratorsNeeded);
  });

  it("only in their window", () => {
    const r = serve({
      regions,
      batch: {
        requestsPerDay: "100M",
        inputTokens: "2k",
        outputTokens: 200,
        window: { start: "02:00", deadline: "04:00" },
      },
    });
    const busy = r.hourlyBusyAccelerators ?? [];
    const chatOnly = serve({ regions }).hourlyBusyAccelerators ?? [];
    expect(busy[10]).toBeCloseTo(chatOnly[10] ?? 0, 6);
    expect(busy[2]).toBeGreaterThan(chatOnly[2] ?? 0);
  });
});

describe("known double counts and substitutions (issue 11)", () => {
  const scenario = (accelerator: string, precision: string) =>
    evaluateScenario(
      parseScenario({
        sites: [{ id: "s", accelerator, accelerators: 10_000, grid: "us" }],
        workloads: [{ name: "chat", kind: "serving", model: { parameters: "70B", precision }, users: "1M" }],
      }),
      catalog,
    );

  it("names the precision it computes at when the accelerator lacks the one asked for: fp4 on H100 runs at its fp8 peak", () => {
    const names = scenario("h100", "fp4").assumptions.map((a) => a.name);
    const substituted = scenario("h100", "fp4").assumptions.find(
      (a) => a.name === "workloads.chat.computePrecision",
    );
    expect(substituted?.value).toBe("fp8");
    expect(substituted?.source).toMatch(/no fp4 peak/);
    expect(names).toContain("accelerators.h100-sxm.fp8DenseTFLOPS");
    expect(names).not.toContain("accelerators.h100-sxm.fp4DenseTFLOPS");
    // B200 has an fp4 peak: nothing is substituted.
    const b200 = scenario("b200", "fp4").assumptions.map((a) => a.name);
    expect(b200).toContain("accelerators.b200.fp4DenseTFLOPS");
    expect(b200).not.toContain("workloads.chat.computePrecision");
  });

  it("does not derate TPU v4's all-in power twice: it is built from a measured draw, so busy is all of it", () => {
    const r = scenario("tpu-v4", "bf16");
    const names = r.assumptions.map((a) => a.name);
    expect(names).toContain("accelerators.tpu-v4.busyPowerFraction");
    expect(names).not.toContain("parameters.trainingPowerFraction");
    const w = r.workloads.chat;
    if (w?.kind !== "serving") throw new Error("expected a serving result");
    const pue = r.sites.s?.pue ?? Number.NaN;
    // 275 W all-in × busy fraction 1, idle share 0.083, PUE: Wh per accelerator-second.
    expect(w.energyWhPerRequest).toBeCloseTo(
      ((w.acceleratorSecondsPerRequest * 275 * 1) / 3600 / (1 - 0.083)) * pue,
      9,
    );
    // An H100's all-in power, built from a rating, still is derated by the measured 0.77.
    expect(scenario("h100", "bf16").assumptions.map((a) => a.name)).toContain(
      "parameters.trainingPowerFraction",
    );
  });
});
