import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import { type SizedSite, workloadSites } from "../sizing/sized-site.js";
import { significant } from "../units/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { capacityOf, dayShape } from "./capacity.js";
import { servingCosts } from "./costs.js";
import { simulatedDayOf } from "./day-simulation.js";
import { loadOf, usageOf } from "./load.js";
import { operatorCapacity } from "./operator-capacity.js";
import { replicaSetup } from "./replica.js";
import type { ServingResult } from "./result.js";
import { scheduledWork } from "./scheduled-work.js";
import type { ServingInput } from "./schema.js";

const NO_FIGURES = "the catalog has no servingFigures (data/serving.yaml)";

/**
 * Capacity, footprint and cost of serving a model on its sites, step by step: a replica on the first site's hardware,
 * the users' use, scheduled work, the day's load, capacity at the peak, an optional simulated day, costs per request
 * and per user, and when the operator's sites reach the power the peak needs.
 */
export function evaluateServing(w: ServingInput, ctx: WorkloadContext): Outcome<ServingResult> {
  const f = ctx.catalog.servingFigures;
  if (!f) return fail(issue("missing_serving_figures", ctx.scope.path, NO_FIGURES));
  const named = workloadSites(w.sites, ctx.sites, [...ctx.scope.path]);
  if (!named.ok) return named;
  const { ids: siteIds, used } = named.value;
  const first = used[0] as SizedSite;
  const setup = replicaSetup(w, first.resolved.accelerator, f, ctx.log, [...ctx.scope.path]);
  if (!setup.ok) return setup;
  const { cost, perReplica } = setup.value;
  const usage = usageOf(w, f, ctx);
  const work = scheduledWork(w, setup.value, f, ctx);
  if (!work.ok) return work;
  const load = loadOf(w, usage, setup.value, work.value, ctx);
  const available = used.reduce((s, u) => s + u.sizing.accelerators, 0);
  const { acceleratorsNeeded, usersServable } = capacityOf(w.users, load, perReplica, available);
  const daySimulation = simulatedDayOf(w, usage, setup.value, work.value, acceleratorsNeeded, ctx.options);
  const { briefingWh, tiers, ...costs } = servingCosts(
    w,
    first,
    setup.value,
    f,
    usage,
    work.value,
    load,
    ctx,
  );
  const spec = first.resolved.spec;
  const neededMW = (acceleratorsNeeded * spec.itPowerPerAcceleratorW * spec.pue) / 1e6;
  const operator = operatorCapacity(w.operator, neededMW, ctx.catalog, ctx.scope.path);
  if (!operator.ok) return operator;
  const warnings = [
    ...shortfall(acceleratorsNeeded, available, usersServable, w.users),
    ...operator.value.warnings,
  ];
  const { briefing, briefed } = work.value;
  const busySeconds = load.meanBusy * 86400;
  return {
    ok: true,
    value: {
      kind: "serving",
      sites: siteIds,
      users: w.users,
      requestsPerDay: usage.requestsPerDay,
      acceleratorsNeeded,
      acceleratorsAvailable: available,
      acceleratorsPerReplica: perReplica,
      neededMW,
      ...operator.value.fields,
      ...(daySimulation ? { daySimulation } : {}),
      usersServable,
      acceleratorHoursPerDay: busySeconds / 3600,
      decodeTokensPerSPerAccelerator: cost.decode.tokensPerSPerAccelerator,
      decodeBatch: cost.decode.batch,
      latencyMsPerToken: cost.decode.stepS * 1000,
      prefillTokensPerSPerAccelerator: cost.prefillTokensPerSPerAccelerator,
      prefillTokensPerSPerAcceleratorWithCacheHits: cost.prefillTokensPerSPerAcceleratorWithHits,
      acceleratorSecondsPerRequest: cost.acceleratorSeconds,
      outputTokensPerSPerAccelerator: cost.outputTokensPerSPerAccelerator,
      ...costs,
      ...dayShape(load.curve, perReplica, acceleratorsNeeded),
      ...(w.batch ? { batchAcceleratorHoursPerDay: work.value.batchSeconds / 3600 } : {}),
      ...(briefing
        ? {
            briefingsPerDay: briefing.perUser * w.users * briefed,
            acceleratorSecondsPerBriefing: briefing.seconds / briefing.perUser,
            energyWhPerBriefing: briefingWh / briefing.perUser,
            briefingShareOfWork: (briefing.seconds * w.users * briefed) / busySeconds,
          }
        : {}),
      ...(tiers ? { tiers } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
    },
  };
}

/** A warning when the sites have fewer accelerators than the peak needs, with the users they do serve. */
function shortfall(needed: number, available: number, servable: number, users: number): string[] {
  if (needed <= available) return [];
  return [
    `needs ${significant(needed, 3)} accelerators at peak; the sites have ${significant(available, 3)}: they serve ${significant(servable, 3)} of the ${significant(users, 3)} users`,
  ];
}
