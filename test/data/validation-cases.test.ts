import { describe, expect, it } from "vitest";
import { readValidationCases, VALIDATION_DIR } from "../../src/node/validation-files.js";

const cases = readValidationCases([VALIDATION_DIR]);

describe("the public validation cases (validation/)", () => {
  it("number at least 60 (issue 11)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it("each say what their published figure is: measured, a published method, or another party's estimate", () => {
    for (const c of cases) expect(c.kind, `${c.id} in ${c.file}`).toBeDefined();
  });

  it("cover training, reliability, serving and sites, each with cases of their own", () => {
    // Reliability cases predict training's effective time; they live in their own files.
    const files = (pattern: RegExp) => cases.filter((c) => pattern.test(c.file)).length;
    expect(files(/training-(in-sample|held-out)\.yaml$/)).toBeGreaterThanOrEqual(20);
    expect(files(/(reliability|recovery-at-scale)\.yaml$/)).toBeGreaterThanOrEqual(3);
    expect(files(/serving-benchmarks\.yaml$/)).toBeGreaterThanOrEqual(20);
    expect(files(/sites\.yaml$/)).toBeGreaterThanOrEqual(5);
  });
});
