import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import { type SizedSite, workloadSites } from "../sizing/sized-site.js";
import { significant } from "../units/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { estimateTraining } from "./estimate.js";
import { runGoodput } from "./goodput.js";
import { trainingPools } from "./pools.js";
import { mfuRanges, reliabilityFields, type TrainingResult, warningsOf } from "./result.js";
import { runSize } from "./run-size.js";
import type { TrainingInput } from "./schema.js";
import { simulateIfAsked } from "./simulate.js";
import { runFootprint } from "./site-footprint.js";
import { syncAcrossSites } from "./sync.js";

export type { TrainingResult } from "./result.js";

/**
 * A training run on its sites, step by step: its accelerators, compute and MFU per site, cross-site synchronisation,
 * failures and goodput, time and energy, an optional simulation, then footprint and cost per site.
 */
export function evaluateTraining(w: TrainingInput, ctx: WorkloadContext): Outcome<TrainingResult> {
  const { catalog, log } = ctx;
  const named = workloadSites(w.sites, ctx.sites, [...ctx.scope.path]);
  if (!named.ok) return named;
  const { ids: siteIds, used } = named.value;
  const counted = runAccelerators(w, used, ctx);
  if (!counted.ok) return counted;
  const accelerators = counted.value;

  const size = runSize(w, catalog, log);
  const synced = syncAcrossSites(
    w,
    siteIds,
    trainingPools(w, used, accelerators, size, catalog, log),
    size,
    ctx,
  );
  if (!synced.ok) return synced;
  const { sync, pools } = synced.value;
  if (w.powerBoundary === "accelerator-tdp") log.input(ctx.scope.at("powerBoundary").name, "accelerator-tdp");
  if (!w.model && w.mfu === undefined) {
    log.choice(
      ctx.scope.at("modelSize").name,
      "catalog median",
      "no model size given: the MFU model is read at the geometric mean size of the published runs",
    );
  }
  const run = runGoodput(w, used, pools, sync, ctx);
  if (!run.ok) return run;
  const estimate = estimateTraining({
    trainingFLOP: size.flop,
    pools,
    goodput: run.value.goodput,
    energyGoodput: w.goodput === undefined ? run.value.effectiveTrainingTime : undefined,
    givenDurationS: w.days,
    givenAcceleratorHours: w.acceleratorHours,
  });
  if (estimate.mfu > 1) {
    const given = w.days !== undefined ? "days" : "acceleratorHours";
    return fail(
      issue(
        "impossible_duration",
        ctx.scope.at(given).path,
        `the run's ${significant(size.flop, 3)} FLOP in the given ${given} would need an MFU of ${significant(estimate.mfu * 100, 3)}%, above 100% of the accelerators' peak (check the model size, tokens, accelerators and duration)`,
      ),
    );
  }
  const { reliability } = run.value;
  const simulated = simulateIfAsked(
    w,
    estimate,
    run.value,
    used.map((u) => u.resolved),
    ctx.options,
  );
  const warnings = warningsOf(reliability, simulated.simulation, simulated.warnings);
  return {
    ok: true,
    value: {
      kind: "training",
      sites: siteIds,
      trainingFLOP: size.flop,
      accelerators,
      idealDays: estimate.idealDays,
      days: estimate.days,
      acceleratorHours: estimate.acceleratorHours,
      mfu: estimate.mfu,
      goodput: run.value.goodput,
      effectiveTrainingTime: run.value.effectiveTrainingTime,
      ...(reliability ? reliabilityFields(reliability, estimate.days) : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(sync ? { sync } : {}),
      ...(simulated.simulation ? { simulation: simulated.simulation } : {}),
      energyMWh: estimate.energyMWh,
      itEnergyMWh: estimate.itEnergyMWh,
      ...runFootprint(used, pools, estimate, ctx.params),
      ...(w.mfu === undefined && w.days === undefined && w.acceleratorHours === undefined
        ? { ranges: mfuRanges(size.mfuModel.spread, estimate) }
        : {}),
    },
  };
}

/** The run's accelerators: as many as asked, or all of its sites'; never more than they have, never none. */
function runAccelerators(
  w: TrainingInput,
  used: readonly SizedSite[],
  ctx: WorkloadContext,
): Outcome<number> {
  const available = used.reduce((s, u) => s + u.sizing.accelerators, 0);
  const accelerators = w.accelerators ?? available;
  if (accelerators > available) {
    const message = `the run asks for ${accelerators} accelerators but its sites have ${available}`;
    return fail(issue("too_many_accelerators", ctx.scope.at("accelerators").path, message));
  }
  if (accelerators < 1)
    return fail(issue("no_accelerators", ctx.scope.at("sites").path, "the run's sites have no accelerators"));
  return { ok: true, value: accelerators };
}
