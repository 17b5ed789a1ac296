import { describe, expect, it } from "vitest";
import { projectRecords } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

// The campuses the closing note of stop 19 found missing or filed wrongly, as their sources state them.
const catalog = loadCatalog();
const lastPhase = (id: string) => catalog.projects.get(id)?.phases.at(-1);

describe("the catalog's campuses added or brought up to date in 2026-12", () => {
  it("has Fermi America's Amarillo campus at up to 11 GW, found by its HyperGrid and Matador names", () => {
    // Fermi's release of 2025-06-26: "up to 11 gigawatts of power"; TCEQ's preliminary approval: 6 GW of gas.
    expect(catalog.projects.get("hypergrid")?.id).toBe("fermi-matador");
    expect(catalog.projects.get("project matador")?.id).toBe("fermi-matador");
    expect(lastPhase("fermi-matador")?.facilityPowerMW?.value).toBe(11000);
    expect(catalog.projects.get("fermi-matador")?.onSiteGeneration[0]).toMatchObject({
      kind: "gas-turbine",
      role: "primary",
      capacityMW: { value: 6000 },
    });
  });

  it("has Homer City as a 4.5 GW gas-fired campus in Pennsylvania", () => {
    // Reuters via CNA, 2025-04-03: seven turbines "to produce nearly 4.5 gigawatts".
    const p = catalog.projects.get("homer city");
    expect(p?.grid).toBe("us-pa-pjm");
    expect(p?.onSiteGeneration[0]).toMatchObject({
      kind: "gas-turbine",
      units: { value: 7 },
      capacityMW: { value: 4500 },
    });
  });

  it("files the 5 GW UAE-US AI Campus as a site whose first gigawatt is Stargate UAE, under its programme", () => {
    const campus = catalog.projects.get("abu-dhabi-ai-campus");
    expect(campus?.phases.map((ph) => ph.facilityPowerMW?.value)).toEqual([200, 1000, 5000]);
    expect(catalog.projects.get("stargate-uae")?.phases.at(-1)?.facilityPowerMW?.value).toBe(1000);
    expect(catalog.programmes.get("uae-us-ai-campus")?.sites).toEqual([
      "abu-dhabi-ai-campus",
      "stargate-uae",
    ]);
  });

  it("declares Colossus 1's mixed fleet, 150,000 H100 and 50,000 H200 making its 200,000 GPUs", () => {
    const phase = lastPhase("colossus-1");
    expect(phase?.fleet?.map((f) => [f.accelerator, f.accelerators.value])).toEqual([
      ["h100-sxm", 150000],
      ["h200", 50000],
    ]);
    expect(phase?.accelerators?.value).toBe(200000);
    const record = projectRecords(catalog).find((r) => r.id === "colossus-1");
    expect(record?.phases.at(-1)?.accelerators).toBe(200000);
  });

  it("records Project Jupiter's switch to a 2.45 GW fuel-cell microgrid with the record's date", () => {
    const p = catalog.projects.get("project jupiter");
    expect(p?.onSiteGeneration[0]).toMatchObject({ kind: "fuel-cell", capacityMW: { value: 2450 } });
    expect(projectRecords(catalog).find((r) => r.id === p?.id)?.recordDate).toBe("2026-05-11");
  });
});
