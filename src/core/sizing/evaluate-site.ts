import type { Catalog } from "../catalog/catalog.js";
import { embodiedTonnesPerYear } from "../footprint/embodied.js";
import { energyFootprint } from "../footprint/operational.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import { fail, type Outcome, ok } from "../kernel/outcome.js";
import { HOURS_PER_YEAR } from "../units/kinds.js";
import { checkClaims } from "./claim-checks.js";
import { resolveSite } from "./resolve-site.js";
import type { SiteResult } from "./result.js";
import type { SiteInput } from "./schema.js";
import { siteRanges } from "./site-ranges.js";
import type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";
import { type SiteSizing, sizeSite } from "./size-site.js";
import type { SizedSite } from "./sized-site.js";

/** A site resolved from the catalog, sized, with its yearly footprint and the checks of what was claimed of it. */
export function evaluateSite(
  input: SiteInput,
  index: number,
  catalog: Catalog,
  params: CostAndFootprintParameters,
  log: AssumptionLog,
): Outcome<{ readonly sized: SizedSite; readonly result: SiteResult }> {
  // Resolution reads only the input, the catalog and the log: a pass whose input it did not read reuses it.
  const r = log.reuse(`site ${index}`, () => resolveSite(input, index, catalog, log));
  if (!r.ok) return r;
  const spec = r.value.spec;
  const sizing = sizeSite(spec, params);
  if (sizing.accelerators < 1) {
    return fail(
      issue(
        "too_small",
        ["sites", index, spec.basis.kind],
        `site '${input.id}' is too small for one ${spec.acceleratorId} (${spec.itPowerPerAcceleratorW} W of IT each at PUE ${spec.pue})`,
      ),
    );
  }
  const energyMWh = sizing.averageFacilityPowerMW * HOURS_PER_YEAR;
  const fp = energyFootprint(energyMWh, spec, params);
  const embodied = embodiedTonnesPerYear(sizing.accelerators, sizing.provisionedItMW, spec, params);
  // A sensitivity pass is read for its numbers only: its own ranges and claim checks would be thrown away.
  const ranges = log.inPass ? {} : siteRanges(spec, sizing, energyMWhFigures(energyMWh, fp));
  return ok({
    sized: { resolved: r.value, sizing },
    result: {
      name: spec.name,
      ...(r.value.project ? { project: r.value.project.id } : {}),
      accelerator: spec.acceleratorId,
      basis: spec.basis.kind,
      accelerators: sizing.accelerators,
      facilityPowerMW: sizing.facilityPowerMW,
      itPowerMW: sizing.itPowerMW,
      averageFacilityPowerMW: sizing.averageFacilityPowerMW,
      fullLoadPowerMW: sizing.itPowerMW * spec.pue,
      provisionedItMW: sizing.provisionedItMW,
      pue: spec.pue,
      designOverhead: spec.designOverhead,
      siteType: spec.siteType,
      utilisation: spec.utilisation,
      h100Equivalents: sizing.h100Equivalents,
      ...fleetResult(spec, sizing),
      peakPFLOPS: sizing.peakPFLOPS,
      ...(sizing.peakFp8PFLOPS === undefined ? {} : { peakFp8PFLOPS: sizing.peakFp8PFLOPS }),
      capexUSD: sizing.capex.capexUSD,
      capexBottomUpUSD: sizing.capex.bottomUpUSD,
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
      wueLPerKWh: fp.wueLPerKWh,
      noxKg: fp.noxKg,
      pm25Kg: fp.pm25Kg,
      coKg: fp.coKg,
      formaldehydeKg: fp.formaldehydeKg,
      ...onSiteResult(spec, fp),
      checks: log.inPass ? [] : checkClaims(spec, sizing, ranges, params),
      ranges,
    },
  });
}

const energyMWhFigures = (energyMWh: number, fp: ReturnType<typeof energyFootprint>) => ({
  energyMWh,
  co2eTonnes: fp.co2eTonnes,
  waterLitres: fp.waterLitres,
  noxKg: fp.noxKg,
});

/** A mixed fleet's parts, sized per accelerator. */
function fleetResult(spec: SiteSpec, sizing: SiteSizing): Pick<SiteResult, "fleet"> {
  if (!spec.fleet) return {};
  return {
    fleet: spec.fleet.map((f) => ({
      accelerator: f.accelerator,
      accelerators: sizing.accelerators * f.share,
      itPowerMW: (sizing.accelerators * f.share * f.itPowerPerAcceleratorW) / 1e6,
      h100Equivalents: sizing.accelerators * f.share * f.h100Equivalent,
    })),
  };
}

/** On-site generation's role, energy and pollutants (controlled and uncontrolled) beside its permit. */
function onSiteResult(
  spec: SiteSpec,
  fp: ReturnType<typeof energyFootprint>,
): Pick<SiteResult, "onSiteGeneration"> {
  const onSite = spec.onSite;
  if (!onSite || fp.onSiteEnergyMWh <= 0) return {};
  return {
    onSiteGeneration: {
      role: onSite.role,
      capacityMW: onSite.capacityMW,
      energyMWh: fp.onSiteEnergyMWh,
      control: onSite.control,
      noxKg: fp.noxKg,
      coKg: fp.coKg,
      pm25Kg: fp.pm25Kg,
      formaldehydeKg: fp.formaldehydeKg,
      uncontrolled: fp.uncontrolled,
      ...(onSite.permit ? { permit: onSite.permit } : {}),
    },
  };
}
