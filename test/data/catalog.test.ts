import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/node/data-files.js";

// The shipped catalog: it loads (schema, citations, references) and covers what issue 2 promises.
const catalog = loadCatalog();

describe("the shipped catalog", () => {
  it("has every fixed accelerator, each with dense BF16, HBM, power, price and embodied carbon", () => {
    const ids = [
      "v100",
      "a100-40gb",
      "a100-80gb",
      "h100-sxm",
      "h800",
      "h200",
      "b200",
      "gb200",
      "gb300",
      "tpu-v3",
      "tpu-v4",
      "tpu-v5e",
      "tpu-v5p",
      "tpu-v6e",
      "tpu-v7",
      "trainium2",
      "mi300x",
      "mi355x",
    ];
    for (const id of ids) expect(catalog.accelerators.get(id)?.id, id).toBe(id);
    for (const a of catalog.accelerators.all) {
      // All-in IT power covers the chip and its share of the host and network: never below a GPU's rated TDP.
      // (Google's TPU "TDP" figures are thermal envelopes its measured maximum never approaches: v3 450 W vs 262 W.)
      if (a.form === "gpu") expect(a.itPowerPerAcceleratorW.value, a.id).toBeGreaterThanOrEqual(a.tdpW.value);
      expect(a.itPowerPerAcceleratorW.value, a.id).toBeGreaterThan(0.5 * a.tdpW.value);
      if (a.fp8DenseTFLOPS)
        expect(a.fp8DenseTFLOPS.value, a.id).toBeGreaterThanOrEqual(a.bf16DenseTFLOPS.value);
    }
  });

  it.each([
    ["H100", "h100-sxm"],
    ["GB200", "gb200"],
    ["TPU v5p", "tpu-v5p"],
    ["trillium", "tpu-v6e"],
    ["Ironwood", "tpu-v7"],
    ["MI300X", "mi300x"],
  ])("finds %s as %s", (alias, id) => {
    expect(catalog.accelerators.get(alias)?.id).toBe(id);
  });

  it("has at least 40 grid regions, the US average among them, with plausible figures", () => {
    expect(catalog.grids.all.length).toBeGreaterThanOrEqual(40);
    expect(catalog.grids.get("us")).toBeDefined();
    for (const g of catalog.grids.all) {
      expect(g.carbonIntensityGPerKWh.value, g.id).toBeLessThan(1200);
      expect(g.electricityPriceUSDPerMWh.value, g.id).toBeGreaterThan(10);
      expect(g.electricityPriceUSDPerMWh.value, g.id).toBeLessThan(600);
    }
  });

  it("has at least 25 projects, with every project in the seeds", () => {
    expect(catalog.projects.all.length).toBeGreaterThanOrEqual(25);
    const seeds = [
      "stargate-abilene",
      "stargate-shackelford",
      "stargate-dona-ana",
      "stargate-lordstown",
      "stargate-milam",
      "stargate-midwest",
      "hyperion",
      "prometheus",
      "colossus-1",
      "colossus-2",
      "fairwater-wisconsin",
    ];
    for (const id of seeds) expect(catalog.projects.get(id)?.id, id).toBe(id);
    expect(catalog.projects.get("colossus-1")?.onSiteGeneration.some((g) => g.kind === "gas-turbine")).toBe(
      true,
    );
  });

  it("phases are cumulative: power never falls from one phase to the next", () => {
    for (const p of catalog.projects.all) {
      const powers = p.phases
        .map((ph) => ph.facilityPowerMW?.value ?? ph.itPowerMW?.value)
        .filter((v) => v !== undefined);
      for (let i = 1; i < powers.length; i++)
        expect(powers[i], p.id).toBeGreaterThanOrEqual(powers[i - 1] as number);
    }
  });

  it("has the seeds' money flows", () => {
    const payers = new Set(catalog.deals.all.map((d) => `${d.payer}->${d.payee ?? ""}`));
    for (const flow of ["microsoft->openai", "amazon->anthropic", "nvidia->openai"])
      expect(payers.has(flow), flow).toBe(true);
    const amounts = catalog.deals.all.map((d) => d.amountUSD.value);
    expect(amounts).toContain(500e9); // Stargate
    expect(amounts).toContain(600e9); // Meta in the US by 2028
  });

  it("has published training runs for the MFU model, all below 100% MFU", () => {
    expect(catalog.trainingRuns.length).toBeGreaterThanOrEqual(15);
    for (const r of catalog.trainingRuns) expect(r.mfu?.value ?? r.allInMfu?.value ?? 0).toBeLessThan(0.8);
  });

  it("has the serving figures, with KV-cache sizes that follow from the models' configurations", () => {
    const f = catalog.servingFigures;
    // Llama 3.1 70B: K and V × 80 layers × 8 KV heads × 128 dims × 2 bytes; DeepSeek-V3: (512 + 64) × 61 layers × 2 bytes.
    expect(f?.kvCacheBytesPerTokenLlama3_70B.value).toBe(2 * 80 * 8 * 128 * 2);
    expect(f?.kvCacheBytesPerTokenDeepSeekV3.value).toBe((512 + 64) * 61 * 2);
    expect(f?.decodeMemoryBandwidthUtilisation.value).toBeLessThanOrEqual(1);
  });

  it("every cited source has a title, a date and an address", () => {
    expect(catalog.sources.size).toBeGreaterThan(50);
    for (const [id, s] of catalog.sources) {
      expect(s.title.length, id).toBeGreaterThan(3);
      expect(s.url, id).toMatch(/^https?:\/\//);
    }
  });
});
