import type { AssumptionLog } from "../kernel/assumptions.js";

/** How a job recovers from a failure (decision record 0003). */
export type RecoveryMechanism = "full-restart" | "fast-recovery";

/** First hardware year whose large jobs default to fast recovery: the H100 generation (first shipped 2022-09). */
const FAST_RECOVERY_FROM_YEAR = 2022;

/**
 * The default mechanism: jobs from `fastRecoveryFromAccelerators` up on hardware from the H100 generation (2022) on
 * recover from in-memory checkpoints with hot spares, as operators of such jobs report (ByteDance's ByteRobust on
 * 9,600 H100: every-step in-memory checkpoints and warm standbys, 97% effective training time over three months);
 * smaller or older jobs restart from storage.
 */
export function defaultRecovery(
  accelerators: number,
  hardwareYear: number,
  log: AssumptionLog,
  name: string,
): RecoveryMechanism {
  const from = log.parameter("fastRecoveryFromAccelerators");
  const mechanism =
    accelerators >= from && hardwareYear >= FAST_RECOVERY_FROM_YEAR ? "fast-recovery" : "full-restart";
  log.choice(
    name,
    mechanism,
    `from ${from} accelerators on hardware of ${FAST_RECOVERY_FROM_YEAR} or later (H100 on), jobs recover from in-memory checkpoints with hot spares; smaller or older jobs restart from storage`,
  );
  return mechanism;
}

/**
 * Fast-recovery restart time at a job's size: log-linear between the published points at 1k, 10k and 100k
 * accelerators, held at the end points outside them.
 */
export function fastRestartS(accelerators: number, log: AssumptionLog): number {
  const points: [number, number][] = [
    [3, log.parameter("fastRecoveryRestartMinutesAt1k")],
    [4, log.parameter("fastRecoveryRestartMinutesAt10k")],
    [5, log.parameter("fastRecoveryRestartMinutesAt100k")],
  ];
  const x = Math.min(5, Math.max(3, Math.log10(Math.max(1, accelerators))));
  const i = x >= 4 ? 1 : 0;
  const [x0, y0] = points[i] as [number, number];
  const [x1, y1] = points[i + 1] as [number, number];
  return (y0 + ((y1 - y0) * (x - x0)) / (x1 - x0)) * 60;
}
