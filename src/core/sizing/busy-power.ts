import type { Accelerator } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";

/**
 * Share of its all-in IT power an accelerator draws while busy. An all-in figure built from a rating is derated by the
 * measured draw of busy servers (parameters.trainingPowerFraction, 0.77); one built from a measured draw (TPU v4's,
 * from Google's measured maximum) carries its own fraction, so it is not derated twice (issue 11).
 */
export function busyPowerFraction(log: AssumptionLog, accelerator: Accelerator): number {
  const own = accelerator.busyPowerFraction;
  if (own === undefined) return log.parameter("trainingPowerFraction");
  return log.cited(catalogName("accelerators", accelerator, "busyPowerFraction"), own, "fraction");
}
