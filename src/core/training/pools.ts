import type { Catalog } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import { busyPowerFraction } from "../sizing/busy-power.js";
import type { SizedSite } from "../sizing/sized-site.js";
import type { TrainingPool } from "./estimate.js";
import { flopsPerByte } from "./mfu-catalog.js";
import type { RunSize } from "./run-size.js";
import type { TrainingInput } from "./schema.js";

/** Splits `total` in proportion to `weights` into whole numbers that sum to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/**
 * One pool per site: its share of the run's accelerators (in proportion to what each site has), the MFU the model
 * predicts for the whole run on that site's hardware (unless given), and its power at the chosen boundary.
 */
export function trainingPools(
  w: TrainingInput,
  used: readonly SizedSite[],
  accelerators: number,
  size: RunSize,
  catalog: Catalog,
  log: AssumptionLog,
): TrainingPool[] {
  const shares = apportion(
    accelerators,
    used.map((u) => u.sizing.accelerators),
  );
  return used.map((u, i) => {
    const spec = u.resolved.spec;
    const mfu =
      w.mfu ??
      size.mfuModel.predict({
        accelerators,
        activeParameters: size.activeParameters,
        parameters: size.totalParameters,
        flopsPerByte: flopsPerByte(catalog, spec.acceleratorId),
      }) * size.mfuResidual;
    const powerPerAcceleratorW =
      w.powerPerAccelerator ??
      (w.powerBoundary === "accelerator-tdp"
        ? log.cited(
            catalogName("accelerators", u.resolved.accelerator, "tdpW"),
            u.resolved.accelerator.tdpW,
            "W",
          )
        : spec.itPowerPerAcceleratorW * busyPowerFraction(log, u.resolved.accelerator));
    return {
      siteId: spec.id,
      accelerators: shares[i] ?? 0,
      peakFlopsPerAccelerator: spec.bf16DenseTFLOPS * 1e12,
      mfu,
      powerPerAcceleratorW,
      pue: spec.pue,
    };
  });
}
