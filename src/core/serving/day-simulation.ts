import type { EvaluateOptions } from "../kernel/options.js";
import { chatShareAtHour, type Region } from "./day-curve.js";
import type { Usage } from "./load.js";
import type { RequestCost } from "./per-request.js";
import type { ReplicaSetup } from "./replica.js";
import type { ScheduledWork } from "./scheduled-work.js";
import type { ServingInput } from "./schema.js";
import { type DayResult, simulateDay } from "./simulate-day.js";

export interface ServingDayInput {
  readonly users: number;
  /** Chat requests per user per day (tiers' use included). */
  readonly requestsPerUser: number;
  readonly regions: readonly Region[];
  readonly peakHour: number;
  readonly peakToMean: number;
  readonly cost: RequestCost;
  readonly perReplica: number;
  readonly acceleratorsNeeded: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheHitRate: number;
  readonly briefing:
    | {
        readonly perUser: number;
        readonly start: number;
        readonly deadline: number;
        readonly calls: number;
        readonly inputTokens: number;
        readonly outputTokens: number;
      }
    | undefined;
  readonly seed: number;
  readonly onProgress?: (done: number, total: number) => void;
}

const DAY_S = 86_400;
const utcSecond = (localHour: number, offset: number) =>
  Math.round(((((localHour - offset) % 24) + 24) % 24) * 3600) % DAY_S;

/**
 * A day of a serving workload on the fleet sized for its peak: chat arrivals per second from each region's curve,
 * decode slots of every replica, briefings in each region's window (see simulateDay).
 */
export function simulateServingDay(d: ServingDayInput): DayResult {
  const speed = d.cost.decode.tokensPerSPerSequence;
  const prefillPerReplica = d.cost.prefillTokensPerSPerAccelerator * d.perReplica;
  const firstTokenS = (d.inputTokens * (1 - d.cacheHitRate)) / prefillPerReplica;
  const arrivals = d.regions.map((r) => {
    const perS = new Float64Array(DAY_S);
    const perDay = d.users * r.share * d.requestsPerUser;
    for (let t = 0; t < DAY_S; t++) {
      const local = (((t / 3600 + r.utcOffsetHours) % 24) + 24) % 24;
      perS[t] = (perDay * chatShareAtHour(Math.floor(local), d.peakHour, d.peakToMean)) / 3600;
    }
    return perS;
  });
  const b = d.briefing;
  return simulateDay(
    {
      // Prefill runs on the same accelerators: the slots left for decoding are the decode share of their time.
      slots:
        (d.acceleratorsNeeded / d.perReplica) *
        d.cost.decode.batch *
        (d.outputTokens / d.cost.decode.tokensPerSPerAccelerator / d.cost.acceleratorSeconds),
      chatArrivalsPerS: arrivals,
      chatServiceS: firstTokenS + d.outputTokens / speed,
      chatFirstTokenS: firstTokenS,
      briefings: b
        ? d.regions.map((r) => ({
            count: d.users * r.share * b.perUser,
            openS: utcSecond(b.start, r.utcOffsetHours),
            closeS: utcSecond(b.deadline, r.utcOffsetHours),
          }))
        : [],
      briefingServiceS: b ? b.calls * (b.inputTokens / prefillPerReplica + b.outputTokens / speed) : 1,
    },
    d.seed,
    d.onProgress,
  );
}

/** The day simulated second by second when asked, its regions named as the workload names them (or by UTC offset). */
export function simulatedDayOf(
  w: ServingInput,
  usage: Usage,
  setup: ReplicaSetup,
  work: ScheduledWork,
  acceleratorsNeeded: number,
  options: EvaluateOptions,
) {
  if (!options.simulateDay) return undefined;
  const { briefing, briefed } = work;
  const onProgress = options.onProgress;
  const simulated = simulateServingDay({
    users: w.users,
    requestsPerUser: usage.requestsPerUser * usage.averageUsage,
    regions: usage.regions,
    peakHour: usage.peakHour,
    peakToMean: usage.peakToMean,
    cost: setup.cost,
    perReplica: setup.perReplica,
    acceleratorsNeeded,
    inputTokens: setup.shape.inputTokens,
    outputTokens: setup.shape.outputTokens,
    cacheHitRate: setup.shape.cacheHitRate,
    briefing:
      briefing && w.briefings
        ? {
            ...briefing,
            perUser: briefing.perUser * briefed,
            calls: w.briefings.calls ?? 1,
            inputTokens: w.briefings.inputTokens,
            outputTokens: w.briefings.outputTokens,
          }
        : undefined,
    seed: options.seed ?? 1,
    ...(onProgress
      ? { onProgress: (done: number, total: number) => onProgress(`${w.name} (day)`, done, total) }
      : {}),
  });
  return {
    ...simulated,
    regions: simulated.regions.map((r, i) => {
      const given = w.regions?.[i];
      const offset = given?.utcOffset ?? 0;
      return { name: given?.name ?? `UTC${offset >= 0 ? "+" : ""}${offset}`, ...r };
    }),
  };
}
