import { type Assumption, AssumptionLog } from "../assumptions.js";
import type { Catalog } from "../catalog/index.js";
import type { SiteLink } from "../distributed/index.js";
import { InputError, type Issue } from "../errors.js";
import { embodiedTonnesPerYear, energyFootprint } from "../footprint/index.js";
import { type CapexBreakdown, type OpexBreakdown, type SiteSizing, sizeSite } from "../sizing/index.js";
import { HOURS_PER_YEAR } from "../units/index.js";
import { type Check, checkClaims } from "./checks.js";
import { evaluateServing } from "./evaluate-serving.js";
import { evaluateTraining, type TrainingResult } from "./evaluate-training.js";
import { costAndFootprintParameters } from "./parameters-of.js";
import { type ResolvedSite, resolveSite } from "./resolve-site.js";
import type { Scenario } from "./schema.js";
import type { ServingResult } from "./serving-result.js";

/** One site's yearly picture. Keys end with their unit (PRODUCT.md, Results). */
export interface SiteResult {
  readonly name: string;
  readonly project?: string;
  readonly accelerator: string;
  readonly basis: "power" | "accelerators" | "budget";
  readonly accelerators: number;
  readonly facilityPowerMW: number;
  readonly itPowerMW: number;
  readonly averageFacilityPowerMW: number;
  readonly pue: number;
  readonly peakPFLOPS: number;
  readonly peakFp8PFLOPS?: number;
  readonly capexUSD: number;
  readonly capex: CapexBreakdown;
  readonly opexUSDPerYear: number;
  readonly opex: OpexBreakdown;
  readonly costUSDPerAcceleratorHour: number;
  /** Yearly facility energy at the average load. */
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly co2eMarketBasedTonnes: number;
  readonly co2eOnSiteTonnes: number;
  readonly co2eEmbodiedTonnes: number;
  readonly waterLitres: number;
  readonly waterOnSiteLitres: number;
  readonly waterOffSiteLitres: number;
  readonly noxKg: number;
  readonly pm25Kg: number;
  readonly checks: readonly Check[];
}

export type WorkloadResult = TrainingResult | ServingResult;

export interface ScenarioResult {
  readonly name?: string;
  readonly sites: Readonly<Record<string, SiteResult>>;
  readonly workloads: Readonly<Record<string, WorkloadResult>>;
  readonly totals: {
    readonly accelerators: number;
    readonly facilityPowerMW: number;
    readonly itPowerMW: number;
    readonly peakPFLOPS: number;
    readonly capexUSD: number;
    readonly opexUSDPerYear: number;
    readonly energyMWh: number;
    readonly co2eTonnes: number;
    readonly waterLitres: number;
  };
  readonly assumptions: readonly Assumption[];
}

/** Sizes every site, estimates every workload, and lists the assumptions used. Throws InputError on bad ids. */
/** How to evaluate: with `trials`, training runs are also simulated (Monte-Carlo, seeded). */
export interface EvaluateOptions {
  readonly trials?: number;
  readonly seed?: number;
  /** Also simulate a day of each serving workload, second by second (seeded by `seed`). */
  readonly simulateDay?: boolean;
  /** Progress of the simulations, for a progress bar: trials done and in all, per workload. */
  readonly onProgress?: (workload: string, done: number, total: number) => void;
}

export function evaluateScenario(
  scenario: Scenario,
  catalog: Catalog,
  options: EvaluateOptions = {},
): ScenarioResult {
  const log = new AssumptionLog(catalog);
  const issues: Issue[] = [];
  const params = costAndFootprintParameters(log);

  const seen = new Set<string>();
  const sized = new Map<string, { resolved: ResolvedSite; sizing: SiteSizing }>();
  const sites: Record<string, SiteResult> = {};
  scenario.sites.forEach((input, i) => {
    if (seen.has(input.id)) {
      issues.push({
        code: "duplicate_site",
        path: ["sites", i, "id"],
        message: `site id '${input.id}' is used twice`,
      });
      return;
    }
    seen.add(input.id);
    const r = resolveSite(input, i, catalog, log);
    if (!r.ok) {
      issues.push(...r.issues);
      return;
    }
    const spec = r.site.spec;
    const sizing = sizeSite(spec, params);
    if (sizing.accelerators < 1) {
      issues.push({
        code: "too_small",
        path: ["sites", i, spec.basis.kind],
        message: `site '${input.id}' is too small for one ${spec.acceleratorId} (${spec.itPowerPerAcceleratorW} W of IT each at PUE ${spec.pue})`,
      });
      return;
    }
    sized.set(input.id, { resolved: r.site, sizing });
    const energyMWh = sizing.averageFacilityPowerMW * HOURS_PER_YEAR;
    const fp = energyFootprint(energyMWh, spec, params);
    const embodied = embodiedTonnesPerYear(
      sizing.accelerators,
      sizing.facilityPowerMW / spec.pue,
      spec,
      params,
    );
    sites[input.id] = {
      name: spec.name,
      ...(r.site.project ? { project: r.site.project.id } : {}),
      accelerator: spec.acceleratorId,
      basis: spec.basis.kind,
      accelerators: sizing.accelerators,
      facilityPowerMW: sizing.facilityPowerMW,
      itPowerMW: sizing.itPowerMW,
      averageFacilityPowerMW: sizing.averageFacilityPowerMW,
      pue: spec.pue,
      peakPFLOPS: sizing.peakPFLOPS,
      ...(sizing.peakFp8PFLOPS === undefined ? {} : { peakFp8PFLOPS: sizing.peakFp8PFLOPS }),
      capexUSD: sizing.capex.capexUSD,
      capex: sizing.capex,
      opexUSDPerYear: sizing.opex.opexUSDPerYear,
      opex: sizing.opex,
      costUSDPerAcceleratorHour: sizing.costUSDPerAcceleratorHour,
      energyMWh,
      co2eTonnes: fp.co2eTonnes,
      co2eMarketBasedTonnes: fp.co2eMarketBasedTonnes,
      co2eOnSiteTonnes: fp.co2eOnSiteTonnes,
      co2eEmbodiedTonnes: embodied.total,
      waterLitres: fp.waterLitres,
      waterOnSiteLitres: fp.waterOnSiteLitres,
      waterOffSiteLitres: fp.waterOffSiteLitres,
      noxKg: fp.noxKg,
      pm25Kg: fp.pm25Kg,
      checks: checkClaims(spec, sizing),
    };
  });
  scenario.links.forEach((link, i) => {
    for (const id of link.between) {
      if (!seen.has(id)) {
        issues.push({
          code: "unknown_site",
          path: ["links", i, "between"],
          message: `link names unknown site '${id}'`,
          accepted: [...seen],
        });
      }
    }
  });
  if (issues.length > 0) throw new InputError(issues);

  const links: SiteLink[] = scenario.links.map((l, i) => {
    if (l.latency === undefined) {
      log.choice(
        `links.${i}.latency`,
        0,
        "no latency given for this link: none counted (optimistic; fibre adds about 5 ms per 1,000 km)",
        "s",
      );
    }
    return {
      a: l.between[0],
      b: l.between[1],
      bandwidthBps: l.bandwidth,
      latencyS: l.latency ?? 0,
      ...(l.outagesPerYear === undefined ? {} : { outagesPerYear: l.outagesPerYear }),
      ...(l.outageDuration === undefined ? {} : { outageDurationS: l.outageDuration }),
    };
  });
  const workloads: Record<string, WorkloadResult> = {};
  scenario.workloads.forEach((w, i) => {
    if (w.name in workloads) {
      issues.push({
        code: "duplicate_workload",
        path: ["workloads", i, "name"],
        message: `workload name '${w.name}' is used twice`,
      });
      return;
    }
    const r =
      w.kind === "serving"
        ? evaluateServing(w, i, sized, catalog, params, log, options)
        : evaluateTraining(w, i, sized, catalog, params, log, options, links);
    if (r.ok) workloads[w.name] = r.result;
    else issues.push(...r.issues);
  });
  if (issues.length > 0) throw new InputError(issues);

  const siteList = Object.values(sites);
  const sum = (f: (s: SiteResult) => number) => siteList.reduce((s, x) => s + f(x), 0);
  return {
    ...(scenario.name === undefined ? {} : { name: scenario.name }),
    sites,
    workloads,
    totals: {
      accelerators: sum((s) => s.accelerators),
      facilityPowerMW: sum((s) => s.facilityPowerMW),
      itPowerMW: sum((s) => s.itPowerMW),
      peakPFLOPS: sum((s) => s.peakPFLOPS),
      capexUSD: sum((s) => s.capexUSD),
      opexUSDPerYear: sum((s) => s.opexUSDPerYear),
      energyMWh: sum((s) => s.energyMWh),
      co2eTonnes: sum((s) => s.co2eTonnes),
      waterLitres: sum((s) => s.waterLitres),
    },
    assumptions: log.list(),
  };
}
