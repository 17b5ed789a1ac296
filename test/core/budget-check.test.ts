import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainText, type SiteResult } from "../../src/core/index.js";
import { type CapexModel, checkBudget, ninetyEightPercentRange } from "../../src/core/sizing/budget-check.js";
import { loadCatalog } from "../../src/node/data-files.js";
import { evaluateAny } from "../support/fixture.js";

const B = 1e9;
// A 1 GW site priced like the industry's all-in view: $35-60B (80% range), buildings with their plant $13B
// ($10-16B), accelerators with their network $21B ($17-25B), and $130B over the buildings' life.
const model: CapexModel = {
  capexUSD: 50 * B,
  range: { p10: 35 * B, p90: 60 * B },
  buildingUSD: 13 * B,
  buildingRange: { p10: 10 * B, p90: 16 * B },
  chipsUSD: 21 * B,
  chipsRange: { p10: 17 * B, p90: 25 * B },
  lifeCostUSD: 130 * B,
  facilityPowerMW: 1000,
};
// A log-normal figure's 98% range from its 80% one: ln(p90/p10) spans 2 × 1.2816 sigma, and p1/p99 sit 2.3263 sigma
// from the centre, so each end moves out by (p90/p10)^((2.3263/1.2816 - 1)/2).
const widen = (p10: number, p90: number) => (p90 / p10) ** ((2.3263 / 1.2816 - 1) / 2);

describe("one budget check, its bands from the capex model's own range", () => {
  it("widens an 80% range to the 98% range of a log-normal figure", () => {
    const f = widen(35, 60);
    const r = ninetyEightPercentRange(model.range);
    expect(r.p10 / B).toBeCloseTo(35 / f, 2);
    expect(r.p90 / B).toBeCloseTo(60 * f, 2);
  });

  it.each([
    [45, "consistent", undefined],
    [35, "consistent", undefined],
    [30, "plausible-low", "lean-build"],
    [70, "plausible-high", "includes-more"],
    [100, "scope-mismatch", "includes-more"],
    [200, "inconsistent", undefined],
    [13, "scope-mismatch", "building-only"],
    // $18B is inside both parts' 98% ranges ($8.3-19.4B and $15.0-28.3B): the buildings are the usual reading.
    [18, "scope-mismatch", "building-only"],
    [21, "scope-mismatch", "chips-only"],
    [3, "scope-mismatch", "one-phase"],
  ] as const)("reads $%sB for the 1 GW site as %s (%s)", (usd, assessment, reason) => {
    const b = checkBudget(usd * B, model);
    expect(b.assessment).toBe(assessment);
    expect(b.reason).toBe(reason);
    expect(b.range).toEqual(model.range);
  });

  it("says what a low sum pays for: its share of the site all-in, or of the buildings alone", () => {
    // $3B at $50B per GW is 60 MW all-in; at $13B per GW of buildings, about 231 MW of buildings.
    const b = checkBudget(3 * B, model);
    expect(b.buysMW.allIn).toBeCloseTo(60, 6);
    expect(b.buysMW.buildings).toBeCloseTo((3 / 13) * 1000, 6);
  });

  it("is consistent exactly inside the 80% range and plausible exactly inside the 98% range", () => {
    const f = widen(35, 60);
    fc.assert(
      fc.property(fc.double({ min: 25, max: 80, noNaN: true }), (usd) => {
        const a = checkBudget(usd * B, model).assessment;
        const inRange = usd >= 35 && usd <= 60;
        const plausible = !inRange && usd >= 35 / f && usd <= 60 * f;
        expect(a === "consistent").toBe(inRange);
        expect(a.startsWith("plausible")).toBe(plausible);
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe("the headline reader and the sizing of a site agree", () => {
  const catalog = loadCatalog();
  const sized = (power: string, budgetB: number) => {
    const site = Object.values(
      evaluateAny({ sites: [{ id: "s", power, budget: budgetB * B, accelerator: "gb200" }] }, catalog).sites,
    )[0] as SiteResult;
    return site.checks.find((c) => c.claim === "budget");
  };

  it("gives the same verdict, reason and range for a sum and a power as `size --power --budget`", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(["1 GW", 1], ["5 GW", 5], ["300 MW", 0.3]),
        (budgetB, [power, gw]) => {
          const text = `The ${gw * 1000} MW campus of GB200 will cost $${budgetB} billion.`;
          const check = explainText(text, catalog).claims.find((c) => c.kind === "money")?.checks[0];
          const site = sized(power as string, budgetB);
          expect(check?.verdict).toBe(site?.assessment);
          expect(check?.reason).toBe(site?.reason);
          expect(check?.range).toEqual(site?.range);
        },
      ),
      { seed: 12, numRuns: 40 },
    );
  });

  it("reads the seeds' $10 billion for 5 GW as a mismatch of scope, not of cost, in both", () => {
    // $10B at $50B per GW all-in buys 200 MW: one phase, not 5 GW.
    expect(sized("5 GW", 10)?.assessment).toBe("scope-mismatch");
    expect(sized("5 GW", 10)?.reason).toBe("one-phase");
    const r = explainText("Meta will spend $10 billion on a 5 GW campus.", catalog);
    expect(r.claims.find((c) => c.kind === "money")?.checks[0]?.reason).toBe("one-phase");
  });

  it("calls nothing in the industry's stated $35-60 billion per GW inconsistent, nor a sum that includes more", () => {
    for (const usd of [35, 50, 60, 90]) expect(sized("1 GW", usd)?.assessment).not.toBe("inconsistent");
    // $1 trillion for 1 GW is more than the site costs to build, re-equip and run over its twenty years.
    expect(sized("1 GW", 1000)?.assessment).toBe("inconsistent");
  });
});
