import type { Range } from "../kernel/range.js";
import { capexRanges } from "./site-ranges.js";
import type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";
import type { SiteSizing } from "./size-site.js";

/**
 * How a stated figure sits against the model: inside its 80% range; plausible but low or high (inside the model's
 * 98% range); a mismatch of scope (the figure covers a part of what it is set against, or more than it); or
 * inconsistent (no reading of the same thing reaches it). One vocabulary for site checks and headline checks.
 */
export type Assessment =
  | "consistent"
  | "plausible-low"
  | "plausible-high"
  | "scope-mismatch"
  | "inconsistent";

/** The likely reading of a budget outside the model's 80% range. */
export type BudgetReason = "lean-build" | "includes-more" | "building-only" | "chips-only" | "one-phase";

/**
 * The capex model of one site, sized from the claimed power and/or accelerator count with the hardware the claim
 * names (or the generation current at its date): the point, its 80% range and the parts a sum may cover alone.
 */
export interface CapexModel {
  readonly capexUSD: number;
  /** The model's 80% range of `capexUSD` (bottom-up and all-in views together). */
  readonly range: Range;
  /** Buildings with their power and cooling plant, without accelerators. */
  readonly buildingUSD: number;
  readonly buildingRange: Range;
  /** Accelerator systems with their network, without the buildings. */
  readonly chipsUSD: number;
  readonly chipsRange: Range;
  /**
   * The most a sum about this site can cover: the high end of its capex, its accelerators re-bought for each
   * generation its buildings outlive, and its running costs over the buildings' life.
   */
  readonly lifeCostUSD: number;
  readonly facilityPowerMW: number;
}

/** A budget's verdict against the capex model, with its likely reading and the bands it was judged by. */
export interface BudgetCheck {
  readonly assessment: Assessment;
  readonly reason?: BudgetReason;
  /** The model's 80% range: inside it, consistent. */
  readonly range: Range;
  /** The model's 98% range: between it and the 80% range, plausible but low or high. */
  readonly plausible: Range;
  /** Facility power the sum pays for all-in, and with buildings and plant alone (no accelerators). */
  readonly buysMW: { readonly allIn: number; readonly buildings: number };
}

/** Standard normal quantiles of the 90th and 99th percentiles. */
const Z90 = 1.2816;
const Z99 = 2.3263;

/**
 * The 98% range of a figure whose 80% range is `r`, reading it as log-normal (costs are products of uncertain
 * factors): each end moves out by (p90/p10)^((z99/z90 − 1)/2), about 1.25× for the $35–60B per GW of the all-in view.
 */
export function ninetyEightPercentRange(r: Range): Range {
  if (!(r.p10 > 0) || !(r.p90 > r.p10)) return r;
  const f = (r.p90 / r.p10) ** ((Z99 / Z90 - 1) / 2);
  return { p10: r.p10 / f, p90: r.p90 * f };
}

const inside = (x: number, r: Range) => x >= r.p10 && x <= r.p90;

/**
 * The part a low sum pays for alone, if it sits in that part's own 98% range: the buildings first (developers announce
 * shells with their power and cooling, and tenants' chips are reported as counts), then the chips with their network.
 */
function partOf(usd: number, m: CapexModel): "building-only" | "chips-only" | undefined {
  if (m.buildingUSD > 0 && inside(usd, ninetyEightPercentRange(m.buildingRange))) return "building-only";
  if (m.chipsUSD > 0 && inside(usd, ninetyEightPercentRange(m.chipsRange))) return "chips-only";
  return undefined;
}

/**
 * A claimed budget against the capex model: consistent inside its 80% range, plausible but low or high inside its
 * 98% range, a mismatch of scope beyond (a part of the site: its buildings alone, its chips alone, one phase; or
 * more than the site, up to what it costs over its life), inconsistent only above that.
 */
export function checkBudget(budgetUSD: number, m: CapexModel): BudgetCheck {
  const plausible = ninetyEightPercentRange(m.range);
  const perMW = (usd: number) => (usd > 0 ? (budgetUSD / usd) * m.facilityPowerMW : 0);
  const base = {
    range: m.range,
    plausible,
    buysMW: { allIn: perMW(m.capexUSD), buildings: perMW(m.buildingUSD) },
  };
  const out = (assessment: Assessment, reason?: BudgetReason): BudgetCheck => ({
    assessment,
    ...(reason ? { reason } : {}),
    ...base,
  });
  if (inside(budgetUSD, m.range)) return out("consistent");
  if (budgetUSD < m.range.p10) {
    if (budgetUSD >= plausible.p10) return out("plausible-low", "lean-build");
    return out("scope-mismatch", partOf(budgetUSD, m) ?? "one-phase");
  }
  if (budgetUSD <= plausible.p90) return out("plausible-high", "includes-more");
  return budgetUSD <= m.lifeCostUSD ? out("scope-mismatch", "includes-more") : out("inconsistent");
}

/**
 * The accelerators' share of a site's capex, in its two views as the capex range has them (capexRanges): the
 * bottom-up chips and network, and the all-in capex less the buildings (NVIDIA puts about $35B of a $50-60B gigawatt
 * in its own systems). Its point is the larger of the two.
 */
export function chipsShare(m: CapexModel): Range {
  return {
    p10: Math.min(m.chipsRange.p10, m.range.p10 - m.buildingUSD),
    p90: Math.max(m.chipsRange.p90, m.range.p90 - m.buildingUSD),
  };
}

/**
 * A chip order (accelerators with their network) against the accelerators' part of the site's capex, with the bands
 * of checkBudget: consistent inside that part's 80% range, plausible but low or high inside its 98% range, below it
 * one tranche of the chips (`one-phase`), above it more than the site's chips (`includes-more`: later generations, or
 * several sites). A chip purchase is never set against the all-in capex, which includes the buildings.
 */
export function checkChips(usd: number, m: CapexModel): BudgetCheck {
  const range = chipsShare(m);
  const plausible = ninetyEightPercentRange(range);
  const point = Math.max(m.chipsUSD, m.capexUSD - m.buildingUSD);
  const buys = point > 0 ? (usd / point) * m.facilityPowerMW : 0;
  const out = (assessment: Assessment, reason?: BudgetReason): BudgetCheck => ({
    assessment,
    ...(reason ? { reason } : {}),
    range,
    plausible,
    buysMW: { allIn: buys, buildings: 0 },
  });
  if (inside(usd, range)) return out("consistent");
  if (usd < range.p10)
    return usd >= plausible.p10 ? out("plausible-low") : out("scope-mismatch", "one-phase");
  return usd <= plausible.p90 ? out("plausible-high") : out("scope-mismatch", "includes-more");
}

/**
 * A budget's reading when the article gives the sum as one phase's: below the model's range, that phase is the likely
 * reading rather than the buildings or the chips alone; the verdict does not change.
 */
export function phaseReason<R extends string>(b: {
  readonly assessment: Assessment;
  readonly reason?: R;
}): R | "one-phase" | undefined {
  const low =
    b.assessment === "plausible-low" || (b.assessment === "scope-mismatch" && b.reason !== "includes-more");
  return low ? "one-phase" : b.reason;
}

/** The site's capex model: the sizing's parts with their ranges, the reported capex's range and its life cost. */
export function capexModel(
  site: SiteSpec,
  s: SiteSizing,
  p: CostAndFootprintParameters,
  capexRange?: Range,
): CapexModel {
  const r = capexRanges(site, s);
  const c = s.capex;
  const range = capexRange ?? r.capex;
  const chipsUSD = c.itHardwareUSD + c.networkUSD;
  // Buildings outlive their accelerators: each later generation is bought again within the facility's life.
  const refreshes = Math.max(0, p.facilityLifetimeYears / p.acceleratorLifetimeYears - 1);
  return {
    capexUSD: c.capexUSD,
    range,
    buildingUSD: c.landAndShellUSD + c.powerAndCoolingUSD,
    buildingRange: r.building,
    chipsUSD,
    chipsRange: r.chips,
    lifeCostUSD: range.p90 + refreshes * r.chips.p90 + p.facilityLifetimeYears * s.opex.opexUSDPerYear,
    facilityPowerMW: s.facilityPowerMW,
  };
}
