import type { Range } from "../kernel/range.js";
import type { Interval, SiteSpec } from "./site-spec.js";
import type { SiteSizing } from "./size-site.js";

export type { Range };

/** A figure's dependence on one uncertain input: figure ∝ input^exponent. */
interface Factor {
  readonly value: number;
  readonly range: Interval;
  readonly exponent: 1 | -1;
}

/**
 * The 80% range of a product of independent uncertain factors: each factor's p10 and p90 move the figure by a ratio;
 * the log-ratios add in quadrature (independent errors), which keeps the range narrower than all-lows-at-once.
 */
export function productRange(point: number, factors: readonly Factor[]): Range {
  let down = 0;
  let up = 0;
  for (const f of factors) {
    if (f.value <= 0 || f.range[0] <= 0) continue;
    const a = (f.range[0] / f.value) ** f.exponent;
    const b = (f.range[1] / f.value) ** f.exponent;
    down += Math.log(Math.min(a, b, 1)) ** 2;
    up += Math.log(Math.max(a, b, 1)) ** 2;
  }
  return { p10: point * Math.exp(-Math.sqrt(down)), p90: point * Math.exp(Math.sqrt(up)) };
}

/** The 80% range of a sum of independent parts: the deviations add in quadrature. */
export function sumRange(parts: readonly { readonly point: number; readonly range: Range }[]): Range {
  const total = parts.reduce((s, p) => s + p.point, 0);
  const down = Math.sqrt(parts.reduce((s, p) => s + (p.point - p.range.p10) ** 2, 0));
  const up = Math.sqrt(parts.reduce((s, p) => s + (p.range.p90 - p.point) ** 2, 0));
  return { p10: total - down, p90: total + up };
}

const scaled = (point: number, value: number, range: Interval): Range =>
  value > 0
    ? { p10: (point * range[0]) / value, p90: (point * range[1]) / value }
    : { p10: point, p90: point };

/** Ranges of the capex parts a budget may cover alone, of the bottom-up capex and of the reported one. */
export interface CapexRanges {
  /** Land, shell, power and cooling: the buildings with their plant, without accelerators. */
  readonly building: Range;
  /** Accelerator systems with their scale-out network, without the buildings. */
  readonly chips: Range;
  readonly bottomUp: Range;
  /** The industry's all-in range where it applies, with the bottom-up view; else the bottom-up range. */
  readonly capex: Range;
}

/** Ranges of the bottom-up capex and of the reported one (the industry's all-in range where it applies). */
export function capexRanges(site: SiteSpec, s: SiteSizing): CapexRanges {
  const r = site.inputRanges;
  const c = s.capex;
  const it = scaled(c.itHardwareUSD, site.acceleratorPriceUSD, r.acceleratorPriceUSD);
  const shareOf = c.itHardwareUSD > 0 ? c.networkUSD / c.itHardwareUSD : 0;
  const network = productRange(c.networkUSD, [
    { value: site.acceleratorPriceUSD, range: r.acceleratorPriceUSD, exponent: 1 },
    { value: shareOf, range: r.networkCapexShareOfIT, exponent: 1 },
  ]);
  const perMW = s.provisionedItMW > 0 ? 1 / s.provisionedItMW : 0;
  const power = scaled(c.powerAndCoolingUSD, c.powerAndCoolingUSD * perMW, r.powerCoolingCapexUSDPerMW);
  const shell = scaled(c.landAndShellUSD, c.landAndShellUSD * perMW, r.shellCapexUSDPerMW);
  const chipParts = [
    { point: c.itHardwareUSD, range: it },
    { point: c.networkUSD, range: network },
  ];
  const buildingParts = [
    { point: c.powerAndCoolingUSD, range: power },
    { point: c.landAndShellUSD, range: shell },
  ];
  const parts = { building: sumRange(buildingParts), chips: sumRange(chipParts) };
  const bottomUp = sumRange([...chipParts, ...buildingParts]);
  const allIn = site.capexAllInUSDPerGW;
  if (!allIn) return { ...parts, bottomUp, capex: bottomUp };
  const gw = s.facilityPowerMW / 1000;
  // The two views together: from the lower of the bottom-up estimate and the industry's low end, to its high end.
  return {
    ...parts,
    bottomUp,
    capex: { p10: Math.min(c.bottomUpUSD, allIn.p10 * gw), p90: Math.max(allIn.p90 * gw, bottomUp.p90) },
  };
}

/** The site's key figures with their 80% ranges (PRODUCT.md, Results: `ranges`). */
export function siteRanges(
  site: SiteSpec,
  s: SiteSizing,
  figures: {
    readonly energyMWh: number;
    readonly co2eTonnes: number;
    readonly waterLitres: number;
    readonly noxKg: number;
  },
): Record<string, Range> {
  const r = site.inputRanges;
  // Facility power per W of IT is the annual PUE times the design overhead: both are uncertain, independently.
  const pue = { value: site.pue, range: r.pue };
  const design = { value: site.designOverhead, range: r.designOverhead };
  const itPower = { value: site.itPowerPerAcceleratorW, range: r.itPowerPerAcceleratorW };
  const load = { value: site.utilisation, range: r.utilisation, exponent: 1 as const };
  const capex = capexRanges(site, s);
  const out: Record<string, Range> = { capexUSD: capex.capex, capexBottomUpUSD: capex.bottomUp };
  let energyFactors: Factor[];
  if (site.basis.kind === "power") {
    const perAccelerator: Factor[] = [
      { ...pue, exponent: -1 },
      { ...design, exponent: -1 },
      { ...itPower, exponent: -1 },
    ];
    out.accelerators = productRange(s.accelerators, perAccelerator);
    out.h100Equivalents = productRange(s.h100Equivalents, perAccelerator);
    out.itPowerMW = productRange(s.itPowerMW, [
      { ...pue, exponent: -1 },
      { ...design, exponent: -1 },
    ]);
    energyFactors = [load, { ...design, exponent: -1 }];
  } else {
    out.facilityPowerMW = productRange(s.facilityPowerMW, [
      { ...pue, exponent: 1 },
      { ...design, exponent: 1 },
      { ...itPower, exponent: 1 },
    ]);
    out.itPowerMW = productRange(s.itPowerMW, [{ ...itPower, exponent: 1 }]);
    energyFactors = [load, { ...pue, exponent: 1 }, { ...itPower, exponent: 1 }];
  }
  const energy = productRange(figures.energyMWh, energyFactors);
  out.energyMWh = energy;
  // Carbon, water and NOx scale with energy at the site's fixed grid, cooling and plant.
  const rel = (x: number): Range =>
    figures.energyMWh > 0
      ? { p10: (x * energy.p10) / figures.energyMWh, p90: (x * energy.p90) / figures.energyMWh }
      : { p10: x, p90: x };
  out.co2eTonnes = rel(figures.co2eTonnes);
  out.waterLitres = rel(figures.waterLitres);
  if (figures.noxKg > 0) out.noxKg = rel(figures.noxKg);
  return out;
}
