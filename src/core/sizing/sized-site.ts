import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { ResolvedSite } from "./resolve-site.js";
import type { SiteSizing } from "./size-site.js";

export interface SizedSite {
  readonly resolved: ResolvedSite;
  readonly sizing: SiteSizing;
}

/** The sites a workload names (every site when it names none), or one issue per unknown site. */
export function workloadSites(
  names: readonly string[] | undefined,
  sites: ReadonlyMap<string, SizedSite>,
  path: readonly (string | number)[],
): Outcome<{ readonly ids: readonly string[]; readonly used: readonly SizedSite[] }> {
  const ids = names ?? [...sites.keys()];
  const missing = ids.filter((id) => !sites.has(id));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((id) =>
        issue(
          "unknown_site",
          [...path, "sites"],
          `unknown site '${id}' (the scenario's sites: ${[...sites.keys()].join(", ")})`,
          [...sites.keys()],
        ),
      ),
    };
  }
  return { ok: true, value: { ids, used: ids.map((id) => sites.get(id) as SizedSite) } };
}
