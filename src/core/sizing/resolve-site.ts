import type { Accelerator, Catalog, Phase, Project } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import type { Outcome } from "../kernel/outcome.js";
import { HOURS_PER_YEAR } from "../units/index.js";
import { fleetFigures } from "./fleet.js";
import { siteBasis } from "./resolve-basis.js";
import { gridFigures } from "./resolve-grid.js";
import { resolveReferences } from "./resolve-references.js";
import type { SiteInput } from "./schema.js";
import { capexAllIn, inputRanges, loadFactor, onSiteSpec } from "./site-figures.js";
import type { OnSiteSpec, SiteSpec } from "./site-spec.js";

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
  const pue =
    input.pue ??
    // The named cooling's typical PUE; with no cooling named, the default PUE rather than the default cooling's.
    (refs.value.coolingNamed
      ? log.cited(catalogName("cooling", cooling, "pueTypical"), cooling.pueTypical)
      : log.parameter("pueDefault"));
  if (input.pue !== undefined) log.input(`${at}.pue`, input.pue);
  const hw = hardware(input, phase, accelerator, catalog, log);
  const itPowerPerAcceleratorW = hw.itPowerPerAcceleratorW;
  const designOverhead = log.parameter("designPowerOverAnnualPue");
  const basis = siteBasis(input, index, project, phase, pue * designOverhead, log);
  if (!basis.ok) return basis;
  const load = loadFactor(input, project, log, at);
  const onSite = onSiteSpec(project, catalog, log, at);
  const onSiteGenerationShare = onSiteShare(
    input,
    onSite,
    basis.value.basis,
    { pue, designOverhead, utilisation: load.utilisation, itPowerPerAcceleratorW },
    log,
    at,
  );
  const climate = input.climate ?? grid.climate;
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
        designOverhead,
        siteType: load.siteType,
        utilisation: load.utilisation,
        itPowerPerAcceleratorW,
        acceleratorPriceUSD: hw.acceleratorPriceUSD,
        ...hw.figures,
        fleet: hw.fleet?.parts,
        carbonIntensityGPerKWh: grid.carbonIntensityGPerKWh,
        gridWaterLitresPerKWh: grid.gridWaterLitresPerKWh,
        electricityPriceUSDPerMWh: grid.electricityPriceUSDPerMWh,
        climate,
        onSiteWueLitresPerKWh: wue,
        renewableShare: renewableShare(input, log, at),
        onSiteGenerationShare,
        onSite,
        h100Equivalent: hw.fleet?.h100Equivalent ?? h100Equivalent(accelerator, catalog, log),
        capexAllInUSDPerGW: capexAllIn(accelerator, log),
        inputRanges: inputRanges(
          input,
          accelerator,
          load.utilisationRange,
          catalog,
          refs.value.coolingNamed ? cooling.pueTypical : catalog.parameters.pueDefault,
        ),
        timezone: grid.timezone,
      },
    },
  };
}

/**
 * Share of the site's yearly energy from on-site fuel-burning generation, by its role: backup runs its test and outage
 * hours at capacity; primary and bridge plants carry the average load up to their capacity (or the share a source
 * gives); the grid supplies the rest.
 */
function onSiteShare(
  input: SiteInput,
  onSite: OnSiteSpec | undefined,
  basis: SiteSpec["basis"],
  site: { pue: number; designOverhead: number; utilisation: number; itPowerPerAcceleratorW: number },
  log: AssumptionLog,
  at: string,
): number {
  if (input.onSiteGenerationShare !== undefined) return input.onSiteGenerationShare;
  if (!onSite || onSite.capacityMW <= 0 || basis.kind === "budget") return 0;
  const facilityW =
    basis.kind === "power"
      ? basis.facilityPowerW
      : basis.count * site.itPowerPerAcceleratorW * site.pue * site.designOverhead;
  const averageMW = (facilityW / 1e6 / site.designOverhead) * site.utilisation;
  if (onSite.role === "backup") {
    const hours = log.parameter("backupGenerationHoursPerYear");
    const share = Math.min(1, (onSite.capacityMW * hours) / (averageMW * HOURS_PER_YEAR));
    log.choice(
      `${at}.onSiteGenerationShare`,
      share,
      `backup generation: ${onSite.capacityMW} MW for ${hours} h a year (tests and outages)`,
    );
    return share;
  }
  const share = Math.min(1, onSite.capacityMW / averageMW);
  log.choice(
    `${at}.onSiteGenerationShare`,
    share,
    `${onSite.role} on-site generation: ${onSite.capacityMW} MW carries the average load up to its capacity; the grid supplies the rest`,
  );
  return share;
}

/** BF16 compute of one accelerator in H100-equivalents (data/defaults.yaml names the reference). */
function h100Equivalent(accelerator: Accelerator, catalog: Catalog, log: AssumptionLog): number {
  const ref = catalog.accelerators.get(catalog.defaults.h100Equivalent.id);
  if (!ref) return 1;
  log.cited(catalogName("accelerators", ref, "bf16DenseTFLOPS"), ref.bf16DenseTFLOPS, "TFLOPS");
  return accelerator.bf16DenseTFLOPS.value / ref.bf16DenseTFLOPS.value;
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

/** The hardware figures a site carries: the user's, else a phase's mixed fleet (count-weighted), else its accelerator's. */
function hardware(
  input: SiteInput,
  phase: Phase | undefined,
  accelerator: Accelerator,
  catalog: Catalog,
  log: AssumptionLog,
) {
  // A phase's mixed fleet, unless the user names one accelerator or its own figures.
  const fleet =
    input.accelerator === undefined &&
    input.itPowerPerAccelerator === undefined &&
    input.acceleratorPrice === undefined
      ? fleetFigures(phase, catalog, log)
      : undefined;
  const itPowerPerAcceleratorW =
    input.itPowerPerAccelerator ??
    fleet?.itPowerPerAcceleratorW ??
    log.cited(
      catalogName("accelerators", accelerator, "itPowerPerAcceleratorW"),
      accelerator.itPowerPerAcceleratorW,
      "W",
    );
  const acceleratorPriceUSD =
    input.acceleratorPrice ??
    fleet?.acceleratorPriceUSD ??
    log.cited(catalogName("accelerators", accelerator, "priceUSD"), accelerator.priceUSD, "USD");
  const figures = fleet
    ? {
        acceleratorTdpW: fleet.acceleratorTdpW,
        bf16DenseTFLOPS: fleet.bf16DenseTFLOPS,
        fp8DenseTFLOPS: fleet.fp8DenseTFLOPS,
        acceleratorEmbodiedKgCO2e: fleet.acceleratorEmbodiedKgCO2e,
      }
    : acceleratorFigures(accelerator, log);
  return { fleet, itPowerPerAcceleratorW, acceleratorPriceUSD, figures };
}

/** The share of grid energy matched by contracts: the user's, else none (logged). */
function renewableShare(input: SiteInput, log: AssumptionLog, at: string): number {
  if (input.renewableShare !== undefined) return input.renewableShare;
  log.choice(
    `${at}.renewableShare`,
    0,
    "no renewable contracts given: market-based carbon equals location-based",
  );
  return 0;
}
