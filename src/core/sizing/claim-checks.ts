import { formatQuantity } from "../units/index.js";
import type { Range } from "./site-ranges.js";
import type { SiteSpec } from "./site-spec.js";
import type { SiteSizing } from "./size-site.js";

/**
 * How a stated figure sits against the model's 80% range: inside it; plausible but low or high (with the likely
 * reason); a different scope (one phase, the building only, the chips only); or inconsistent, outside a wide band.
 */
export type Assessment =
  | "consistent"
  | "plausible-low"
  | "plausible-high"
  | "scope-mismatch"
  | "inconsistent";

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
  /** Why a figure outside the range may still be right (or what it likely covers). */
  readonly likelyReason?: string;
  readonly reasoning: string;
}

/** Beyond the 80% range by up to this factor, a figure is plausible rather than wrong. */
export const PLAUSIBLE_BEYOND = 1.5;
/** Kept for readers of the earlier single band. */
export const CONSISTENT_WITHIN = PLAUSIBLE_BEYOND;

const near = (x: number, y: number) => y > 0 && x >= y / PLAUSIBLE_BEYOND && x <= y * PLAUSIBLE_BEYOND;

function check(
  claim: Check["claim"],
  claimed: number,
  modelled: number,
  range: Range,
  assessment: Assessment,
  likelyReason: string | undefined,
  text: string,
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
    ...(likelyReason ? { likelyReason } : {}),
    reasoning: `${text}, ${label} the model's 80% range${likelyReason ? `: ${likelyReason}` : ""}`,
  };
}

function budgetCheck(site: SiteSpec, s: SiteSizing, budget: number, range: Range): Check {
  const c = s.capex;
  const building = c.landAndShellUSD + c.powerAndCoolingUSD;
  const chips = c.itHardwareUSD + c.networkUSD;
  const perGW =
    site.capexAllInUSDPerGW?.value ?? (s.facilityPowerMW > 0 ? (c.capexUSD * 1000) / s.facilityPowerMW : 0);
  const text = `${money(budget)} against ${money(range.p10)}–${money(range.p90)} for ${count(s.accelerators)} accelerators in ${mw(s.facilityPowerMW)} (bottom-up ${money(c.bottomUpUSD)}${c.allInUSD === undefined ? "" : `, as stated by the industry ${money(c.allInUSD)}`})`;
  let a: Assessment;
  let why: string | undefined;
  if (budget >= range.p10 && budget <= range.p90) a = "consistent";
  else if (budget > range.p90) {
    a = budget <= range.p90 * PLAUSIBLE_BEYOND ? "plausible-high" : "inconsistent";
    why = a === "plausible-high" ? "it likely includes financing, running costs or later phases" : undefined;
  } else if (budget >= range.p10 / PLAUSIBLE_BEYOND) {
    a = "plausible-low";
    why = "a lean build, or it leaves out part of the site (land, grid connection, storage)";
  } else if (near(budget, building)) {
    a = "scope-mismatch";
    why = `a mismatch of scope, not of cost: it is close to the building with its power and cooling alone (${money(building)}), so it likely excludes the accelerators`;
  } else if (near(budget, chips)) {
    a = "scope-mismatch";
    why = `a mismatch of scope, not of cost: it is close to the accelerators and network alone (${money(chips)}), so it likely excludes the building`;
  } else if (budget >= range.p10 / 50 && perGW > 0) {
    a = "scope-mismatch";
    const buildingPerGW = s.facilityPowerMW > 0 ? (building * 1000) / s.facilityPowerMW : 0;
    const buildings =
      buildingPerGW > 0 ? `, or the buildings alone of about ${mw((budget / buildingPerGW) * 1000)}` : "";
    why = `a mismatch of scope, not of cost: at ${money(perGW)} per GW it pays for about ${mw((budget / perGW) * 1000)} all-in${buildings}, so it likely covers one phase or the buildings only, not the whole site`;
  } else a = "inconsistent";
  return check("budget", budget, c.capexUSD, range, a, why, text);
}

function acceleratorsCheck(site: SiteSpec, s: SiteSizing, claimed: number, range: Range): Check {
  const text = `${count(claimed)} accelerators against ${count(range.p10)}–${count(range.p90)} that ${mw(s.facilityPowerMW)} powers at ${site.itPowerPerAcceleratorW} W each, PUE ${site.pue} and design overhead ${site.designOverhead}`;
  let a: Assessment;
  let why: string | undefined;
  if (claimed >= range.p10 && claimed <= range.p90) a = "consistent";
  else if (claimed > range.p90) {
    a = claimed <= range.p90 * PLAUSIBLE_BEYOND ? "plausible-high" : "inconsistent";
    if (a === "plausible-high")
      why = "the count may include chips not yet powered, or count two-GPU superchips as two";
  } else if (claimed >= range.p10 / 2) {
    a = "plausible-low";
    why = "part of the power is not yet equipped, held as headroom, or serves other equipment";
  } else if (claimed >= range.p10 / 20) {
    a = "scope-mismatch";
    why = "a mismatch of scope: the count is likely one phase's, the power the full build-out's";
  } else a = "inconsistent";
  return check("accelerators", claimed, s.accelerators, range, a, why, text);
}

function powerCheck(site: SiteSpec, s: SiteSizing, claimedMW: number, range: Range): Check {
  const text = `${mw(claimedMW)} against ${mw(range.p10)}–${mw(range.p90)} that ${count(s.accelerators)} accelerators need at ${site.itPowerPerAcceleratorW} W each, PUE ${site.pue} and design overhead ${site.designOverhead}`;
  let a: Assessment;
  let why: string | undefined;
  if (claimedMW >= range.p10 && claimedMW <= range.p90) a = "consistent";
  else if (claimedMW > range.p90) {
    a =
      claimedMW <= range.p90 * 2
        ? "plausible-high"
        : claimedMW <= range.p90 * 20
          ? "scope-mismatch"
          : "inconsistent";
    why =
      a === "plausible-high"
        ? "the power likely includes headroom or equipment beyond these accelerators"
        : a === "scope-mismatch"
          ? "a mismatch of scope: the power is likely the full build-out's, the accelerators one phase's"
          : undefined;
  } else {
    a = claimedMW >= range.p10 / PLAUSIBLE_BEYOND ? "plausible-low" : "inconsistent";
    if (a === "plausible-low") why = "the figure may be critical IT power rather than facility power";
  }
  return check("facilityPower", claimedMW, s.facilityPowerMW, range, a, why, text);
}

/** Checks what was stated of the site (budget, accelerators, power) against the model's ranges. */
export function checkClaims(
  site: SiteSpec,
  sizing: SiteSizing,
  ranges: Readonly<Record<string, Range>>,
): Check[] {
  const checks: Check[] = [];
  const { claimed } = site;
  const point = (x: number): Range => ({ p10: x, p90: x });
  if (claimed.budgetUSD !== undefined)
    checks.push(
      budgetCheck(site, sizing, claimed.budgetUSD, ranges.capexUSD ?? point(sizing.capex.capexUSD)),
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
