import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import type { SizedSite } from "../sizing/sized-site.js";
import type { WorkloadContext } from "../workload/kind.js";
import type { TrainingInput } from "./schema.js";

/** The run's accelerators: as many as asked, or all of its sites'; never more than they have, never none. */
export function runAccelerators(
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
