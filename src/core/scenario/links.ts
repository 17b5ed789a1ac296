import type { SiteLink } from "../distributed/index.js";
import type { LinkInput } from "../distributed/schema.js";
import type { AssumptionLog } from "../kernel/assumptions.js";

/** The scenario's links as the cross-site models read them; a link with no latency is logged as counting none. */
export function siteLinks(links: readonly LinkInput[], log: AssumptionLog): SiteLink[] {
  return links.map((l, i) => {
    if (l.latency === undefined) {
      log.choice(
        `links.${i}.latency`,
        0,
        "no latency given for this link: none counted (optimistic; fibre adds about 5 ms per 1,000 km)",
        "s",
      );
    }
    return {
      a: l.between[0],
      b: l.between[1],
      bandwidthBps: l.bandwidth,
      latencyS: l.latency ?? 0,
      ...(l.outagesPerYear === undefined ? {} : { outagesPerYear: l.outagesPerYear }),
      ...(l.outageDuration === undefined ? {} : { outageDurationS: l.outageDuration }),
    };
  });
}
