import type { ServingFigures } from "../catalog/index.js";
import { issue } from "../kernel/issues.js";
import { fail, type Outcome, ok } from "../kernel/outcome.js";
import type { WorkloadContext } from "../workload/kind.js";
import { briefingAudience } from "./briefing-audience.js";
import { figure, offlineCallCost, type ReplicaSetup } from "./replica.js";
import type { ServingInput } from "./schema.js";

/** Briefings of a day: how many per user, accelerator-seconds per user, and the local window they must fit. */
export interface Briefings {
  readonly perUser: number;
  readonly seconds: number;
  readonly start: number;
  readonly deadline: number;
}

/** Work no one waits on: briefings for the share of users who get them, and batch jobs, in accelerator-seconds. */
export interface ScheduledWork {
  readonly briefing: Briefings | undefined;
  /** Share of the workload's users who get briefings (all, or the named tiers'). */
  readonly briefed: number;
  readonly batchSeconds: number;
}

/**
 * Briefings and batch jobs are not interactive: decoded at the largest batch memory allows, in a window before a
 * deadline (briefings in each user's local night by default, batch over the UTC day unless given).
 */
export function scheduledWork(
  w: ServingInput,
  setup: ReplicaSetup,
  f: ServingFigures,
  ctx: WorkloadContext,
): Outcome<ScheduledWork> {
  const audience = briefingAudience(w, ctx.scope.path);
  if (!audience.ok) return audience;
  const b = briefings(w, setup, f, ctx);
  if (!b.ok) return b;
  let batchSeconds = 0;
  if (w.batch) {
    const { model, hw, eff } = setup;
    const call = offlineCallCost(
      model,
      hw,
      eff,
      w.batch.inputTokens,
      w.batch.outputTokens,
      ctx.scope.at("batch").path,
    );
    if (!call.ok) return call;
    batchSeconds = w.batch.requestsPerDay * call.value.acceleratorSeconds;
  }
  return ok({ briefing: b.value, briefed: audience.value, batchSeconds });
}

function briefings(
  w: ServingInput,
  setup: ReplicaSetup,
  f: ServingFigures,
  ctx: WorkloadContext,
): Outcome<Briefings | undefined> {
  const b = w.briefings;
  if (!b) return ok(undefined);
  const { log, scope } = ctx;
  const perUser = b.perUserPerDay ?? figure(log, f, "pulseBriefingsPerUserPerDay");
  const calls = b.calls ?? 1;
  if (b.calls === undefined)
    log.choice(scope.at("briefings", "calls").name, 1, "model calls per briefing not given: one");
  const { model, hw, eff } = setup;
  const call = offlineCallCost(
    model,
    hw,
    eff,
    b.inputTokens,
    b.outputTokens,
    scope.at("briefings").path,
    b.cacheHitRate ?? 0,
  );
  if (!call.ok) return call;
  const start = b.window?.start ?? 0;
  const deadline = b.window?.deadline ?? 7;
  if (b.window === undefined)
    log.choice(
      scope.at("briefings", "window").name,
      "00:00-07:00",
      "no window given: generated overnight, before 07:00 local time",
    );
  if (start === deadline) {
    const message = "the briefing window starts at its deadline: it has no time in it";
    return fail(issue("empty_window", scope.at("briefings", "window").path, message));
  }
  return ok({ perUser, seconds: perUser * calls * call.value.acceleratorSeconds, start, deadline });
}
