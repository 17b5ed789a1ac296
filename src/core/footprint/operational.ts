import type { CostAndFootprintParameters, EmissionFactors, SiteSpec } from "../sizing/site-spec.js";

/** Carbon, water and air pollutants of an amount of facility energy at a site. */
export interface EnergyFootprint {
  readonly energyMWh: number;
  readonly gridEnergyMWh: number;
  readonly onSiteEnergyMWh: number;
  /** Location-based: grid energy at the grid's average intensity, plus on-site combustion. */
  readonly co2eTonnes: number;
  /** Market-based: grid energy not matched by contracts, plus on-site combustion. */
  readonly co2eMarketBasedTonnes: number;
  readonly co2eOnSiteTonnes: number;
  readonly waterOnSiteLitres: number;
  readonly waterOffSiteLitres: number;
  readonly waterLitres: number;
  /** On-site water per kWh of IT energy, litres (WUE). */
  readonly wueLPerKWh: number;
  readonly noxKg: number;
  readonly pm25Kg: number;
  readonly coKg: number;
  readonly formaldehydeKg: number;
  /** The same pollutants had the plant run with no emission control. */
  readonly uncontrolled: {
    readonly noxKg: number;
    readonly coKg: number;
    readonly pm25Kg: number;
    readonly formaldehydeKg: number;
  };
}

/**
 * Footprint of `energyMWh` of facility energy. On-site water is counted on IT energy (WUE is per kWh of IT, The Green
 * Grid's definition); off-site water on the grid's share, since simple-cycle gas turbines consume almost none.
 */
export function energyFootprint(
  energyMWh: number,
  site: SiteSpec,
  p: CostAndFootprintParameters,
): EnergyFootprint {
  const onSiteEnergyMWh = energyMWh * site.onSiteGenerationShare;
  const gridEnergyMWh = energyMWh - onSiteEnergyMWh;
  const gasCO2KgPerMWh = p.gasTurbineHeatRateMMBtuPerMWh * p.naturalGasCO2KgPerMMBtu;
  const co2eOnSiteTonnes = (onSiteEnergyMWh * gasCO2KgPerMWh) / 1000;
  // g/kWh equals kg/MWh, so MWh × g/kWh / 1000 is tonnes.
  const gridTonnes = (gridEnergyMWh * site.carbonIntensityGPerKWh) / 1000;
  const itEnergyKWh = (energyMWh / site.pue) * 1000;
  const waterOnSiteLitres = itEnergyKWh * site.onSiteWueLitresPerKWh;
  const waterOffSiteLitres = gridEnergyMWh * 1000 * site.gridWaterLitresPerKWh;
  return {
    energyMWh,
    gridEnergyMWh,
    onSiteEnergyMWh,
    co2eTonnes: gridTonnes + co2eOnSiteTonnes,
    co2eMarketBasedTonnes: gridTonnes * (1 - site.renewableShare) + co2eOnSiteTonnes,
    co2eOnSiteTonnes,
    waterOnSiteLitres,
    waterOffSiteLitres,
    waterLitres: waterOnSiteLitres + waterOffSiteLitres,
    // The cooling's WUE itself: a ratio, defined even for a site with no energy.
    wueLPerKWh: site.onSiteWueLitresPerKWh,
    ...pollutants(onSiteEnergyMWh, site.onSite?.factors, p),
    uncontrolled: pollutants(onSiteEnergyMWh, site.onSite?.uncontrolled, p),
  };
}

/** Pollutants of on-site generation at the plant's factors (the parameters' uncontrolled ones with no plant). */
function pollutants(
  mwh: number,
  f: EmissionFactors | undefined,
  p: CostAndFootprintParameters,
): { noxKg: number; coKg: number; pm25Kg: number; formaldehydeKg: number } {
  return {
    noxKg: mwh * (f?.noxKgPerMWh ?? p.gasTurbineNOxKgPerMWh),
    coKg: mwh * (f?.coKgPerMWh ?? 0),
    pm25Kg: mwh * (f?.pm25KgPerMWh ?? p.gasTurbinePM25KgPerMWh),
    formaldehydeKg: mwh * (f?.formaldehydeKgPerMWh ?? 0),
  };
}
