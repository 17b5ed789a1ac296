import { formatQuantity } from "../units/index.js";
import {
  type Assessment,
  type BudgetCheck,
  type BudgetReason,
  type CapexModel,
  capexModel,
  checkBudget,
} from "./budget-check.js";
import { type CountReason, checkCount, countRangeForPower } from "./count-check.js";
import type { Range } from "./site-ranges.js";
import type { CostAndFootprintParameters, SiteSpec } from "./site-spec.js";
import type { SiteSizing } from "./size-site.js";

export type { Assessment };

/** Whether a stated figure agrees with what the model derives from the site's basis. */
export interface Check {
  readonly claim: "facilityPower" | "accelerators" | "budget";
  readonly claimed: number;
  readonly modelled: number;
  /** The model's 80% range for the figure. */
  readonly range: Range;
  /** claimed / modelled. */
  readonly ratio: number;
  readonly assessment: Assessment;
  /** Two-valued, for readers that want a yes or no: only `inconsistent` and `scope-mismatch` say no. */
  readonly verdict: "consistent" | "inconsistent";
  /** The likely reading, from the vocabulary the headline checks share (checkBudget, checkCount). */
  readonly reason?: BudgetReason | CountReason;
  /** Why a figure outside the range may still be right (or what it likely covers). */
  readonly likelyReason?: string;
  readonly reasoning: string;
}

/**
 * @deprecated No check uses a fixed factor since docs/decisions/0018: counts and powers are judged by checkCount,
 * budgets by checkBudget, from the model's own 80% and 98% ranges. Kept for readers of the earlier band.
 */
export const CONSISTENT_WITHIN = 1.5;

function check(
  claim: Check["claim"],
  claimed: number,
  modelled: number,
  range: Range,
  assessment: Assessment,
  likelyReason: string | undefined,
  text: string,
  reason?: BudgetReason | CountReason,
): Check {
  const label = assessment === "consistent" ? "inside" : "outside";
  return {
    claim,
    claimed,
    modelled,
    range,
    ratio: modelled > 0 ? claimed / modelled : 0,
    assessment,
    verdict: assessment === "inconsistent" || assessment === "scope-mismatch" ? "inconsistent" : "consistent",
    ...(reason ? { reason } : {}),
    ...(likelyReason ? { likelyReason } : {}),
    reasoning: `${text}, ${label} the model's 80% range${likelyReason ? `: ${likelyReason}` : ""}`,
  };
}

/** What a budget's reading means for this site, in words (the site checks' `likelyReason`). */
function budgetReasonText(b: BudgetCheck, m: CapexModel, years: number): string | undefined {
  const perGW = m.facilityPowerMW > 0 ? (m.capexUSD * 1000) / m.facilityPowerMW : 0;
  switch (b.reason) {
    case "lean-build":
      return "a lean build, or it leaves out part of the site (land, grid connection, storage)";
    case "includes-more":
      return b.assessment === "plausible-high"
        ? "it likely includes financing, running costs or later phases"
        : `a mismatch of scope: it likely includes more than building the site (running costs, new accelerators, power plants or a programme), up to the ${money(m.lifeCostUSD)} the site costs over its ${years} years`;
    case "building-only":
      return `a mismatch of scope, not of cost: it is close to the building with its power and cooling alone (${money(m.buildingUSD)}), so it likely excludes the accelerators`;
    case "chips-only":
      return `a mismatch of scope, not of cost: it is close to the accelerators and network alone (${money(m.chipsUSD)}), so it likely excludes the building`;
    case "one-phase":
      return `a mismatch of scope, not of cost: at ${money(perGW)} per GW it pays for about ${mw(b.buysMW.allIn)} all-in, or the buildings alone of about ${mw(b.buysMW.buildings)}, so it likely covers one phase or one party's share, not the whole site`;
  }
  return undefined;
}

function budgetCheck(s: SiteSizing, budget: number, m: CapexModel, years: number): Check {
  const c = s.capex;
  const range = m.range;
  const text = `${money(budget)} against ${money(range.p10)}–${money(range.p90)} for ${count(s.accelerators)} accelerators in ${mw(s.facilityPowerMW)} (bottom-up ${money(c.bottomUpUSD)}${c.allInUSD === undefined ? "" : `, as stated by the industry ${money(c.allInUSD)}`})`;
  const b = checkBudget(budget, m);
  return check(
    "budget",
    budget,
    c.capexUSD,
    range,
    b.assessment,
    budgetReasonText(b, m, years),
    text,
    b.reason,
  );
}

/** What a count's reading means for a site, in words (the site checks' `likelyReason`). */
const COUNT_REASON_TEXT: Readonly<Record<CountReason, string>> = {
  headroom: "part of the power is not yet equipped, held as headroom, or serves other equipment",
  "one-phase": "a mismatch of scope: the count is likely one phase's, the power the full build-out's",
  "it-power":
    "the power may be critical IT (or the grid's share) rather than the facility's, or the count include accelerators not yet powered",
  "different-generation": "the count is likely of another generation of accelerator than the one sized",
  "older-generation":
    "the power per accelerator fits an older, less power-hungry generation than the one sized",
  "fleet-not-site":
    "a mismatch of scope: the count is likely a fleet's or several sites', the power one site's",
};

/** A count against the power it was sized from: the 80% range of what that power holds (checkCount). */
function acceleratorsCheck(site: SiteSpec, s: SiteSizing, claimed: number, range: Range): Check {
  const text = `${count(claimed)} accelerators against ${count(range.p10)}–${count(range.p90)} that ${mw(s.facilityPowerMW)} powers at ${site.itPowerPerAcceleratorW} W each, PUE ${site.pue} and design overhead ${site.designOverhead}`;
  const c = checkCount(claimed, { range, facilityPerIt: site.pue * site.designOverhead });
  const why = c.reason && COUNT_REASON_TEXT[c.reason];
  return check("accelerators", claimed, s.accelerators, range, c.assessment, why, text, c.reason);
}

/**
 * A power against the count it was sized from: judged as that count against what the power holds (the same factors
 * read the other way), so the pair gets the verdict it gets with the power as the basis.
 */
function powerCheck(site: SiteSpec, s: SiteSizing, claimedMW: number, range: Range): Check {
  const text = `${mw(claimedMW)} against ${mw(range.p10)}–${mw(range.p90)} that ${count(s.accelerators)} accelerators need at ${site.itPowerPerAcceleratorW} W each, PUE ${site.pue} and design overhead ${site.designOverhead}`;
  const c = checkCount(s.accelerators, {
    range: countRangeForPower(s.accelerators, claimedMW, range),
    facilityPerIt: site.pue * site.designOverhead,
  });
  const why = c.reason && COUNT_REASON_TEXT[c.reason];
  return check("facilityPower", claimedMW, s.facilityPowerMW, range, c.assessment, why, text, c.reason);
}

/** Checks what was stated of the site (budget, accelerators, power) against the model's ranges. */
export function checkClaims(
  site: SiteSpec,
  sizing: SiteSizing,
  ranges: Readonly<Record<string, Range>>,
  params: CostAndFootprintParameters,
): Check[] {
  const checks: Check[] = [];
  const { claimed } = site;
  const point = (x: number): Range => ({ p10: x, p90: x });
  if (claimed.budgetUSD !== undefined)
    checks.push(
      budgetCheck(
        sizing,
        claimed.budgetUSD,
        capexModel(site, sizing, params, ranges.capexUSD),
        params.facilityLifetimeYears,
      ),
    );
  if (claimed.accelerators !== undefined)
    checks.push(
      acceleratorsCheck(
        site,
        sizing,
        claimed.accelerators,
        ranges.accelerators ?? point(sizing.accelerators),
      ),
    );
  if (claimed.facilityPowerW !== undefined)
    checks.push(
      powerCheck(
        site,
        sizing,
        claimed.facilityPowerW / 1e6,
        ranges.facilityPowerMW ?? point(sizing.facilityPowerMW),
      ),
    );
  return checks;
}

const money = (usd: number) => formatQuantity("money", usd);
const count = (n: number) => formatQuantity("count", n);
const mw = (m: number) => formatQuantity("power", m * 1e6);
