import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import { significant } from "../units/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { estimateTraining, type TrainingEstimate, type TrainingPool } from "./estimate.js";
import type { RunGoodput } from "./goodput.js";
import type { RunSize } from "./run-size.js";
import type { TrainingInput } from "./schema.js";

/**
 * Time, accelerator-hours and energy of the run: steady days stretched by its goodput (failures) and its all-in share
 * (evaluation, ramp-up, idle allocation); a given duration that would need an MFU above 100% is an error.
 */
export function runEstimate(
  w: TrainingInput,
  size: RunSize,
  pools: readonly TrainingPool[],
  run: RunGoodput,
  ctx: WorkloadContext,
): Outcome<TrainingEstimate> {
  const estimate = estimateTraining({
    trainingFLOP: size.flop,
    pools,
    goodput: run.goodput * run.allInShare,
    energyGoodput: w.goodput === undefined ? run.effectiveTrainingTime : undefined,
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
  return { ok: true, value: estimate };
}

/** The choices a run makes before it is estimated: power at the chip's TDP, the MFU model read at a median size. */
export function logRunChoices(w: TrainingInput, ctx: WorkloadContext): void {
  if (w.powerBoundary === "accelerator-tdp")
    ctx.log.input(ctx.scope.at("powerBoundary").name, "accelerator-tdp");
  if (!w.model && w.mfu === undefined) {
    ctx.log.choice(
      ctx.scope.at("modelSize").name,
      "catalog median",
      "no model size given: the MFU model is read at the geometric mean size of the published runs",
    );
  }
}
