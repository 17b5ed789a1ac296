import { HOURS_PER_YEAR } from "../units/index.js";
import { capitalRecoveryFactor } from "./finance.js";
import type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";

/** Capital cost by part (bottom-up, each part sourced) and the all-in view as the industry states it. */
export interface CapexBreakdown {
  /** Building shell, site works and land. */
  readonly landAndShellUSD: number;
  /** Electrical and mechanical plant: substations, transformers, UPS, generators, cooling. */
  readonly powerAndCoolingUSD: number;
  /** Accelerator systems (racks or servers with their hosts and in-rack switches). */
  readonly itHardwareUSD: number;
  /** Scale-out network and storage. */
  readonly networkUSD: number;
  /** Sum of the parts. */
  readonly bottomUpUSD: number;
  /** The industry's all-in cost per GW times the facility's GW, for the generations it describes. */
  readonly allInUSD?: number;
  /** The figure reported as `capexUSD`: the all-in view where it applies, else the bottom-up one. */
  readonly capexUSD: number;
}

export interface OpexBreakdown {
  readonly energyUSDPerYear: number;
  readonly maintenanceUSDPerYear: number;
  readonly staffUSDPerYear: number;
  readonly opexUSDPerYear: number;
}

export interface SiteSizing {
  readonly accelerators: number;
  /** IT power the accelerators draw at their rating. */
  readonly itPowerMW: number;
  /** Critical IT the facility is built for: its nameplate power over the design overhead. */
  readonly provisionedItMW: number;
  readonly facilityPowerMW: number;
  readonly averageFacilityPowerMW: number;
  readonly peakPFLOPS: number;
  readonly peakFp8PFLOPS: number | undefined;
  readonly h100Equivalents: number;
  readonly capex: CapexBreakdown;
  readonly opex: OpexBreakdown;
  /** Yearly cost of ownership (annualised capital + opex) divided by accelerator-hours in a year. */
  readonly costUSDPerAcceleratorHour: number;
}

/** Facility (nameplate) power per W of IT: the annual PUE times the design overhead and redundancy. */
export const facilityPerItPower = (site: SiteSpec) => site.pue * site.designOverhead;

/** Bottom-up capital cost that scales with one accelerator: the system, its network share, and its MW of building. */
export function capexPerAcceleratorUSD(site: SiteSpec, p: CostAndFootprintParameters): number {
  const itMW = site.itPowerPerAcceleratorW / 1e6;
  return (
    site.acceleratorPriceUSD * (1 + p.networkCapexShareOfIT) +
    itMW * (p.shellCapexUSDPerMW + p.powerCoolingCapexUSDPerMW)
  );
}

/** Capital cost of one accelerator's share of a site: all-in where the industry's figure applies, else bottom-up. */
export function allInPerAcceleratorUSD(site: SiteSpec, p: CostAndFootprintParameters): number {
  if (!site.capexAllInUSDPerGW) return capexPerAcceleratorUSD(site, p);
  return (site.capexAllInUSDPerGW.value / 1e9) * site.itPowerPerAcceleratorW * facilityPerItPower(site);
}

/** Accelerators the basis allows: power and budget buy whole accelerators (rounded down). */
export function acceleratorsFor(site: SiteSpec, p: CostAndFootprintParameters): number {
  switch (site.basis.kind) {
    case "accelerators":
      return site.basis.count;
    case "power":
      return Math.floor(site.basis.facilityPowerW / facilityPerItPower(site) / site.itPowerPerAcceleratorW);
    case "budget":
      return Math.floor(site.basis.budgetUSD / allInPerAcceleratorUSD(site, p));
  }
}

/** Capex by part for `accelerators` in a facility built for `provisionedItMW`. */
export function capexParts(
  site: SiteSpec,
  p: CostAndFootprintParameters,
  accelerators: number,
  provisionedItMW: number,
  facilityPowerMW: number,
): CapexBreakdown {
  const landAndShellUSD = provisionedItMW * p.shellCapexUSDPerMW;
  const powerAndCoolingUSD = provisionedItMW * p.powerCoolingCapexUSDPerMW;
  const itHardwareUSD = accelerators * site.acceleratorPriceUSD;
  const networkUSD = itHardwareUSD * p.networkCapexShareOfIT;
  const bottomUpUSD = landAndShellUSD + powerAndCoolingUSD + itHardwareUSD + networkUSD;
  const allInUSD = site.capexAllInUSDPerGW
    ? (site.capexAllInUSDPerGW.value * facilityPowerMW) / 1000
    : undefined;
  return {
    landAndShellUSD,
    powerAndCoolingUSD,
    itHardwareUSD,
    networkUSD,
    bottomUpUSD,
    ...(allInUSD === undefined ? {} : { allInUSD }),
    capexUSD: allInUSD ?? bottomUpUSD,
  };
}

/** Power, compute and money of a site, from any one of power, accelerators or budget. */
export function sizeSite(site: SiteSpec, p: CostAndFootprintParameters): SiteSizing {
  const accelerators = acceleratorsFor(site, p);
  const itPowerMW = (accelerators * site.itPowerPerAcceleratorW) / 1e6;
  // A power basis keeps the stated facility power: the remainder of a partial accelerator is still built.
  const facilityPowerMW =
    site.basis.kind === "power" ? site.basis.facilityPowerW / 1e6 : itPowerMW * facilityPerItPower(site);
  const provisionedItMW = facilityPowerMW / facilityPerItPower(site);
  // Energy follows the annual PUE and the load factor, not the design overhead.
  const averageFacilityPowerMW = provisionedItMW * site.utilisation * site.pue;
  const capex = capexParts(site, p, accelerators, provisionedItMW, facilityPowerMW);
  const facilityCapex = capex.landAndShellUSD + capex.powerAndCoolingUSD;
  const itCapex = capex.itHardwareUSD + capex.networkUSD;

  const energyMWhPerYear = averageFacilityPowerMW * HOURS_PER_YEAR;
  const energyUSDPerYear = energyMWhPerYear * site.electricityPriceUSDPerMWh;
  const maintenanceUSDPerYear = facilityCapex * p.maintenanceShareOfFacilityCapexPerYear;
  const staffUSDPerYear = provisionedItMW * p.staffPerMW * p.staffCostUSDPerYear;
  const opex = {
    energyUSDPerYear,
    maintenanceUSDPerYear,
    staffUSDPerYear,
    opexUSDPerYear: energyUSDPerYear + maintenanceUSDPerYear + staffUSDPerYear,
  };

  // Running cost per hour prices the parts one buys (bottom-up); the all-in view is for reading headline budgets.
  const yearlyCapital =
    itCapex * capitalRecoveryFactor(p.costOfCapital, p.acceleratorLifetimeYears) +
    facilityCapex * capitalRecoveryFactor(p.costOfCapital, p.facilityLifetimeYears);
  const acceleratorHoursPerYear = accelerators * HOURS_PER_YEAR;

  return {
    accelerators,
    itPowerMW,
    provisionedItMW,
    facilityPowerMW,
    averageFacilityPowerMW,
    peakPFLOPS: (accelerators * site.bf16DenseTFLOPS) / 1e3,
    peakFp8PFLOPS: site.fp8DenseTFLOPS === undefined ? undefined : (accelerators * site.fp8DenseTFLOPS) / 1e3,
    h100Equivalents: accelerators * site.h100Equivalent,
    capex,
    opex,
    costUSDPerAcceleratorHour:
      acceleratorHoursPerYear > 0 ? (yearlyCapital + opex.opexUSDPerYear) / acceleratorHoursPerYear : 0,
  };
}
