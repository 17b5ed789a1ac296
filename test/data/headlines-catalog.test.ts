import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog, explainText, renderMessage } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

const FIXTURE = readFileSync(new URL("../fixtures/catalog.yaml", import.meta.url), "utf8");

// A chip that exists only in data: its name, alias and figures, added to the fixture catalog's accelerators.
const NEW_CHIP = `
  - id: zx900
    name: Zeta ZX900
    vendor: acme
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

const withChip = buildCatalog([
  {
    name: "test/fixtures/catalog.yaml",
    text: FIXTURE.replace(/^accelerators:\n/m, `accelerators:${NEW_CHIP}`),
  },
]);

describe("accelerators are read by the catalog's names", () => {
  it("reads a chip added to data alone as a count and sizes it with its own figures", () => {
    const [c] = explainText("Acme will install 400,000 ZX900 in Texas.", withChip).claims;
    expect(c?.kind).toBe("count");
    expect(c?.unit).toBe("zx900");
    // 400,000 × 2,500 W of IT at the fixture's PUE of 1.2 is 1.2 GW of facility power.
    const text = renderMessage(c?.explanation ?? { id: "note.empty", params: {} }, "en");
    expect(text).toMatch(/zx900/);
    expect(text).toMatch(/1\.20 GW/);
  });

  it("sizes '350,000 H100' as H100s, the chip the article names", () => {
    const [c] = explainText("xAI runs 350,000 H100 in Memphis.", loadCatalog()).claims;
    expect(c?.unit).toBe("h100-sxm");
    expect(c?.explanation.params.accelerator).toBe("h100-sxm");
  });

  it("checks a count against the power with the chip the article names, not the default", () => {
    const catalog = loadCatalog();
    const [count] = explainText("The 1 GW campus will hold 350,000 H100.", catalog).claims.filter(
      (c) => c.kind === "count",
    );
    expect(count?.checks[0]?.message.params.accelerator).toBe("h100-sxm");
  });

  it("does not read a model number as a count: 'Trainium 2 chips' are chips, not 2", () => {
    const claims = explainText("Amazon ordered Trainium 2 chips for Rainier.", loadCatalog()).claims;
    expect(claims.filter((c) => c.kind === "count" && c.value === 2)).toEqual([]);
  });
});
