import type { RunSync } from "../distributed/plan-sync.js";
import type { Outcome } from "../kernel/outcome.js";
import type { RunReliability } from "../reliability/job-reliability.js";
import { linkOutages, outageGoodput, siteOutages } from "../reliability/outages.js";
import { runReliability } from "../reliability/run-reliability.js";
import type { SimulatedOutage } from "../simulation/index.js";
import type { SizedSite } from "../sizing/sized-site.js";
import type { WorkloadContext } from "../workload/kind.js";
import type { TrainingPool } from "./estimate.js";
import type { TrainingInput } from "./schema.js";

/** The share of wall-clock time a run makes progress, with the failure model and outages behind it. */
export interface RunGoodput {
  readonly goodput: number;
  readonly reliability: RunReliability | undefined;
  readonly outages: readonly SimulatedOutage[];
}

/**
 * Interruptions and goodput from failure rates and checkpointing (when the checkpoint can be sized), then whole-site
 * outages and, for a job that cannot go on without a link, link cuts; a given goodput overrides the model.
 */
export function runGoodput(
  w: TrainingInput,
  used: readonly SizedSite[],
  pools: readonly TrainingPool[],
  sync: RunSync | undefined,
  ctx: WorkloadContext,
): Outcome<RunGoodput> {
  const { catalog, log } = ctx;
  const independent = sync?.siteFailure === "others-continue";
  let reliability: RunReliability | undefined;
  if (
    catalog.failureClasses.all.length > 0 &&
    (w.model !== undefined || w.checkpoint?.writeTime !== undefined)
  ) {
    const r = runReliability(
      { checkpoint: w.checkpoint, parameters: w.model?.parameters },
      used.map((u, i) => ({ site: u.resolved, accelerators: pools[i]?.accelerators ?? 0 })),
      catalog,
      log,
      ctx.scope,
      independent,
    );
    if (!r.ok) return r;
    reliability = r.value;
  }
  const sites = used.map((u) => u.resolved);
  const outages = [
    ...siteOutages(sites, log),
    ...(independent
      ? []
      : linkOutages(
          sites.map((s) => s.spec.id),
          ctx.links,
          log,
        )),
  ];
  let modelled: number | undefined;
  if (reliability) {
    modelled = reliability.perSite
      ? reliability.perSite.reduce((sum, r, i) => {
          const own = outages.filter((o) => o.siteId === sites[i]?.spec.id);
          return sum + r.share * r.goodput * outageGoodput(own, r.restartS, r.intervalS);
        }, 0)
      : reliability.goodput * outageGoodput(outages, reliability.restartS, reliability.intervalS);
  }
  const goodput = w.goodput ?? modelled ?? log.parameter("trainingGoodputDefault");
  if (w.goodput !== undefined) log.input(ctx.scope.at("goodput").name, w.goodput);
  return { ok: true, value: { goodput, reliability, outages } };
}
