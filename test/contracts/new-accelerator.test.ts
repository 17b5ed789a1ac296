import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog, evaluateScenario, parseScenario } from "../../src/core/index.js";

const FIXTURE = readFileSync(new URL("../fixtures/catalog.yaml", import.meta.url), "utf8");

// An accelerator that exists only in data: no code names it. Sizing and training must use its own figures.
const NEW_CHIP = `
  - id: zx900
    name: Zeta ZX900
    vendor: nvidia
    aliases: [ZX900, ZX 900]
    form: gpu
    firstAvailable: { value: "2026", assumption: "test fixture: a chip that exists only in data" }
    bf16DenseTFLOPS: { value: 4000, assumption: "test fixture: a chip that exists only in data" }
    fp8DenseTFLOPS: { value: 8000, assumption: "test fixture: a chip that exists only in data" }
    hbmGB: { value: 200, assumption: "test fixture: a chip that exists only in data" }
    hbmBandwidthTBps: { value: 8, assumption: "test fixture: a chip that exists only in data" }
    tdpW: { value: 2000, assumption: "test fixture: a chip that exists only in data" }
    itPowerPerAcceleratorW: { value: 2500, assumption: "test fixture: a chip that exists only in data" }
    acceleratorsPerServer: { value: 4, assumption: "test fixture: a chip that exists only in data" }
    priceUSD: { value: 50000, assumption: "test fixture: a chip that exists only in data" }
    embodiedKgCO2e: { value: 2000, assumption: "test fixture: a chip that exists only in data" }
`;
const catalog = buildCatalog([
  {
    name: "test/fixtures/catalog.yaml",
    text: FIXTURE.replace(/^accelerators:\n/m, `accelerators:${NEW_CHIP}`),
  },
]);

describe("an accelerator added to data alone", () => {
  const result = evaluateScenario(
    parseScenario({
      sites: [{ id: "s", power: "120 MW", pue: 1.2, accelerator: "ZX 900" }],
      workloads: [{ kind: "training", name: "t", trainingFLOP: 1e25, mfu: 0.4, goodput: 1 }],
    }),
    catalog,
  );

  it("is found by its alias and sized with its own power: 120 MW / (1.2 × 2,500 W) = 40,000", () => {
    expect(result.sites.s?.accelerator).toBe("zx900");
    expect(result.sites.s?.accelerators).toBe(40_000);
    // 40,000 × 4,000 TFLOPS = 160 EFLOPS of BF16.
    expect(result.sites.s?.peakPFLOPS).toBeCloseTo(160_000, 6);
  });

  it("trains at its own peak: 1e25 FLOP / (40,000 × 4e15 × 0.4) s", () => {
    const w = result.workloads.t;
    expect(w?.kind).toBe("training");
    const days = 1e25 / (40_000 * 4e15 * 0.4) / 86_400;
    expect(w?.kind === "training" ? w.days : Number.NaN).toBeCloseTo(days, 9);
  });

  it("lists its figures among the assumptions under its own id", () => {
    expect(result.assumptions.some((a) => a.name === "accelerators.zx900.itPowerPerAcceleratorW")).toBe(true);
  });
});
