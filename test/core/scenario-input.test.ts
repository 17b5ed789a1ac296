import { describe, expect, it } from "vitest";
import { evaluateScenario, formatIssue, InputError, type Issue, readScenario } from "../../src/core/index.js";
import { evaluate, fixture } from "../support/fixture.js";

/** The issues an input raises; fails the test when it raises none or throws something else. */
function issuesOf(run: () => unknown): Issue[] {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return [...e.issues];
    throw e;
  }
  throw new Error("expected an InputError");
}
const message = (run: () => unknown) => issuesOf(run).map(formatIssue).join("\n");
const fromYaml = (text: string) => () => evaluateScenario(readScenario(text, "s.yaml"), fixture);

describe("scenario files: one clear message per bad input", () => {
  it("names a misspelt key with its file, line and path", () => {
    const m = message(fromYaml("sites:\n  - id: a\n    powr: 5 GW\n"));
    expect(m).toContain("s.yaml:2");
    expect(m).toMatch(/powr/);
  });

  it("rejects an empty file", () => {
    expect(message(fromYaml(""))).toMatch(/empty/);
  });

  it("rejects malformed YAML with its line", () => {
    expect(message(fromYaml("sites:\n  - id: a\n    power: [5 GW\n"))).toMatch(/s\.yaml:\d+/);
  });

  it("rejects a unit of the wrong kind, naming field, value and what is accepted", () => {
    const m = message(() => evaluate({ sites: [{ id: "a", power: "5km" }] }));
    expect(m).toContain("sites[0].power");
    expect(m).toContain("5km");
    expect(m).toMatch(/GW/);
  });

  it.each([["0 GW"], ["-5 GW"], ["NaN"], ["Infinity W"]])("rejects power %s", (power) => {
    expect(message(() => evaluate({ sites: [{ id: "a", power }] }))).toContain(power);
  });

  it("rejects 1e30 accelerators", () => {
    expect(message(() => evaluate({ sites: [{ id: "a", accelerators: "1e30" }] }))).toMatch(/1e30/);
  });

  it("rejects a bare number for power, which could be W or MW", () => {
    expect(message(() => evaluate({ sites: [{ id: "a", power: 1200 }] }))).toMatch(/needs a unit/);
  });

  it.each([
    ["accelerator", "h10", "h100-sxm"],
    ["grid", "fra", "fr"],
    ["cooling", "closed-loop", "closed-loop-liquid"],
    ["project", "bigsite", "big-site"],
  ] as const)("rejects an unknown %s id and suggests the nearest", (field, value, suggestion) => {
    const issues = issuesOf(() => evaluate({ sites: [{ id: "a", power: "1 GW", [field]: value }] }));
    expect(issues[0]?.message).toContain(`'${value}'`);
    expect(issues[0]?.accepted).toContain(suggestion);
  });

  it("accepts ids case-insensitively and through aliases", () => {
    const r = evaluate({
      sites: [
        { id: "a", power: "1 GW", accelerator: "H100", grid: "FRANCE" },
        { id: "b", project: "Big" },
      ],
    });
    expect(r.sites.a?.accelerator).toBe("h100-sxm");
    expect(r.sites.b?.project).toBe("big-site");
  });

  it("rejects a site with neither power, accelerators, budget nor a project", () => {
    expect(message(() => evaluate({ sites: [{ id: "a" }] }))).toMatch(/power|accelerators|budget/);
  });
});
