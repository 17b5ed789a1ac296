import { chatShareAtHour, type Region } from "./day-curve.js";
import type { RequestCost } from "./per-request.js";
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
