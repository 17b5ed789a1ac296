import type { AssumptionLog } from "../assumptions.js";
import type { SimulatedOutage } from "../simulation/index.js";
import { YEAR_S } from "../units/index.js";
import type { ResolvedSite } from "./resolve-site.js";

/** Used when a site gives outages without their duration: a utility interruption plus the site's recovery. */
const DEFAULT_OUTAGE_S = 4 * 3600;

/** Whole-site outages a scenario declares (none unless a site's `reliability.outagesPerYear` is given). */
export function siteOutages(sites: readonly ResolvedSite[], log: AssumptionLog): SimulatedOutage[] {
  return sites.flatMap((s) => {
    const r = s.input.reliability;
    if (!r?.outagesPerYear) return [];
    if (r.outageDuration === undefined) {
      log.choice(
        `sites.${s.spec.id}.reliability.outageDuration`,
        DEFAULT_OUTAGE_S / 3600,
        "no outage duration given: four hours, a utility interruption plus the site's own recovery; set outageDuration",
        "h",
      );
    }
    return [
      {
        siteId: s.spec.id,
        perS: r.outagesPerYear / YEAR_S,
        meanDurationS: r.outageDuration ?? DEFAULT_OUTAGE_S,
      },
    ];
  });
}
