import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainText, type SiteResult } from "../../src/core/index.js";
import { checkCount, countRangeForPower } from "../../src/core/sizing/count-check.js";
import { loadCatalog } from "../../src/node/data-files.js";
import { evaluateAny } from "../support/fixture.js";

const k = 1e3;
// What 1 GW holds, as an 80% range: 300k-400k accelerators. Read as log-normal, its 98% range moves each end out by
// (p90/p10)^((2.3263/1.2816 - 1)/2) = (4/3)^0.4076 = 1.1245: 266.8k-449.8k.
const range = { p10: 300 * k, p90: 400 * k };
const widen = (4 / 3) ** ((2.3263 / 1.2816 - 1) / 2);

describe("one accelerators-against-power check, its bands from the site model's own range", () => {
  it.each([
    [350, "consistent", undefined],
    [280, "plausible-low", "headroom"],
    [440, "plausible-high", "it-power"],
    [100, "scope-mismatch", "one-phase"],
    [1300, "scope-mismatch", "fleet-not-site"],
  ] as const)("reads %sk accelerators in 1 GW as %s (%s)", (count, assessment, reason) => {
    const c = checkCount(count * k, { range });
    expect(c.assessment).toBe(assessment);
    expect(c.reason).toBe(reason);
    expect(c.range).toEqual(range);
    expect(c.plausible.p10).toBeCloseTo((300 * k) / widen, 0);
    expect(c.plausible.p90).toBeCloseTo(400 * k * widen, 0);
  });

  it("reads a count far off the chip sized but inside another named chip's range as another generation", () => {
    // 1 GW of H100-class systems at ~1.9 kW each holds about 450k-600k (80%): 580k is theirs, not the GB200's.
    const h100 = { p10: 450 * k, p90: 600 * k };
    expect(checkCount(580 * k, { range, others: [h100] }).reason).toBe("different-generation");
    expect(checkCount(580 * k, { range }).reason).toBe("fleet-not-site");
  });

  it("reads a count high for a facility's power but right for its critical IT as the IT load, not a fleet", () => {
    // At a facility power 1.345 times the IT (PUE 1.14 x design 1.18), 1 GW of IT holds up to 400k x 1.345 = 538k.
    expect(checkCount(500 * k, { range, facilityPerIt: 1.345 })).toMatchObject({
      assessment: "scope-mismatch",
      reason: "it-power",
    });
    expect(checkCount(600 * k, { range, facilityPerIt: 1.345 }).reason).toBe("fleet-not-site");
  });

  it("reads a count the article gives as one phase as that phase, with the verdict the numbers give", () => {
    expect(checkCount(280 * k, { range }, { phase: true })).toMatchObject({
      assessment: "plausible-low",
      reason: "one-phase",
    });
    expect(checkCount(18 * k, { range }, { phase: true })).toMatchObject({
      assessment: "scope-mismatch",
      reason: "one-phase",
    });
  });

  it("calls no count inconsistent: a phase is any part of a build-out, a fleet any number of sites", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e8, noNaN: true }), (count) => {
        const a = checkCount(count, { range }).assessment;
        expect(a).not.toBe("inconsistent");
        expect(a === "consistent").toBe(count >= 300 * k && count <= 400 * k);
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it("reads a power against a count with the same factors the other way", () => {
    // 100k accelerators need 250-350 MW (80%); 1 GW then holds 100k x 1000/350 to 100k x 1000/250 = 285.7k-400k.
    const r = countRangeForPower(100 * k, 1000, { p10: 250, p90: 350 });
    expect(r.p10).toBeCloseTo((100 * k * 1000) / 350, 6);
    expect(r.p90).toBeCloseTo((100 * k * 1000) / 250, 6);
  });
});

describe("the headline reader and the sizing of a site agree on counts", () => {
  const catalog = loadCatalog();
  const sized = (power: string, count: number) => {
    const sites = evaluateAny(
      { sites: [{ id: "s", power, accelerators: count, accelerator: "gb200" }] },
      catalog,
    ).sites;
    return (Object.values(sites)[0] as SiteResult).checks.find((c) => c.claim === "accelerators");
  };

  it("gives the same verdict, reason and range for a count and a power as `size --power --accelerators`", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 3000 }),
        fc.constantFrom(["1 GW", 1000], ["5 GW", 5000], ["300 MW", 300]),
        (thousands, [power, mw]) => {
          const text = `The ${mw} MW campus will hold ${thousands * 1000} GB200 chips.`;
          const check = explainText(text, catalog).claims.find((c) => c.kind === "count")?.checks[0];
          const site = sized(power as string, thousands * 1000);
          expect(check?.verdict).toBe(site?.assessment);
          expect(check?.reason).toBe(site?.reason);
          expect(check?.range).toEqual(site?.range);
        },
      ),
      { seed: 16, numRuns: 40 },
    );
  });

  it("finds Abilene's published ~400,000 GB200 in 1.2 GW consistent, in both", () => {
    // 1.2 GW / (2,000 W x PUE 1.14 x design 1.18) = 446k; the published count is inside the 80% range.
    expect(sized("1.2 GW", 400_000)?.assessment).toBe("consistent");
    const r = explainText("The 1.2 GW Abilene campus will hold 400,000 GB200 chips.", catalog);
    expect(r.claims.find((c) => c.kind === "count")?.checks[0]?.verdict).toBe("consistent");
  });
});

describe("a sum the article gives as one phase", () => {
  it("reads it as that phase, where the same sum for the whole site reads as its buildings", () => {
    const catalog = loadCatalog();
    const reason = (text: string) =>
      explainText(text, catalog).claims.find((c) => c.kind === "money")?.checks[0]?.reason;
    expect(reason("The 1 GW campus will cost $10 billion.")).toBe("building-only");
    expect(reason("The first phase of the 1 GW campus will cost $10 billion.")).toBe("one-phase");
  });
});
