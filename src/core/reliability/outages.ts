import type { SiteLink } from "../distributed/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import type { SimulatedOutage } from "../simulation/index.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";
import { YEAR_S } from "../units/index.js";

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

/**
 * Cuts of the long-haul links among a run's sites. A synchronous job stops while one lasts (its all-reduce cannot
 * complete); sites under DiLoCo keep training on their own and rejoin, so cuts cost them no compute (an assumption:
 * the outer step proceeds with the sites it can reach).
 */
export function linkOutages(
  siteIds: readonly string[],
  links: readonly SiteLink[],
  log: AssumptionLog,
): SimulatedOutage[] {
  const inJob = new Set(siteIds);
  return links
    .filter((l) => inJob.has(l.a) && inJob.has(l.b) && (l.outagesPerYear ?? 0) > 0)
    .map((l) => {
      if (l.outageDurationS === undefined) {
        log.choice(
          `links.${l.a}-${l.b}.outageDuration`,
          DEFAULT_OUTAGE_S / 3600,
          "no cut duration given: four hours; set outageDuration",
          "h",
        );
      }
      return {
        siteId: `link ${l.a}-${l.b}`,
        perS: (l.outagesPerYear ?? 0) / YEAR_S,
        meanDurationS: l.outageDurationS ?? DEFAULT_OUTAGE_S,
      };
    });
}

/**
 * The expected share of time outages leave for work: each costs its duration, a restart and on average half a
 * checkpoint interval of lost work (a first-order estimate; the simulator counts them exactly).
 */
export function outageGoodput(
  outages: readonly SimulatedOutage[],
  restartS: number,
  intervalS: number,
): number {
  const lost = outages.reduce((s, o) => s + o.perS * (o.meanDurationS + restartS + intervalS / 2), 0);
  return 1 / (1 + lost);
}
