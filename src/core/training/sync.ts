import { type RunSync, runSync } from "../distributed/plan-sync.js";
import type { Outcome } from "../kernel/outcome.js";
import type { WorkloadContext } from "../workload/kind.js";
import type { TrainingPool } from "./estimate.js";
import type { RunSize } from "./run-size.js";
import type { TrainingInput } from "./schema.js";

/**
 * A run over several sites must keep them in step: its accelerators then compute only part of the time, so each
 * pool's MFU is scaled by the strategy's utilisation. One site needs no cross-site synchronisation.
 */
export function syncAcrossSites(
  w: TrainingInput,
  siteIds: readonly string[],
  pools: readonly TrainingPool[],
  size: RunSize,
  ctx: WorkloadContext,
): Outcome<{ readonly sync: RunSync | undefined; readonly pools: readonly TrainingPool[] }> {
  if (siteIds.length <= 1) {
    if (w.sync)
      ctx.log.choice(
        ctx.scope.at("sync").name,
        "none",
        "the run uses one site: nothing crosses a long-haul link",
      );
    return { ok: true, value: { sync: undefined, pools } };
  }
  const r = runSync(
    w.sync,
    siteIds,
    pools,
    ctx.links,
    { total: size.totalParameters, active: size.activeParameters },
    ctx.log,
    ctx.scope,
  );
  if (!r.ok) return r;
  const utilisation = r.value.utilisation;
  return {
    ok: true,
    value: { sync: r.value, pools: pools.map((p) => ({ ...p, mfu: p.mfu * utilisation })) },
  };
}
