import { HOURS_PER_YEAR } from "../units/index.js";
import { capitalRecoveryFactor } from "./finance.js";
import type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";

export interface CapexBreakdown {
  readonly landAndShellUSD: number;
  readonly powerAndCoolingUSD: number;
  readonly itHardwareUSD: number;
  readonly networkUSD: number;
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
  readonly itPowerMW: number;
  readonly facilityPowerMW: number;
  readonly averageFacilityPowerMW: number;
  readonly peakPFLOPS: number;
  readonly peakFp8PFLOPS: number | undefined;
  readonly capex: CapexBreakdown;
  readonly opex: OpexBreakdown;
  /** Yearly cost of ownership (annualised capital + opex) divided by accelerator-hours in a year. */
  readonly costUSDPerAcceleratorHour: number;
}

/** Capital cost that scales with one accelerator: the hardware, its network share, and its MW of building. */
export function capexPerAcceleratorUSD(site: SiteSpec, p: CostAndFootprintParameters): number {
  const itMW = site.itPowerPerAcceleratorW / 1e6;
  return (
    site.acceleratorPriceUSD * (1 + p.networkCapexShareOfIT) +
    itMW * (p.shellCapexUSDPerMW + p.powerCoolingCapexUSDPerMW)
  );
}

/** Accelerators the basis allows: power and budget buy whole accelerators (rounded down). */
export function acceleratorsFor(site: SiteSpec, p: CostAndFootprintParameters): number {
  switch (site.basis.kind) {
    case "accelerators":
      return site.basis.count;
    case "power":
      return Math.floor(site.basis.facilityPowerW / site.pue / site.itPowerPerAcceleratorW);
    case "budget":
      return Math.floor(site.basis.budgetUSD / capexPerAcceleratorUSD(site, p));
  }
}

/** Power, compute and money of a site, from any one of power, accelerators or budget. */
export function sizeSite(site: SiteSpec, p: CostAndFootprintParameters): SiteSizing {
  const accelerators = acceleratorsFor(site, p);
  const itPowerMW = (accelerators * site.itPowerPerAcceleratorW) / 1e6;
  // A power basis keeps the stated facility power: the remainder of a partial accelerator is still built.
  const facilityPowerMW =
    site.basis.kind === "power" ? site.basis.facilityPowerW / 1e6 : itPowerMW * site.pue;
  const provisionedItMW = facilityPowerMW / site.pue;
  const averageFacilityPowerMW = facilityPowerMW * site.utilisation;

  const landAndShellUSD = provisionedItMW * p.shellCapexUSDPerMW;
  const powerAndCoolingUSD = provisionedItMW * p.powerCoolingCapexUSDPerMW;
  const itHardwareUSD = accelerators * site.acceleratorPriceUSD;
  const networkUSD = itHardwareUSD * p.networkCapexShareOfIT;
  const capex = {
    landAndShellUSD,
    powerAndCoolingUSD,
    itHardwareUSD,
    networkUSD,
    capexUSD: landAndShellUSD + powerAndCoolingUSD + itHardwareUSD + networkUSD,
  };

  const energyMWhPerYear = averageFacilityPowerMW * HOURS_PER_YEAR;
  const energyUSDPerYear = energyMWhPerYear * site.electricityPriceUSDPerMWh;
  const maintenanceUSDPerYear =
    (landAndShellUSD + powerAndCoolingUSD) * p.maintenanceShareOfFacilityCapexPerYear;
  const staffUSDPerYear = provisionedItMW * p.staffPerMW * p.staffCostUSDPerYear;
  const opex = {
    energyUSDPerYear,
    maintenanceUSDPerYear,
    staffUSDPerYear,
    opexUSDPerYear: energyUSDPerYear + maintenanceUSDPerYear + staffUSDPerYear,
  };

  const yearlyCapital =
    (itHardwareUSD + networkUSD) * capitalRecoveryFactor(p.costOfCapital, p.acceleratorLifetimeYears) +
    (landAndShellUSD + powerAndCoolingUSD) * capitalRecoveryFactor(p.costOfCapital, p.facilityLifetimeYears);
  const acceleratorHoursPerYear = accelerators * HOURS_PER_YEAR;

  return {
    accelerators,
    itPowerMW,
    facilityPowerMW,
    averageFacilityPowerMW,
    peakPFLOPS: (accelerators * site.bf16DenseTFLOPS) / 1e3,
    peakFp8PFLOPS: site.fp8DenseTFLOPS === undefined ? undefined : (accelerators * site.fp8DenseTFLOPS) / 1e3,
    capex,
    opex,
    costUSDPerAcceleratorHour:
      acceleratorHoursPerYear > 0 ? (yearlyCapital + opex.opexUSDPerYear) / acceleratorHoursPerYear : 0,
  };
}
