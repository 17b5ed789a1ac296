import { describe, expect, it } from "vitest";
import { buildCatalog, formatIssue, InputError } from "../../src/core/index.js";
import { fixture } from "../support/fixture.js";

const ORG = "organisations:\n  - { id: nvidia, name: NVIDIA, kind: company }\n";
const SOURCES =
  'sources:\n  s: { title: "A datasheet", publisher: P, date: "2024", url: "https://example.com/a" }\n';
const accelerator = (tdp: string) => `accelerators:
  - id: x1
    name: X1
    vendor: nvidia
    form: gpu
    firstAvailable: { value: "2024", source: s }
    bf16DenseTFLOPS: { value: 1000, source: s }
    hbmGB: { value: 80, source: s }
    hbmBandwidthTBps: { value: 3, source: s }
    tdpW: ${tdp}
    itPowerPerAcceleratorW: { value: 1000, source: s }
    acceleratorsPerServer: { value: 8, source: s }
    priceUSD: { value: 25000, assumption: "a round price for this test, no source needed here" }
    embodiedKgCO2e: { value: 1000, source: s }
`;

function problems(text: string): string {
  try {
    buildCatalog([{ name: "data/x.yaml", text }], { standalone: true });
    return "";
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.issues.map(formatIssue).join("\n");
  }
}

describe("catalog rules: every number cited beside itself", () => {
  it("accepts a file where every number has a source or an assumption", () => {
    expect(problems(SOURCES + ORG + accelerator("{ value: 700, source: s }"))).toBe("");
  });

  it("rejects a bare number, naming its file, line and path", () => {
    const p = problems(SOURCES + ORG + accelerator("700"));
    expect(p).toContain("data/x.yaml:14");
    expect(p).toContain("neither `source` nor `assumption`");
  });

  it("rejects a value with both a source and an assumption, or with neither", () => {
    expect(
      problems(
        SOURCES +
          ORG +
          accelerator('{ value: 700, source: s, assumption: "two citations is one too many here" }'),
      ),
    ).toMatch(/exactly one/);
    expect(problems(SOURCES + ORG + accelerator("{ value: 700 }"))).toMatch(/neither|exactly one/);
  });

  it("rejects a source id the file does not define", () => {
    expect(problems(SOURCES + ORG + accelerator("{ value: 700, source: nowhere }"))).toContain("nowhere");
  });

  it("rejects a misspelt key", () => {
    expect(
      problems(SOURCES + ORG + accelerator("{ value: 700, source: s }").replace("hbmGB", "hbmGb")),
    ).toMatch(/hbmGb/);
  });

  it("rejects references to ids that do not exist once files are put together", () => {
    expect(() =>
      buildCatalog([{ name: "data/x.yaml", text: SOURCES + accelerator("{ value: 700, source: s }") }]),
    ).toThrow(InputError);
  });
});

describe("catalog lookups", () => {
  it("finds entries by id and alias, whatever the case and punctuation", () => {
    expect(fixture.accelerators.get("H100")?.id).toBe("h100-sxm");
    expect(fixture.accelerators.get("h100 SXM")?.id).toBe("h100-sxm");
    expect(fixture.grids.get("france")?.id).toBe("fr");
  });

  it("suggests the nearest ids for a typo", () => {
    expect(fixture.accelerators.nearest("gb20")[0]).toBe("gb200");
  });

  it("qualifies source ids with their file", () => {
    const t = `${SOURCES}${ORG}${accelerator("{ value: 700, source: s }")}`;
    const c = buildCatalog([{ name: "data/x.yaml", text: t }], { standalone: true });
    expect(c.accelerators.get("x1")?.tdpW.source).toBe("x/s");
    expect(c.sources.get("x/s")?.title).toBe("A datasheet");
  });
});
