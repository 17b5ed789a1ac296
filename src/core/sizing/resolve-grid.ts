import type { Catalog, Climate } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import type { SiteReferences } from "./resolve-references.js";

/** The grid's figures a site is sized with, each logged: carbon, water of generation, price, climate, time zone. */
export interface GridFigures {
  readonly carbonIntensityGPerKWh: number;
  readonly gridWaterLitresPerKWh: number;
  readonly electricityPriceUSDPerMWh: number;
  readonly climate: Climate;
  readonly timezone: string | undefined;
}

/** A catalog grid's figures, or an inline grid's, which borrows from the default grid what it leaves out. */
export function gridFigures(
  ref: SiteReferences["grid"],
  catalog: Catalog,
  log: AssumptionLog,
  at: string,
): GridFigures {
  if (ref.kind === "inline") {
    const g = ref.grid;
    const fallback = catalog.grids.get(catalog.defaults.grid.id);
    if (!fallback) throw new Error(`the catalog lacks its default grid '${catalog.defaults.grid.id}'`);
    log.input(`${at}.grid.carbonIntensity`, g.carbonIntensity, "gCO2e/kWh");
    return {
      carbonIntensityGPerKWh: g.carbonIntensity,
      gridWaterLitresPerKWh:
        g.waterIntensity ??
        log.cited(catalogName("grids", fallback, "waterLitresPerKWh"), fallback.waterLitresPerKWh, "L/kWh"),
      electricityPriceUSDPerMWh:
        g.electricityPrice ??
        log.cited(
          catalogName("grids", fallback, "electricityPriceUSDPerMWh"),
          fallback.electricityPriceUSDPerMWh,
          "USD/MWh",
        ),
      climate: g.climate ?? fallback.climate,
      timezone: undefined,
    };
  }
  const g = ref.grid;
  if (!ref.named) log.choice(`${at}.grid`, g.id, catalog.defaults.grid.reasoning);
  return {
    carbonIntensityGPerKWh: log.cited(
      catalogName("grids", g, "carbonIntensityGPerKWh"),
      g.carbonIntensityGPerKWh,
      "gCO2e/kWh",
    ),
    gridWaterLitresPerKWh: log.cited(
      catalogName("grids", g, "waterLitresPerKWh"),
      g.waterLitresPerKWh,
      "L/kWh",
    ),
    electricityPriceUSDPerMWh: log.cited(
      catalogName("grids", g, "electricityPriceUSDPerMWh"),
      g.electricityPriceUSDPerMWh,
      "USD/MWh",
    ),
    climate: g.climate,
    timezone: g.timezone,
  };
}
