/**
 * The load of a served model over the 24 hours of a UTC day: interactive chat following a daily curve in each
 * region's local time, plus scheduled work (briefings) spread over a local window before a deadline.
 */

export interface Region {
  readonly utcOffsetHours: number;
  /** Share of the users in the region. */
  readonly share: number;
}

export interface ScheduledWork {
  /** Accelerator-seconds of scheduled work per user per day. */
  readonly acceleratorSecondsPerUser: number;
  /** Local hours [start, deadline) in which it must run, e.g. [0, 7]; start may exceed deadline (crossing midnight). */
  readonly startHour: number;
  readonly deadlineHour: number;
}

export interface DayLoad {
  /** Busy accelerators in each UTC hour (0-23), chat and scheduled work together, and each alone. */
  readonly busy: readonly number[];
  readonly chatBusy: readonly number[];
  readonly scheduledBusy: readonly number[];
  readonly peak: number;
  readonly peakHourUtc: number;
  readonly mean: number;
  /** The peak of chat alone, and the busy accelerator-hours of scheduled work that fit under it (in its troughs). */
  readonly chatPeak: number;
  readonly scheduledUnderChatPeak: number;
}

const mod24 = (h: number) => ((h % 24) + 24) % 24;

/**
 * Share of a day's chat in local hour `h`: a cosine around `peakHour` whose peak is `peakToMean` times the mean (the
 * simplest curve with the published ratio; real curves are flatter at night and have a lunch dip).
 */
export function chatShareAtHour(h: number, peakHour: number, peakToMean: number): number {
  const amplitude = Math.min(1, peakToMean - 1);
  return (1 + amplitude * Math.cos((2 * Math.PI * (h + 0.5 - peakHour)) / 24)) / 24;
}

export function dayLoad(
  users: number,
  chatAcceleratorSecondsPerUser: number,
  regions: readonly Region[],
  peakHour: number,
  peakToMean: number,
  scheduled?: ScheduledWork,
  batch?: ScheduledWork,
): DayLoad {
  const chat = new Array<number>(24).fill(0);
  const work = new Array<number>(24).fill(0);
  for (const r of regions) {
    const regionUsers = users * r.share;
    for (let utc = 0; utc < 24; utc++) {
      const local = mod24(utc + r.utcOffsetHours);
      chat[utc] =
        (chat[utc] as number) +
        (regionUsers * chatAcceleratorSecondsPerUser * chatShareAtHour(local, peakHour, peakToMean)) / 3600;
    }
  }
  if (scheduled && scheduled.acceleratorSecondsPerUser > 0)
    fillTroughs(chat, work, users, regions, scheduled);
  // Batch jobs: acceleratorSecondsPerUser is the day's whole batch, placed last in its UTC window.
  if (batch && batch.acceleratorSecondsPerUser > 0)
    fillTroughs(chat, work, 1, [{ utcOffsetHours: 0, share: 1 }], batch);
  const busy = chat.map((c, i) => c + (work[i] as number));
  const peak = Math.max(...busy);
  const chatPeak = Math.max(...chat);
  return {
    busy,
    chatBusy: chat,
    scheduledBusy: work,
    peak,
    peakHourUtc: busy.indexOf(peak),
    mean: busy.reduce((s, v) => s + v, 0) / 24,
    chatPeak,
    scheduledUnderChatPeak: work.reduce(
      (s, v, h) => s + Math.min(v, Math.max(0, chatPeak - (chat[h] as number))),
      0,
    ),
  };
}

const CHUNKS = 240;

/**
 * Places each region's scheduled work in the UTC hours its local window allows, a small chunk at a time into the
 * allowed hour with the least load so far (water-filling): the work fills the troughs that chat leaves, as a
 * scheduler free to run any briefing at any time before its deadline would. Regions with the fewest allowed hours
 * are placed first.
 */
function fillTroughs(
  chat: readonly number[],
  work: number[],
  users: number,
  regions: readonly Region[],
  s: ScheduledWork,
): void {
  const windowHours = mod24(s.deadlineHour - s.startHour) || 24;
  const allowed = regions.map((r) => {
    const hours = new Set<number>();
    for (let k = 0; k < windowHours; k++) hours.add(Math.floor(mod24(s.startHour + k - r.utcOffsetHours)));
    return [...hours];
  });
  const order = regions
    .map((_, i) => i)
    .sort((a, b) => (allowed[a]?.length ?? 0) - (allowed[b]?.length ?? 0));
  for (const i of order) {
    const r = regions[i] as Region;
    const hours = allowed[i] as number[];
    const chunk = (users * r.share * s.acceleratorSecondsPerUser) / 3600 / CHUNKS;
    for (let c = 0; c < CHUNKS; c++) {
      let best = hours[0] as number;
      for (const h of hours)
        if ((chat[h] as number) + (work[h] as number) < (chat[best] as number) + (work[best] as number))
          best = h;
      work[best] = (work[best] as number) + chunk;
    }
  }
}
