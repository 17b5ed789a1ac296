import type { Accelerator, Catalog, Project } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import type { Outcome } from "../kernel/outcome.js";
import { siteBasis } from "./resolve-basis.js";
import { gridFigures } from "./resolve-grid.js";
import { resolveReferences } from "./resolve-references.js";
import type { SiteInput } from "./schema.js";
import type { SiteSpec } from "./site-spec.js";

export interface ResolvedSite {
  readonly spec: SiteSpec;
  readonly accelerator: Accelerator;
  readonly project: Project | undefined;
  /** The site as the scenario wrote it, for what later models read (its reliability overrides). */
  readonly input: SiteInput;
}

/** Fills a scenario site from the catalog (its project, accelerator, grid, cooling) and the parameters. */
export function resolveSite(
  input: SiteInput,
  index: number,
  catalog: Catalog,
  log: AssumptionLog,
): Outcome<ResolvedSite> {
  const at = `sites.${input.id}`;
  const refs = resolveReferences(input, index, catalog, log);
  if (!refs.ok) return refs;
  const { project, phase, accelerator, cooling } = refs.value;
  const grid = gridFigures(refs.value.grid, catalog, log, at);
  const climate = input.climate ?? grid.climate;
  const pue =
    input.pue ??
    // The named cooling's typical PUE; with no cooling named, the default PUE rather than the default cooling's.
    (refs.value.coolingNamed
      ? log.cited(catalogName("cooling", cooling, "pueTypical"), cooling.pueTypical)
      : log.parameter("pueDefault"));
  if (input.pue !== undefined) log.input(`${at}.pue`, input.pue);
  const itPowerPerAcceleratorW =
    input.itPowerPerAccelerator ??
    log.cited(
      catalogName("accelerators", accelerator, "itPowerPerAcceleratorW"),
      accelerator.itPowerPerAcceleratorW,
      "W",
    );
  const acceleratorPriceUSD =
    input.acceleratorPrice ??
    log.cited(catalogName("accelerators", accelerator, "priceUSD"), accelerator.priceUSD, "USD");
  const basis = siteBasis(input, index, project, phase, pue, log);
  if (!basis.ok) return basis;
  const onSiteGenerationShare = onSiteShare(input, project, basis.value.basis, catalog, log, at);
  const renewableShare = input.renewableShare ?? 0;
  if (input.renewableShare === undefined)
    log.choice(
      `${at}.renewableShare`,
      0,
      "no renewable contracts given: market-based carbon equals location-based",
    );
  const utilisation = input.utilisation ?? log.parameter("averageItLoadFraction");
  const wue = log.cited(
    catalogName("cooling", cooling, `wueLitresPerKWh.${climate}`),
    cooling.wueLitresPerKWh[climate],
    "L/kWh",
  );
  return {
    ok: true,
    value: {
      accelerator,
      project,
      input,
      spec: {
        id: input.id,
        name: input.name ?? project?.name ?? input.id,
        acceleratorId: accelerator.id,
        ...basis.value,
        pue,
        utilisation,
        itPowerPerAcceleratorW,
        acceleratorPriceUSD,
        ...acceleratorFigures(accelerator, log),
        carbonIntensityGPerKWh: grid.carbonIntensityGPerKWh,
        gridWaterLitresPerKWh: grid.gridWaterLitresPerKWh,
        electricityPriceUSDPerMWh: grid.electricityPriceUSDPerMWh,
        climate,
        onSiteWueLitresPerKWh: wue,
        renewableShare,
        onSiteGenerationShare,
        timezone: grid.timezone,
      },
    },
  };
}

/** On-site generation that burns fuel carries the load up to its capacity unless told; the grid supplies the rest. */
function onSiteShare(
  input: SiteInput,
  project: Project | undefined,
  basis: SiteSpec["basis"],
  catalog: Catalog,
  log: AssumptionLog,
  at: string,
): number {
  if (input.onSiteGenerationShare !== undefined) return input.onSiteGenerationShare;
  const burning = catalog.defaults.fuelBurningGeneration.kinds as readonly string[];
  const turbinesMW = (project?.onSiteGeneration ?? [])
    .filter((g) => burning.includes(g.kind))
    .reduce((s, g) => s + g.capacityMW.value, 0);
  if (turbinesMW <= 0 || basis.kind !== "power") return 0;
  const share = Math.min(1, (turbinesMW * 1e6) / basis.facilityPowerW);
  log.choice(
    `${at}.onSiteGenerationShare`,
    share,
    `the project's ${turbinesMW} MW of on-site gas generation carries the load up to its capacity; the grid supplies the rest`,
  );
  return share;
}

/** The accelerator's own figures a site carries: peak compute, TDP and embodied carbon (cited where they drive a figure). */
function acceleratorFigures(accelerator: Accelerator, log: AssumptionLog) {
  return {
    acceleratorTdpW: accelerator.tdpW.value,
    bf16DenseTFLOPS: log.cited(
      catalogName("accelerators", accelerator, "bf16DenseTFLOPS"),
      accelerator.bf16DenseTFLOPS,
      "TFLOPS",
    ),
    fp8DenseTFLOPS: accelerator.fp8DenseTFLOPS?.value,
    acceleratorEmbodiedKgCO2e: log.cited(
      catalogName("accelerators", accelerator, "embodiedKgCO2e"),
      accelerator.embodiedKgCO2e,
      "kgCO2e",
    ),
  };
}
