import { formatQuantity } from "../units/index.js";
import type { SiteSpec } from "./site-spec.js";
import type { SiteSizing } from "./size-site.js";

/** Whether a stated figure agrees with what the model derives from the site's basis. */
export interface Check {
  readonly claim: "facilityPower" | "accelerators" | "budget";
  readonly claimed: number;
  readonly modelled: number;
  /** claimed / modelled. */
  readonly ratio: number;
  readonly verdict: "consistent" | "inconsistent";
  readonly reasoning: string;
}

/** Within this factor either way, a stated figure agrees with the model (the models' own spread is ±20–30%). */
export const CONSISTENT_WITHIN = 1.5;

export function checkClaims(site: SiteSpec, sizing: SiteSizing): Check[] {
  const checks: Check[] = [];
  const verdict = (ratio: number) =>
    ratio >= 1 / CONSISTENT_WITHIN && ratio <= CONSISTENT_WITHIN ? "consistent" : "inconsistent";
  const { claimed } = site;
  if (claimed.budgetUSD !== undefined) {
    const ratio = claimed.budgetUSD / sizing.capex.capexUSD;
    const building = sizing.capex.landAndShellUSD + sizing.capex.powerAndCoolingUSD;
    const covers = claimed.budgetUSD / building;
    const what =
      ratio < 1 / CONSISTENT_WITHIN
        ? covers >= 1 / CONSISTENT_WITHIN && covers <= CONSISTENT_WITHIN
          ? `; it is close to the building alone (${money(building)}), so it likely excludes the accelerators`
          : `; it covers ${pct(covers)} of the building alone (${money(building)})`
        : "";
    checks.push({
      claim: "budget",
      claimed: claimed.budgetUSD,
      modelled: sizing.capex.capexUSD,
      ratio,
      verdict: verdict(ratio),
      reasoning: `${money(claimed.budgetUSD)} is ${pct(ratio)} of the ${money(sizing.capex.capexUSD)} the model prices for ${count(sizing.accelerators)} accelerators in ${mw(sizing.facilityPowerMW)}${what}`,
    });
  }
  if (claimed.accelerators !== undefined) {
    const ratio = claimed.accelerators / sizing.accelerators;
    checks.push({
      claim: "accelerators",
      claimed: claimed.accelerators,
      modelled: sizing.accelerators,
      ratio,
      verdict: verdict(ratio),
      reasoning: `${count(claimed.accelerators)} accelerators is ${pct(ratio)} of the ${count(sizing.accelerators)} that ${mw(sizing.facilityPowerMW)} powers at ${site.itPowerPerAcceleratorW} W each and PUE ${site.pue}`,
    });
  }
  if (claimed.facilityPowerW !== undefined) {
    const claimedMW = claimed.facilityPowerW / 1e6;
    const ratio = claimedMW / sizing.facilityPowerMW;
    checks.push({
      claim: "facilityPower",
      claimed: claimedMW,
      modelled: sizing.facilityPowerMW,
      ratio,
      verdict: verdict(ratio),
      reasoning: `${mw(claimedMW)} is ${pct(ratio)} of the ${mw(sizing.facilityPowerMW)} that ${count(sizing.accelerators)} accelerators draw at ${site.itPowerPerAcceleratorW} W each and PUE ${site.pue}`,
    });
  }
  return checks;
}

const money = (usd: number) => formatQuantity("money", usd);
const count = (n: number) => formatQuantity("count", n);
const mw = (m: number) => formatQuantity("power", m * 1e6);
const pct = (f: number) => formatQuantity("fraction", f);
