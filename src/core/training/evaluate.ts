import type { Outcome } from "../kernel/outcome.js";
import { workloadSites } from "../sizing/sized-site.js";
import type { WorkloadContext } from "../workload/kind.js";
import { runGoodput } from "./goodput.js";
import { trainingPools } from "./pools.js";
import { mfuRanges, reliabilityFields, type TrainingResult, warningsOf } from "./result.js";
import { runAccelerators } from "./run-accelerators.js";
import { logRunChoices, runEstimate } from "./run-estimate.js";
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

  const size = runSize(w, catalog, log, ctx.scope.at("mfuResidual").name);
  const pooled = trainingPools(w, used, accelerators, size, catalog, log);
  const synced = syncAcrossSites(w, siteIds, pooled, size, ctx);
  if (!synced.ok) return synced;
  const { sync, pools } = synced.value;
  logRunChoices(w, ctx);
  const run = runGoodput(w, used, pools, sync, ctx);
  if (!run.ok) return run;
  const estimated = runEstimate(w, size, pools, run.value, ctx);
  if (!estimated.ok) return estimated;
  const estimate = estimated.value;
  const { reliability } = run.value;
  const sites = used.map((u) => u.resolved);
  const simulated = simulateIfAsked(w, estimate, run.value, sites, ctx.options);
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
