import type { ServingFigures } from "../catalog/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { type DayLoad, dayLoad } from "./day-curve.js";
import { figure, type ReplicaSetup } from "./replica.js";
import type { ScheduledWork } from "./scheduled-work.js";
import type { ServingInput } from "./schema.js";

/** How the users use the service: requests per user and day, with tiers' use weighed in, and the day's shape. */
export interface Usage {
  readonly requestsPerUser: number;
  readonly peakToMean: number;
  /** With tiers, each tier's share weighed by its use (1 without tiers). */
  readonly averageUsage: number;
  readonly requestsPerDay: number;
  readonly peakHour: number;
  readonly regions: readonly { readonly utcOffsetHours: number; readonly share: number }[];
}

export function usageOf(w: ServingInput, f: ServingFigures, ctx: WorkloadContext): Usage {
  const requestsPerUser = w.perUser?.requestsPerDay ?? figure(ctx.log, f, "chatRequestsPerUserPerDay");
  const peakToMean = w.peakToMean ?? figure(ctx.log, f, "chatPeakToMeanRatio");
  const averageUsage = w.tiers ? w.tiers.reduce((sum, t) => sum + t.share * (t.usage ?? 1), 0) : 1;
  return {
    requestsPerUser,
    peakToMean,
    averageUsage,
    requestsPerDay: w.users * requestsPerUser * averageUsage,
    peakHour: w.peakHour ?? 14,
    regions: (w.regions ?? [{ utcOffset: 0, share: 1 }]).map((r) => ({
      utcOffsetHours: r.utcOffset,
      share: r.share,
    })),
  };
}

/** Busy accelerators at the day's peak and on average; the hourly curve when regions or scheduled work shape it. */
export interface Load {
  readonly peakBusy: number;
  readonly meanBusy: number;
  readonly curve: DayLoad | undefined;
}

/** The day's load: a curve over the users' time zones when regions or scheduled work are given, else a flat ratio. */
export function loadOf(
  w: ServingInput,
  usage: Usage,
  setup: ReplicaSetup,
  work: ScheduledWork,
  ctx: WorkloadContext,
): Load {
  const chatSecondsPerUser = usage.requestsPerUser * usage.averageUsage * setup.cost.acceleratorSeconds;
  const { briefing, briefed } = work;
  if (!(w.regions || briefing || w.batch)) {
    const meanBusy = (w.users * chatSecondsPerUser) / 86400;
    return { peakBusy: meanBusy * usage.peakToMean, meanBusy, curve: undefined };
  }
  if (w.peakHour === undefined) {
    ctx.log.choice(
      ctx.scope.at("peakHour").name,
      14,
      "no hour of peak use given: mid-afternoon local time (no published hourly curve was found)",
    );
  }
  const curve = dayLoad(
    w.users,
    chatSecondsPerUser,
    usage.regions,
    usage.peakHour,
    usage.peakToMean,
    briefing
      ? {
          acceleratorSecondsPerUser: briefing.seconds * briefed,
          startHour: briefing.start,
          deadlineHour: briefing.deadline,
        }
      : undefined,
    w.batch
      ? {
          acceleratorSecondsPerUser: work.batchSeconds,
          startHour: w.batch.window?.start ?? 0,
          deadlineHour: w.batch.window?.deadline ?? 24,
        }
      : undefined,
  );
  return { peakBusy: curve.peak, meanBusy: curve.mean, curve };
}
