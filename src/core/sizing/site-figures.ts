import type { Accelerator, Catalog, EmissionControl, Project } from "../catalog/index.js";
import type { ParameterName } from "../catalog/parameters.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import type { SiteInput } from "./schema.js";
import type { EmissionFactors, InputRanges, Interval, OnSiteSpec, SiteSpec, SiteType } from "./site-spec.js";

const LOAD_FACTOR: Record<SiteType, ParameterName> = {
  training: "itLoadFactorTraining",
  inference: "itLoadFactorInference",
  mixed: "itLoadFactorMixed",
};

/** The site's type (the user's, else its project's, else mixed) and the yearly IT load factor it implies. */
export function loadFactor(
  input: SiteInput,
  project: Project | undefined,
  log: AssumptionLog,
  at: string,
): { siteType: SiteType; utilisation: number; utilisationRange: Interval } {
  const siteType = input.siteType ?? project?.siteType ?? "mixed";
  if (input.siteType === undefined && project?.siteType === undefined)
    log.choice(`${at}.siteType`, siteType, "no site type known: a site that both trains and serves");
  const name = LOAD_FACTOR[siteType];
  const p = log.catalogParameter(name);
  if (input.utilisation !== undefined) {
    log.input(`${at}.utilisation`, input.utilisation);
    return {
      siteType,
      utilisation: input.utilisation,
      utilisationRange: [input.utilisation, input.utilisation],
    };
  }
  return { siteType, utilisation: log.parameter(name), utilisationRange: p.range ?? [p.value, p.value] };
}

/** All-in capex per GW as the industry states it, where the site's accelerator is of the generations it describes. */
export function capexAllIn(accelerator: Accelerator, log: AssumptionLog): SiteSpec["capexAllInUSDPerGW"] {
  const firstYear = log.catalogParameter("capexAllInFirstYear").value;
  if (Number(accelerator.firstAvailable.value.slice(0, 4)) < firstYear) return undefined;
  log.parameter("capexAllInFirstYear");
  const p = log.catalogParameter("capexAllInUSDPerGW");
  const value = log.parameter("capexAllInUSDPerGW");
  return { p10: p.range?.[0] ?? value, value, p90: p.range?.[1] ?? value };
}

/**
 * The inputs' 80% ranges from the catalog (a user's own figure has none). `pue` is the cited PUE the site uses (its
 * cooling's, or the default's): its range widens the accelerators a stated power holds (docs/decisions/0018).
 */
export function inputRanges(
  input: SiteInput,
  accelerator: Accelerator,
  utilisationRange: Interval,
  catalog: Catalog,
  pue: { value: number; range?: readonly [number, number] | undefined },
): InputRanges {
  const param = (name: ParameterName): Interval => {
    const p = catalog.parameters[name];
    return p.range ?? [p.value, p.value];
  };
  const own = (
    v: number | undefined,
    cited: { value: number; range?: readonly [number, number] | undefined },
  ) => (v !== undefined ? ([v, v] as const) : (cited.range ?? [cited.value, cited.value]));
  return {
    pue: own(input.pue, pue),
    designOverhead: param("designPowerOverAnnualPue"),
    utilisation: utilisationRange,
    itPowerPerAcceleratorW: own(input.itPowerPerAccelerator, accelerator.itPowerPerAcceleratorW),
    acceleratorPriceUSD: own(input.acceleratorPrice, accelerator.priceUSD),
    networkCapexShareOfIT: param("networkCapexShareOfIT"),
    powerCoolingCapexUSDPerMW: param("powerCoolingCapexUSDPerMW"),
    shellCapexUSDPerMW: param("shellCapexUSDPerMW"),
  };
}

const factors = (c: EmissionControl): EmissionFactors => ({
  noxKgPerMWh: c.noxKgPerMWh.value,
  coKgPerMWh: c.coKgPerMWh.value,
  pm25KgPerMWh: c.pm25KgPerMWh.value,
  formaldehydeKgPerMWh: c.formaldehydeKgPerMWh.value,
});

/** The project's fuel-burning plant with its role, control (cited) and permit; the uncontrolled factors beside. */
export function onSiteSpec(
  project: Project | undefined,
  catalog: Catalog,
  log: AssumptionLog,
  at: string,
): OnSiteSpec | undefined {
  const burning = catalog.defaults.fuelBurningGeneration.kinds as readonly string[];
  const plants = (project?.onSiteGeneration ?? []).filter((g) => burning.includes(g.kind));
  const plant = plants[0];
  const uncontrolled = catalog.emissionControls.get(catalog.defaults.emissionControl.uncontrolled);
  const fallback = catalog.emissionControls.get(catalog.defaults.emissionControl.id);
  if (!uncontrolled || !fallback) return undefined;
  const control = (plant?.control ? catalog.emissionControls.get(plant.control) : undefined) ?? fallback;
  if (plant?.control === undefined)
    log.choice(`${at}.onSite.control`, control.id, catalog.defaults.emissionControl.reasoning);
  log.cited(catalogName("emissionControls", control, "noxKgPerMWh"), control.noxKgPerMWh, "kg/MWh");
  const permit = plant?.permit;
  return {
    role: plant?.role ?? "primary",
    capacityMW: plants.reduce((s, g) => s + g.capacityMW.value, 0),
    control: control.id,
    factors: factors(control),
    uncontrolled: factors(uncontrolled),
    permit: permit && {
      name: permit.name,
      ...(permit.noxTonnesPerYear ? { noxTonnes: permit.noxTonnesPerYear.value } : {}),
      ...(permit.coTonnesPerYear ? { coTonnes: permit.coTonnesPerYear.value } : {}),
      ...(permit.pm25TonnesPerYear ? { pm25Tonnes: permit.pm25TonnesPerYear.value } : {}),
      ...(permit.formaldehydeTonnesPerYear
        ? { formaldehydeTonnes: permit.formaldehydeTonnesPerYear.value }
        : {}),
    },
  };
}
