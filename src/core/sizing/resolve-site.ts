import type { Accelerator, Catalog, Climate, Phase, Project } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import { type Issue, issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { SiteInput } from "./schema.js";
import type { SiteSpec } from "./site-spec.js";

/** Used when a site names no accelerator: the rack-scale system most 2025–26 frontier builds announce. */
export const DEFAULT_ACCELERATOR = "gb200";
/** Used when a site names no grid: the US average, since most announced gigawatt sites are in the US. */
export const DEFAULT_GRID = "us";
/** Used when a site names no cooling. */
export const DEFAULT_COOLING = "air-evaporative";

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
  const path = ["sites", index];
  const issues: Issue[] = [];
  const at = `sites.${input.id}`;

  const project = catalog.projects.get(input.project ?? input.id);
  if (input.project !== undefined && !project) {
    issues.push(
      unknown("project", input.project, [...path, "project"], catalog.projects.nearest(input.project)),
    );
  }
  let phase: Phase | undefined;
  if (project) {
    phase =
      input.phase === undefined ? project.phases.at(-1) : project.phases.find((p) => p.name === input.phase);
    if (!phase) {
      issues.push(
        issue(
          "unknown_phase",
          [...path, "phase"],
          `unknown phase '${input.phase}' of project ${project.id}`,
          project.phases.map((p) => p.name),
        ),
      );
    }
  }

  const acceleratorId = input.accelerator ?? phase?.accelerator ?? project?.accelerator;
  const accelerator = catalog.accelerators.get(acceleratorId ?? DEFAULT_ACCELERATOR);
  if (!accelerator) {
    const id = acceleratorId ?? DEFAULT_ACCELERATOR;
    issues.push(unknown("accelerator", id, [...path, "accelerator"], catalog.accelerators.nearest(id)));
  } else if (acceleratorId === undefined) {
    log.choice(
      `${at}.accelerator`,
      accelerator.id,
      "no accelerator named: GB200 NVL72, the system most announced 2025–26 frontier sites deploy",
    );
  }

  const gridInput = input.grid ?? project?.grid;
  const grid = typeof gridInput === "object" ? undefined : catalog.grids.get(gridInput ?? DEFAULT_GRID);
  if (typeof gridInput !== "object" && !grid) {
    const id = gridInput ?? DEFAULT_GRID;
    issues.push(unknown("grid", id, [...path, "grid"], catalog.grids.nearest(id)));
  }
  const coolingId = input.cooling ?? project?.cooling;
  const cooling = catalog.cooling.get(coolingId ?? DEFAULT_COOLING);
  if (!cooling) {
    const id = coolingId ?? DEFAULT_COOLING;
    issues.push(unknown("cooling", id, [...path, "cooling"], catalog.cooling.nearest(id)));
  }
  if (issues.length > 0 || !accelerator || !cooling || !(grid || typeof gridInput === "object"))
    return { ok: false, issues };
  if (coolingId === undefined)
    log.choice(
      `${at}.cooling`,
      cooling.id,
      "no cooling named: evaporative air cooling, common in hyperscale builds",
    );

  // The grid, inline or from the catalog; an inline grid borrows from the US average what it leaves out.
  const usAverage = catalog.grids.get(DEFAULT_GRID);
  let carbonIntensityGPerKWh: number;
  let gridWaterLitresPerKWh: number;
  let electricityPriceUSDPerMWh: number;
  let gridClimate: Climate;
  let timezone: string | undefined;
  if (typeof gridInput === "object") {
    carbonIntensityGPerKWh = gridInput.carbonIntensity;
    log.input(`${at}.grid.carbonIntensity`, carbonIntensityGPerKWh, "gCO2e/kWh");
    gridWaterLitresPerKWh =
      gridInput.waterIntensity ??
      cite(log, `grids.us.waterLitresPerKWh`, usAverage?.waterLitresPerKWh, "L/kWh");
    electricityPriceUSDPerMWh =
      gridInput.electricityPrice ??
      cite(log, `grids.us.electricityPriceUSDPerMWh`, usAverage?.electricityPriceUSDPerMWh, "USD/MWh");
    gridClimate = gridInput.climate ?? usAverage?.climate ?? "temperate";
    timezone = undefined;
  } else {
    const g = grid as NonNullable<typeof grid>;
    if (gridInput === undefined)
      log.choice(
        `${at}.grid`,
        g.id,
        "no grid named: the US average, where most announced gigawatt sites are",
      );
    carbonIntensityGPerKWh = log.cited(
      catalogName("grids", g, "carbonIntensityGPerKWh"),
      g.carbonIntensityGPerKWh,
      "gCO2e/kWh",
    );
    gridWaterLitresPerKWh = log.cited(
      catalogName("grids", g, "waterLitresPerKWh"),
      g.waterLitresPerKWh,
      "L/kWh",
    );
    electricityPriceUSDPerMWh = log.cited(
      catalogName("grids", g, "electricityPriceUSDPerMWh"),
      g.electricityPriceUSDPerMWh,
      "USD/MWh",
    );
    gridClimate = g.climate;
    timezone = g.timezone;
  }
  const climate = input.climate ?? gridClimate;

  const pue =
    input.pue ??
    // The named cooling's typical PUE; with no cooling named, the default PUE rather than the default cooling's.
    (coolingId !== undefined
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

  // Basis: the user's own figure first, then the project's; the rest become claims to check.
  const phasePowerW = phase?.facilityPowerMW ? phase.facilityPowerMW.value * 1e6 : undefined;
  const phaseAccelerators = phase?.accelerators?.value;
  let basis: SiteSpec["basis"];
  if (input.power !== undefined) basis = { kind: "power", facilityPowerW: input.power };
  else if (input.accelerators !== undefined) basis = { kind: "accelerators", count: input.accelerators };
  else if (input.budget !== undefined) basis = { kind: "budget", budgetUSD: input.budget };
  else if (phasePowerW !== undefined && phase?.facilityPowerMW) {
    basis = {
      kind: "power",
      facilityPowerW: log.cited(`projects.${project?.id}.facilityPowerMW`, phase.facilityPowerMW, "MW") * 1e6,
    };
  } else if (phaseAccelerators !== undefined && phase?.accelerators) {
    basis = {
      kind: "accelerators",
      count: Math.round(log.cited(`projects.${project?.id}.accelerators`, phase.accelerators)),
    };
  } else if (phase?.itPowerMW) {
    basis = {
      kind: "power",
      facilityPowerW: log.cited(`projects.${project?.id}.itPowerMW`, phase.itPowerMW, "MW") * 1e6 * pue,
    };
  } else {
    return {
      ok: false,
      issues: [
        issue(
          "missing_basis",
          path,
          `site '${input.id}' needs one of power, accelerators or budget (or a catalog project that has them)`,
        ),
      ],
    };
  }
  const claimed: { facilityPowerW?: number; accelerators?: number; budgetUSD?: number } = {};
  const powerClaim = input.power ?? phasePowerW;
  if (basis.kind !== "power" && powerClaim !== undefined) claimed.facilityPowerW = powerClaim;
  const acceleratorsClaim = input.accelerators ?? phaseAccelerators;
  if (basis.kind !== "accelerators" && acceleratorsClaim !== undefined)
    claimed.accelerators = acceleratorsClaim;
  const budgetClaim = input.budget ?? project?.capexUSD?.value;
  if (basis.kind !== "budget" && budgetClaim !== undefined) {
    claimed.budgetUSD = budgetClaim;
    if (input.budget === undefined && project?.capexUSD)
      log.cited(`projects.${project.id}.capexUSD`, project.capexUSD, "USD");
  }

  // On-site turbines: unless told, they carry the load up to their capacity and the grid supplies the rest.
  let onSiteGenerationShare = input.onSiteGenerationShare ?? 0;
  const turbinesMW = (project?.onSiteGeneration ?? [])
    .filter((g) => g.kind === "gas-turbine" || g.kind === "gas-engine")
    .reduce((s, g) => s + g.capacityMW.value, 0);
  if (input.onSiteGenerationShare === undefined && turbinesMW > 0 && basis.kind === "power") {
    onSiteGenerationShare = Math.min(1, (turbinesMW * 1e6) / basis.facilityPowerW);
    log.choice(
      `${at}.onSiteGenerationShare`,
      onSiteGenerationShare,
      `the project's ${turbinesMW} MW of on-site gas generation carries the load up to its capacity; the grid supplies the rest`,
    );
  }
  const renewableShare = input.renewableShare ?? 0;
  if (input.renewableShare === undefined) {
    log.choice(
      `${at}.renewableShare`,
      0,
      "no renewable contracts given: market-based carbon equals location-based",
    );
  }
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
        basis,
        claimed,
        pue,
        utilisation,
        itPowerPerAcceleratorW,
        acceleratorTdpW: accelerator.tdpW.value,
        bf16DenseTFLOPS: log.cited(
          catalogName("accelerators", accelerator, "bf16DenseTFLOPS"),
          accelerator.bf16DenseTFLOPS,
          "TFLOPS",
        ),
        fp8DenseTFLOPS: accelerator.fp8DenseTFLOPS?.value,
        acceleratorPriceUSD,
        acceleratorEmbodiedKgCO2e: log.cited(
          catalogName("accelerators", accelerator, "embodiedKgCO2e"),
          accelerator.embodiedKgCO2e,
          "kgCO2e",
        ),
        carbonIntensityGPerKWh,
        gridWaterLitresPerKWh,
        electricityPriceUSDPerMWh,
        climate,
        onSiteWueLitresPerKWh: wue,
        renewableShare,
        onSiteGenerationShare,
        timezone,
      },
    },
  };
}

function unknown(
  what: "project" | "accelerator" | "grid" | "cooling",
  id: string,
  path: (string | number)[],
  nearest: string[],
): Issue {
  return issue(
    `unknown_${what}`,
    path,
    `unknown ${what} '${id}' (nearest: ${nearest.join(", ")}; see \`gigawatt catalog\`)`,
    nearest,
  );
}

function cite(log: AssumptionLog, name: string, cited: { value: number } | undefined, unit: string): number {
  if (!cited) throw new Error("the catalog lacks the US average grid (id us)");
  return log.cited(name, cited as { value: number }, unit);
}
