import { Random } from "../simulation/index.js";

/**
 * A day of a served model, second by second: chat requests arrive from each region following its local daily curve
 * (Poisson counts per second), wait for a free decode slot (first come, first served), and hold it for their service
 * time; briefings use the slots chat leaves free, inside each region's local window, and must finish by its deadline.
 * Requests are handled in cohorts (all the arrivals of one second), so the cost does not grow with the number of
 * users: latencies are exact to the second, the resolution of the cohorts.
 */
export interface DaySpec {
  /** Concurrent sequences the fleet can decode (replicas × batch). */
  readonly slots: number;
  /** Chat arrivals per second in each UTC second of the day, one array per region (each of length 86,400). */
  readonly chatArrivalsPerS: readonly Float64Array[];
  /** Seconds a chat request holds a slot (prefill and generation). */
  readonly chatServiceS: number;
  /** Seconds a chat request takes before its first token once it has a slot (prefill). */
  readonly chatFirstTokenS: number;
  /** Briefings to make per region, the UTC seconds their window opens and closes (close may wrap past midnight). */
  readonly briefings: readonly { readonly count: number; readonly openS: number; readonly closeS: number }[];
  /** Seconds a briefing holds a slot. */
  readonly briefingServiceS: number;
}

export interface DayResult {
  /** Seconds from arrival to first token, chat. */
  readonly chatWaitP50S: number;
  readonly chatFirstTokenP50S: number;
  readonly chatFirstTokenP95S: number;
  readonly chatFirstTokenP99S: number;
  readonly chatRequests: number;
  /** The same latencies for each region's users, in the order of the arrivals given (one shared queue). */
  readonly regions: readonly RegionLatency[];
  /** Share of the briefings finished before their deadline. */
  readonly briefingsOnTime: number;
  /** Busy share of the slots in each UTC hour. */
  readonly hourlyUtilisation: readonly number[];
  readonly seed: number;
}

export interface RegionLatency {
  /** The region's name, when the caller gives one. */
  readonly name?: string;
  readonly chatRequests: number;
  readonly chatFirstTokenP50S: number;
  readonly chatFirstTokenP95S: number;
  readonly chatFirstTokenP99S: number;
}

const DAY_S = 86_400;

/** Waits in whole seconds, weighted by requests, with their quantiles. */
class WaitHistogram {
  private readonly counts = new Float64Array(DAY_S + 1);
  total = 0;
  add(waitS: number, n: number): void {
    const w = Math.min(DAY_S, waitS);
    this.counts[w] = (this.counts[w] as number) + n;
    this.total += n;
  }
  quantile(q: number): number {
    const target = q * this.total;
    let sum = 0;
    for (let w = 0; w <= DAY_S; w++) {
      sum += this.counts[w] as number;
      if (sum >= target) return w;
    }
    return DAY_S;
  }
}

/** Poisson draw: exact (multiplication method) for small means, normal approximation above 50. */
function poisson(rng: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) {
    const u = rng.uniform();
    const v = rng.uniform();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.uniform();
  while (p > limit) {
    k++;
    p *= rng.uniform();
  }
  return k;
}

export function simulateDay(
  spec: DaySpec,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): DayResult {
  const rng = new Random(seed);
  const chatRelease = new Float64Array(DAY_S * 2); // slots freed by chat at each second (two days, for late ones)
  const briefRelease = new Float64Array(DAY_S * 2);
  const chatService = Math.max(1, Math.round(spec.chatServiceS));
  const briefService = Math.max(1, Math.round(spec.briefingServiceS));
  const regions = spec.chatArrivalsPerS.length;
  // Waiting chat cohorts: arrival second and count per region, first in first out.
  const queueAt: number[] = [];
  const queueCount: Float64Array[] = [];
  const queueTotal: number[] = [];
  let head = 0;
  // Waits in seconds (capped at a day), weighted by requests: all users, and each region's.
  const waits = new WaitHistogram();
  const regionWaits = spec.chatArrivalsPerS.map(() => new WaitHistogram());
  const left = spec.briefings.map((b) => b.count);
  let onTime = 0;
  const totalBriefings = spec.briefings.reduce((s, b) => s + b.count, 0);
  let busy = 0;
  const hourBusy = new Float64Array(24);
  let chatRequests = 0;

  const inWindow = (b: { openS: number; closeS: number }, t: number) =>
    b.openS <= b.closeS ? t >= b.openS && t < b.closeS : t >= b.openS || t < b.closeS;

  for (let t = 0; t < DAY_S; t++) {
    busy -= (chatRelease[t] as number) + (briefRelease[t] as number);
    const cohort = new Float64Array(regions);
    let arrivals = 0;
    for (let r = 0; r < regions; r++) {
      const n = poisson(rng, (spec.chatArrivalsPerS[r] as Float64Array)[t] as number);
      cohort[r] = n;
      arrivals += n;
    }
    if (arrivals > 0) {
      queueAt.push(t);
      queueCount.push(cohort);
      queueTotal.push(arrivals);
      chatRequests += arrivals;
    }
    // Chat first: the oldest cohorts take the free slots; a cohort served in part is served across its regions
    // in proportion (its requests arrived in the same second).
    let free = spec.slots - busy;
    while (free >= 1 && head < queueAt.length) {
      const total = queueTotal[head] as number;
      const n = Math.min(free, total);
      const wait = t - (queueAt[head] as number);
      const counts = queueCount[head] as Float64Array;
      const served = n / total;
      waits.add(wait, n);
      for (let r = 0; r < regions; r++) {
        const k = (counts[r] as number) * served;
        if (k > 0) regionWaits[r]?.add(wait, k);
        counts[r] = (counts[r] as number) - k;
      }
      chatRelease[t + chatService] = (chatRelease[t + chatService] as number) + n;
      busy += n;
      free -= n;
      queueTotal[head] = total - n;
      if ((queueTotal[head] as number) <= 1e-9) head++;
    }
    // Briefings fill what chat leaves, in their open windows, the most urgent region first.
    if (free >= 1) {
      for (let r = 0; r < spec.briefings.length && free >= 1; r++) {
        const b = spec.briefings[r] as DaySpec["briefings"][number];
        if ((left[r] as number) <= 0 || !inWindow(b, t)) continue;
        const n = Math.min(free, left[r] as number);
        left[r] = (left[r] as number) - n;
        free -= n;
        busy += n;
        briefRelease[t + briefService] = (briefRelease[t + briefService] as number) + n;
        // Done on time if it finishes inside the window.
        if (inWindow(b, (t + briefService) % DAY_S)) onTime += n;
      }
    }
    hourBusy[Math.floor(t / 3600)] = (hourBusy[Math.floor(t / 3600)] as number) + busy;
    if (onProgress && t % 3600 === 3599) onProgress(t + 1, DAY_S);
  }
  // Requests still waiting at the end of the day wait until midnight at least.
  for (let i = head; i < queueAt.length; i++) {
    const wait = DAY_S - (queueAt[i] as number);
    waits.add(wait, queueTotal[i] as number);
    const counts = queueCount[i] as Float64Array;
    for (let r = 0; r < regions; r++) regionWaits[r]?.add(wait, counts[r] as number);
  }
  const firstToken = spec.chatFirstTokenS;
  return {
    chatWaitP50S: waits.quantile(0.5),
    chatFirstTokenP50S: waits.quantile(0.5) + firstToken,
    chatFirstTokenP95S: waits.quantile(0.95) + firstToken,
    chatFirstTokenP99S: waits.quantile(0.99) + firstToken,
    chatRequests,
    regions: regionWaits.map((h) => ({
      chatRequests: h.total,
      chatFirstTokenP50S: h.quantile(0.5) + firstToken,
      chatFirstTokenP95S: h.quantile(0.95) + firstToken,
      chatFirstTokenP99S: h.quantile(0.99) + firstToken,
    })),
    briefingsOnTime: totalBriefings > 0 ? onTime / totalBriefings : 1,
    hourlyUtilisation: Array.from(hourBusy, (b) => b / 3600 / spec.slots),
    seed,
  };
}
