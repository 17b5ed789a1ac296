import type { AssumptionLog } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { Scope } from "../kernel/scope.js";
import { crossSiteNetwork, type SiteLink } from "./network.js";
import type { SyncInput } from "./schema.js";
import { type SettingDefault, STRATEGIES, type SyncOutcome, UNREAD_SETTINGS } from "./strategies.js";

/** The synchronisation of a run across its sites, as its result reports it. */
export interface RunSync extends SyncOutcome {
  readonly topology: "single-site" | "ring" | "tree";
  readonly crossSiteBandwidthBps: number;
  readonly stepComputeS: number;
  readonly innerSteps: number;
}

const BITS = { none: 16, int8: 8, "4-bit": 4 } as const;

/** What synchronisation reads of each site's share of a run: its accelerators and their achieved FLOP rate. */
export interface SyncPool {
  readonly accelerators: number;
  readonly peakFlopsPerAccelerator: number;
  readonly mfu: number;
}

/**
 * How much of the run's time its accelerators spend computing once the sites must keep in step, by the workload's
 * strategy (synchronous hierarchical all-reduce unless told), over the scenario's links.
 */
export function runSync(
  s: SyncInput | undefined,
  siteIds: readonly string[],
  pools: readonly SyncPool[],
  links: readonly SiteLink[],
  parameters: { readonly total: number; readonly active: number },
  log: AssumptionLog,
  scope: Scope,
): Outcome<RunSync> {
  const at = scope.name;
  const network = crossSiteNetwork(siteIds, links);
  if (!network) {
    const linked = new Set(links.flatMap((l) => [l.a, l.b]));
    const alone = siteIds.filter((id) => !linked.has(id));
    return {
      ok: false,
      issues: [
        issue(
          "sites_not_connected",
          scope.at("sites").path,
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
  // The strategy's own defaults for what it reads, logged; what it does not read keeps a reported neutral value.
  const given = { innerSteps: s?.innerSteps, fragments: s?.fragments, overlapSteps: s?.overlapSteps };
  const chosen: Record<SettingDefault["setting"], number> = { ...UNREAD_SETTINGS };
  for (const d of strategy.reads) {
    const value = given[d.setting];
    if (value === undefined) log.choice(`${at}.sync.${d.setting}`, d.value, d.reasoning);
    chosen[d.setting] = value ?? d.value;
  }
  for (const key of Object.keys(given) as SettingDefault["setting"][])
    chosen[key] = given[key] ?? chosen[key];
  const settings = { ...chosen, bits: BITS[s?.compression ?? "none"] };
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
