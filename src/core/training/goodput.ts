import type { RunSync } from "../distributed/plan-sync.js";
import type { Outcome } from "../kernel/outcome.js";
import type { RunReliability } from "../reliability/job-reliability.js";
import { linkOutages, outageGoodput, siteOutages } from "../reliability/outages.js";
import { runReliability } from "../reliability/run-reliability.js";
import type { SimulatedOutage } from "../simulation/index.js";
import type { SizedSite } from "../sizing/sized-site.js";
import type { WorkloadContext } from "../workload/kind.js";
import type { TrainingPool } from "./estimate.js";
import { mfuModelOf } from "./mfu-catalog.js";
import type { TrainingInput } from "./schema.js";

/** The share of wall-clock time a run makes progress, with the failure model and outages behind it. */
export interface RunGoodput {
  /**
   * Share of wall-clock time not lost to failures, restarts and outages (given, or modelled): what the Monte-Carlo
   * simulator draws and what PRODUCT.md calls the run's expected goodput.
   */
  readonly goodput: number;
  /**
   * Share of the time failures leave that is steady training (the rest: evaluation, ramp-up, stalls, idle
   * allocation); wall-clock days are steady days over goodput × allInShare. 1 when the goodput is given.
   */
  readonly allInShare: number;
  /** Share of wall-clock time not lost to failures and restarts alone (operators' "effective training time"). */
  readonly effectiveTrainingTime: number;
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
    const reliabilityPools = used.map((u, i) => ({
      site: u.resolved,
      accelerators: pools[i]?.accelerators ?? 0,
    }));
    // Reliability reads the workload, each site's input and accelerator entry, the pools' sizes and the log.
    const key = `reliability ${ctx.scope.name} ${independent} ${reliabilityPools
      .map((p) => `${p.site.spec.id}:${p.site.accelerator.id}:${p.accelerators}`)
      .join(" ")}`;
    const r = log.reuse(key, () =>
      runReliability(
        { checkpoint: w.checkpoint, parameters: w.model?.parameters },
        reliabilityPools,
        catalog,
        log,
        ctx.scope,
        independent,
      ),
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
  const failures = modelled ?? log.parameter("trainingGoodputDefault");
  const operational = operationalGoodput(ctx, w.goodput === undefined);
  const reference = ctx.catalog.parameters.trainingGoodputDefault.value;
  // The fitted all-in share already holds the failure losses of the fitted runs (up to 16k accelerators, about
  // Llama 3's 90%): the steady share of the time failures leave is the all-in share over the larger of this run's
  // failure goodput and that reference, so only failures beyond the reference lower the total further.
  const allInShare = w.goodput === undefined ? operational / Math.max(failures, reference) : 1;
  if (w.goodput !== undefined) log.input(ctx.scope.at("goodput").name, w.goodput);
  return {
    ok: true,
    value: {
      goodput: w.goodput ?? failures,
      allInShare,
      effectiveTrainingTime: failures,
      reliability,
      outages,
    },
  };
}

/**
 * Published all-in figures (accelerator-hours, wall-clock) run at a fitted share of their steady-state MFU: failures
 * and restarts, evaluation, ramp-up, instabilities, stalls and idle allocation together (decision record 0002).
 */
function operationalGoodput(ctx: WorkloadContext, logIt: boolean): number {
  const operational = mfuModelOf(ctx.catalog).allInShare;
  if (logIt)
    ctx.log.choice(
      ctx.scope.at("allInShare").name,
      operational,
      "published all-in MFU over steady-state MFU (median of the fitted runs): failures, restarts, evaluation, ramp-up, instabilities and idle allocation of runs up to 16k accelerators; failures beyond trainingGoodputDefault (Llama 3 at 16k) lower it further",
      "fraction",
    );
  return operational;
}
