import type { AssumptionLog } from "../kernel/assumptions.js";
import { type Issue, issue } from "../kernel/issues.js";
import type { TrainingPool } from "../training/index.js";
import { crossSiteNetwork, type SiteLink } from "./network.js";
import type { SyncInput } from "./schema.js";
import { STRATEGIES, type SyncOutcome } from "./strategies.js";

/** The synchronisation of a run across its sites, as its result reports it. */
export interface RunSync extends SyncOutcome {
  readonly topology: "single-site" | "ring" | "tree";
  readonly crossSiteBandwidthBps: number;
  readonly stepComputeS: number;
  readonly innerSteps: number;
}

const BITS = { none: 16, int8: 8, "4-bit": 4 } as const;

/**
 * How much of the run's time its accelerators spend computing once the sites must keep in step, by the workload's
 * strategy (synchronous hierarchical all-reduce unless told), over the scenario's links.
 */
export function runSync(
  s: SyncInput | undefined,
  siteIds: readonly string[],
  pools: readonly TrainingPool[],
  links: readonly SiteLink[],
  parameters: { readonly total: number; readonly active: number },
  log: AssumptionLog,
  path: readonly (string | number)[],
): { ok: true; value: RunSync } | { ok: false; issues: Issue[] } {
  const at = path.join(".");
  const network = crossSiteNetwork(siteIds, links);
  if (!network) {
    const linked = new Set(links.flatMap((l) => [l.a, l.b]));
    const alone = siteIds.filter((id) => !linked.has(id));
    return {
      ok: false,
      issues: [
        issue(
          "sites_not_connected",
          [...path, "sites"],
          `the run's sites are not all connected by links${alone.length > 0 ? ` (no link reaches ${alone.join(", ")})` : ""}: add them to \`links\``,
        ),
      ],
    };
  }
  const strategy = STRATEGIES[s?.strategy ?? "sync-hierarchical"];
  if (!s)
    log.choice(
      `${at}.sync.strategy`,
      strategy.id,
      "several sites and no strategy named: synchronous data parallelism with a hierarchical all-reduce",
    );
  const settings = {
    innerSteps: s?.innerSteps ?? 100,
    bits: BITS[s?.compression ?? "none"],
    fragments: s?.fragments ?? 4,
    overlapSteps: s?.overlapSteps ?? 1,
  };
  if (strategy.id === "diloco" || strategy.id === "streaming-diloco") {
    if (s?.innerSteps === undefined)
      log.choice(`${at}.sync.innerSteps`, 100, "DiLoCo inner steps not given: 100, as INTELLECT-1 used");
  }
  if (strategy.id === "streaming-diloco") {
    if (s?.fragments === undefined)
      log.choice(`${at}.sync.fragments`, 4, "Streaming DiLoCo fragments not given: 4");
    if (s?.overlapSteps === undefined)
      log.choice(`${at}.sync.overlapSteps`, 1, "Streaming DiLoCo overlap not given: one inner step");
  }
  const accelerators = pools.reduce((sum, p) => sum + p.accelerators, 0);
  const batch = s?.globalBatch ?? log.parameter("batchTokensPerAccelerator") * accelerators;
  const flopPerStep = log.parameter("trainingFlopsPerParameterToken") * parameters.active * batch;
  const rate = pools.reduce((sum, p) => sum + p.accelerators * p.peakFlopsPerAccelerator * p.mfu, 0);
  const stepComputeS = flopPerStep / rate;
  // Every data-parallel replica holds the whole model, so the gradient covers all parameters, experts included.
  const outcome = strategy.evaluate(
    { gradientBytes: 2 * parameters.total, stepComputeS, accelerators, network },
    settings,
  );
  return {
    ok: true,
    value: {
      ...outcome,
      topology: network.topology,
      crossSiteBandwidthBps: network.bottleneckBps,
      stepComputeS,
      innerSteps: settings.innerSteps,
    },
  };
}
