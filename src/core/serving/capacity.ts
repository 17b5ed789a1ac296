import type { DayLoad } from "./day-curve.js";
import type { Load } from "./load.js";

/** Accelerators the peak needs in whole replicas, and the users the sites' accelerators serve at the same use. */
export function capacityOf(
  users: number,
  load: Load,
  perReplica: number,
  available: number,
): { readonly acceleratorsNeeded: number; readonly usersServable: number } {
  return {
    acceleratorsNeeded: Math.ceil(load.peakBusy / perReplica) * perReplica,
    usersServable: Math.floor(
      (users * Math.floor(available / perReplica) * perReplica) / Math.max(load.peakBusy, 1e-12),
    ),
  };
}

/**
 * How scheduled work (briefings, batch) sits in the day: the accelerators chat alone would need at its peak, and the
 * share of the scheduled work that runs under that peak, in the troughs chat leaves (1 = it costs no extra accelerator).
 */
export function troughFill(
  curve: DayLoad,
  perReplica: number,
  acceleratorsNeeded: number,
): { chatPeakAccelerators: number; scheduledInTroughShare: number } | Record<string, never> {
  const scheduled = curve.scheduledBusy.reduce((s, v) => s + v, 0);
  if (scheduled <= 0) return {};
  return {
    chatPeakAccelerators: Math.min(acceleratorsNeeded, Math.ceil(curve.chatPeak / perReplica) * perReplica),
    scheduledInTroughShare: curve.scheduledUnderChatPeak / scheduled,
  };
}

/** The day's hourly shape for the result: busy accelerators per UTC hour, the peak hour and how deep the trough is. */
export function dayShape(curve: DayLoad | undefined, perReplica: number, acceleratorsNeeded: number) {
  if (!curve) return {};
  return {
    hourlyBusyAccelerators: curve.busy,
    peakHourUtc: curve.peakHourUtc,
    troughToPeak: Math.min(...curve.busy) / curve.peak,
    ...troughFill(curve, perReplica, acceleratorsNeeded),
  };
}
