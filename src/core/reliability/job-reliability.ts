import type { AssumptionLog } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import type { Scope } from "../kernel/scope.js";
import { significant } from "../units/index.js";
import { optimalCheckpointIntervalS, plannedGoodput, unplannedGoodput } from "./checkpointing.js";
import { interruptionRates, type ReliabilityPool } from "./rates.js";
import { defaultRecovery, fastRestartS } from "./recovery.js";
import type { CheckpointInput } from "./schema.js";

/** What a job's reliability reads of its workload: its checkpoint block and its model's size. */
export interface JobInput {
  readonly checkpoint: CheckpointInput | undefined;
  /** Total parameters, which size a checkpoint; unknown when only the training FLOP is given. */
  readonly parameters: number | undefined;
}

/** Interruptions and checkpointing of a training run, as the run's result reports them. */
export interface RunReliability {
  /** Expected share of wall-clock time that makes progress (unplanned failures and planned maintenance). */
  readonly goodput: number;
  /** What a reader must know about the result (a job that mostly restarts). */
  readonly warnings: readonly string[];
  /** Expected interruptions per day of wall-clock time, all classes, and by class. */
  readonly interruptionsPerDay: number;
  readonly unexpectedInterruptionsPerDay: number;
  readonly interruptionsPerDayByClass: Readonly<Record<string, number>>;
  /** Mean time between unexpected interruptions of the whole job. */
  readonly mtbfHours: number;
  readonly checkpointWriteSeconds: number;
  readonly checkpointIntervalMinutes: number;
  readonly restartMinutes: number;
  /** The job's interruption classes with their rates, for the simulator. */
  readonly classes: readonly { readonly id: string; readonly perS: number; readonly planned: boolean }[];
  readonly intervalS: number;
  readonly writeS: number;
  readonly restartS: number;
  /** Sites that fail independently (DiLoCo): each one's own figures and its share of the run's accelerators. */
  readonly perSite?: readonly (RunReliability & { readonly share: number })[];
}

/** Interruptions and goodput of one synchronous job made of `pools` (any failure stops all of them). */
export function jobReliability(
  w: JobInput,
  reliabilityPools: readonly ReliabilityPool[],
  log: AssumptionLog,
  scope: Scope,
): Outcome<RunReliability> {
  const rates = interruptionRates(reliabilityPools);
  const accelerators = reliabilityPools.reduce((s, p) => s + p.accelerators, 0);
  const mtbfS = rates.unplannedPerHour > 0 ? 3600 / rates.unplannedPerHour : Number.POSITIVE_INFINITY;
  const year = Math.min(...reliabilityPools.map((p) => p.hardwareYear ?? 2020));
  const mechanism =
    w.checkpoint?.recovery ??
    defaultRecovery(accelerators, year, log, scope.at("checkpoint", "recovery").name);
  const times =
    mechanism === "fast-recovery"
      ? fastRecoveryTimes(w, accelerators, log)
      : checkpointTimes(w, accelerators, mtbfS, log, scope);
  if (!times.ok) return times;
  const { writeS, restartS, intervalS } = times.value;
  const goodput =
    unplannedGoodput(intervalS, writeS, restartS, mtbfS) *
    plannedGoodput(rates.plannedPerHour / 3600, writeS, restartS);
  const every = () =>
    `an interruption every ${significant(mtbfS / 60, 3)} min and ${significant(restartS / 60, 3)} min to restart`;
  if (!(goodput > 1e-9)) {
    return {
      ok: false,
      issues: [
        issue("no_progress", [...scope.path], `with ${every()}, the run would make no progress at all`),
      ],
    };
  }
  // A sensitivity pass is read for its numbers only: the warning's text would be thrown away.
  const warnings =
    goodput < 0.5 && !log.inPass
      ? [
          `with ${every()}, the job makes progress only ${significant(goodput * 100, 2)}% of the time: it needs fewer accelerators per synchronous job, faster restarts, or sites that carry on without each other (diloco)`,
        ]
      : [];
  const perDayByClass: Record<string, number> = {};
  for (const id in rates.perHourByClass) perDayByClass[id] = (rates.perHourByClass[id] as number) * 24;
  return {
    ok: true,
    value: {
      goodput,
      warnings,
      interruptionsPerDay: (rates.unplannedPerHour + rates.plannedPerHour) * 24,
      unexpectedInterruptionsPerDay: rates.unplannedPerHour * 24,
      interruptionsPerDayByClass: perDayByClass,
      mtbfHours: mtbfS / 3600,
      checkpointWriteSeconds: writeS,
      checkpointIntervalMinutes: intervalS / 60,
      restartMinutes: restartS / 60,
      classes: (reliabilityPools[0]?.rates ?? []).map((r) => ({
        id: r.id,
        perS: (rates.perHourByClass[r.id] ?? 0) / 3600,
        planned: r.planned,
      })),
      intervalS,
      writeS,
      restartS,
    },
  };
}

/** Step of a large job between in-memory checkpoints, s: a failure loses about half of one. */
const FAST_RECOVERY_STEP_S = 10;

/**
 * In-memory or peer checkpoints every step (their overhead a share of the step) and a restart with hot spares whose
 * time grows slowly with the job's size (data/parameters.yaml fastRecovery*).
 */
function fastRecoveryTimes(
  w: JobInput,
  accelerators: number,
  log: AssumptionLog,
): Outcome<{ readonly writeS: number; readonly restartS: number; readonly intervalS: number }> {
  const writeS = FAST_RECOVERY_STEP_S * log.parameter("fastRecoveryCheckpointOverhead");
  const restartS = w.checkpoint?.restart ?? fastRestartS(accelerators, log);
  return { ok: true, value: { writeS, restartS, intervalS: FAST_RECOVERY_STEP_S } };
}

/**
 * Time to write a checkpoint (given, or the model's bytes over the job's write bandwidth), time to restart, and the
 * interval between checkpoints (Daly's optimum unless given; never shorter than a write).
 */
function checkpointTimes(
  w: JobInput,
  accelerators: number,
  mtbfS: number,
  log: AssumptionLog,
  scope: Scope,
): Outcome<{ readonly writeS: number; readonly restartS: number; readonly intervalS: number }> {
  const cp = w.checkpoint;
  let writeS: number;
  if (cp?.writeTime !== undefined) writeS = cp.writeTime;
  else {
    const bytes = (w.parameters ?? 0) * log.parameter("checkpointBytesPerParameter");
    const bytesPerS =
      cp?.writeBandwidth !== undefined
        ? cp.writeBandwidth / 8
        : accelerators * log.parameter("checkpointWriteGBPerSecondPerAccelerator") * 1e9;
    writeS = bytes / bytesPerS;
  }
  const restartS = cp?.restart ?? log.parameter("restartMinutes") * 60;
  if (cp?.interval === undefined || cp.interval === "optimal") {
    log.choice(
      scope.at("checkpoint", "interval").name,
      "optimal",
      "Daly 2006's optimum interval between checkpoints for the job's mean time between failures",
    );
    return { ok: true, value: { writeS, restartS, intervalS: optimalCheckpointIntervalS(writeS, mtbfS) } };
  }
  if (cp.interval < writeS) {
    return fail(
      issue(
        "checkpoint_interval_too_short",
        scope.at("checkpoint", "interval").path,
        `a checkpoint every ${significant(cp.interval, 3)} s is shorter than the ${significant(writeS, 3)} s it takes to write one`,
      ),
    );
  }
  return { ok: true, value: { writeS, restartS, intervalS: cp.interval } };
}
