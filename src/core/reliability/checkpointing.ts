/**
 * Checkpoint/restart under random failures: Daly, "A higher order estimate of the optimum checkpoint interval for
 * restart dumps", Future Generation Computer Systems 22(3), 2006. Failures arrive as a Poisson process with mean time
 * between failures M; a checkpoint takes δ to write; a restart takes R; τ is the compute time between checkpoints.
 */

/** Daly's optimum compute time between checkpoints (his eq. 37); M when δ ≥ 2M, where checkpointing cannot help. */
export function optimalCheckpointIntervalS(writeS: number, mtbfS: number): number {
  if (!Number.isFinite(mtbfS)) return Number.POSITIVE_INFINITY;
  if (writeS >= 2 * mtbfS) return mtbfS;
  const r = Math.sqrt(writeS / (2 * mtbfS));
  return Math.sqrt(2 * writeS * mtbfS) * (1 + r / 3 + (r * r) / 9) - writeS;
}

/**
 * Share of wall-clock time that makes progress: compute time over expected wall time, Daly's eq. 13
 * (T_wall = M·e^{R/M}·(e^{(τ+δ)/M} − 1)·T_compute/τ). With no failures it is τ / (τ + δ).
 */
export function unplannedGoodput(intervalS: number, writeS: number, restartS: number, mtbfS: number): number {
  if (!Number.isFinite(mtbfS)) return Number.isFinite(intervalS) ? intervalS / (intervalS + writeS) : 1;
  const wallPerCompute =
    (mtbfS * Math.exp(restartS / mtbfS) * Math.expm1((intervalS + writeS) / mtbfS)) / intervalS;
  return 1 / wallPerCompute;
}

/**
 * Planned interruptions (maintenance) are announced: the job checkpoints just before and loses the write and the
 * restart, not work. Each adds δ + R of wall time per interruption.
 */
export function plannedGoodput(plannedPerS: number, writeS: number, restartS: number): number {
  return 1 / (1 + plannedPerS * (writeS + restartS));
}
