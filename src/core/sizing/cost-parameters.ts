import type { AssumptionLog } from "../kernel/assumptions.js";
import type { CostAndFootprintParameters } from "./site-spec.js";

/** Reads the cost and footprint defaults through the log, so each appears in the result's assumptions. */
export function costAndFootprintParameters(log: AssumptionLog): CostAndFootprintParameters {
  return {
    shellCapexUSDPerMW: log.parameter("shellCapexUSDPerMW"),
    powerCoolingCapexUSDPerMW: log.parameter("powerCoolingCapexUSDPerMW"),
    networkCapexShareOfIT: log.parameter("networkCapexShareOfIT"),
    maintenanceShareOfFacilityCapexPerYear: log.parameter("maintenanceShareOfFacilityCapexPerYear"),
    staffPerMW: log.parameter("staffPerMW"),
    staffCostUSDPerYear: log.parameter("staffCostUSDPerYear"),
    acceleratorLifetimeYears: log.parameter("acceleratorLifetimeYears"),
    facilityLifetimeYears: log.parameter("facilityLifetimeYears"),
    costOfCapital: log.parameter("costOfCapital"),
    buildingEmbodiedKgCO2ePerMW: log.parameter("buildingEmbodiedKgCO2ePerMW"),
    gasTurbineHeatRateMMBtuPerMWh: log.parameter("gasTurbineHeatRateMMBtuPerMWh"),
    naturalGasCO2KgPerMMBtu: log.parameter("naturalGasCO2KgPerMMBtu"),
    gasTurbineNOxKgPerMWh: log.parameter("gasTurbineNOxKgPerMWh"),
    gasTurbinePM25KgPerMWh: log.parameter("gasTurbinePM25KgPerMWh"),
  };
}
