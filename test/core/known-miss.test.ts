import { describe, expect, it } from "vitest";
import { InputError, readCases, runCases } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const catalog = loadCatalog();

// A stated facility power comes back unchanged as facilityPowerMW: 1 GW is 1,000 MW, so a published 2,000 MW ±10%
// misses by (1000 − 2000) / 2000 = −50% and a published 1,000 MW ±10% passes with an error of 0.
const caseText = (id: string, publishedMW: number, knownMiss?: string) =>
  [
    `- id: ${id}`,
    "  source: test",
    "  kind: measured",
    ...(knownMiss === undefined ? [] : [`  knownMiss: "${knownMiss}"`]),
    "  inputs:",
    "    sites: [{ id: a, power: 1 GW, accelerator: h100 }]",
    "  published:",
    `    sites.a.facilityPowerMW: { value: ${publishedMW}, tolerance: 0.1 }`,
  ].join("\n");

const REASON = "The model reads a stated power as nameplate; this source states it another way.";

describe("validation cases marked as a known miss", () => {
  it("report a missed figure as a known miss, with the reason, and do not count it as failed", () => {
    const report = runCases(readCases(caseText("marked", 2000, REASON), "t.yaml"), catalog);
    const [c] = report.cases;
    expect(c?.knownMiss).toBe(REASON);
    expect(c?.metrics[0]).toMatchObject({ pass: false, error: -0.5, knownMiss: REASON });
    expect(report.summary).toMatchObject({ metrics: 1, passed: 0, failed: 0, knownMisses: 1 });
  });

  it("still count an unmarked miss beside it as failed", () => {
    const text = `${caseText("marked", 2000, REASON)}\n${caseText("unmarked", 2000)}`;
    const report = runCases(readCases(text, "t.yaml"), catalog);
    expect(report.summary).toMatchObject({ metrics: 2, passed: 0, failed: 1, knownMisses: 1 });
    expect(report.cases[1]?.metrics[0]?.knownMiss).toBeUndefined();
  });

  it("report a marked case that now passes as passed, so its mark can be removed", () => {
    const report = runCases(readCases(caseText("fixed", 1000, REASON), "t.yaml"), catalog);
    expect(report.cases[0]?.metrics[0]).toMatchObject({ pass: true, error: 0 });
    expect(report.cases[0]?.metrics[0]?.knownMiss).toBeUndefined();
    expect(report.summary).toMatchObject({ passed: 1, failed: 0, knownMisses: 0 });
  });

  it("reject a mark without a reason, naming the field and its value", () => {
    let error: unknown;
    try {
      readCases(caseText("bare", 2000, "yes"), "t.yaml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues[0];
    expect(issue?.path).toEqual([0, "knownMiss"]);
    expect(issue?.message).toMatch(/knownMiss "yes".*reason/);
  });
});
