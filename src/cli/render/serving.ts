import { formatQuantity as q, type ServingResult } from "../../core/index.js";

const BARS = "▁▂▃▄▅▆▇█";

/** The day's load as 24 bars, one per UTC hour, scaled to the peak. */
function dayRow(busy: readonly number[], peakHour: number, troughToPeak: number): string[] {
  const peak = Math.max(...busy, 1e-12);
  const bars = busy.map((b) => BARS[Math.min(7, Math.floor((b / peak) * 7.999))]).join("");
  return [
    "day (UTC 0-23h)",
    bars,
    `peak at ${peakHour}:00 UTC; quietest hour at ${q("fraction", troughToPeak)} of the peak`,
  ];
}

/** Whether scheduled work (briefings, batch) fits in the troughs chat leaves, or raises the peak. */
function troughRow(w: ServingResult): string[] {
  const inTrough = w.scheduledInTroughShare ?? 0;
  const chatPeak = w.chatPeakAccelerators ?? 0;
  const extra = w.acceleratorsNeeded - chatPeak;
  return [
    "troughs",
    `${q("fraction", inTrough)} in chat's troughs`,
    extra <= 0
      ? `of the scheduled work: it needs no accelerator beyond chat's peak (${q("count", chatPeak)})`
      : `of the scheduled work; the rest raises the peak from chat's ${q("count", chatPeak)} to ${q("count", w.acceleratorsNeeded)} accelerators`,
  ];
}

/** A serving workload's rows: users, capacity, throughput, per request and per user, the day, briefings, tiers. */
export function servingRows(w: ServingResult): string[][] {
  return [
    ["users", q("count", w.users), `${q("count", w.requestsPerDay)} requests a day`],
    [
      "accelerators at peak",
      q("count", w.acceleratorsNeeded),
      `of ${q("count", w.acceleratorsAvailable)} at the sites, ${w.acceleratorsPerReplica} per replica; serves ${q("count", w.usersServable)} users`,
    ],
    [
      "decode",
      `${q("count", w.decodeTokensPerSPerAccelerator)} tokens/s`,
      `per accelerator, batch ${q("count", w.decodeBatch)}, ${w.latencyMsPerToken.toFixed(0)} ms per token`,
    ],
    [
      "prefill",
      `${q("count", w.prefillTokensPerSPerAccelerator)} tokens/s`,
      "per accelerator, computed prompt tokens",
    ],
    [
      "per request",
      `${w.energyWhPerRequest.toPrecision(2)} Wh`,
      `${w.co2eGramsPerRequest.toPrecision(2)} gCO2e, ${w.waterMlPerRequest.toPrecision(2)} mL water, $${w.costUSDPerRequest.toPrecision(2)}`,
    ],
    ["per user-month", `$${w.costUSDPerUserMonth.toFixed(2)}`, "capacity paid at the peak"],
    [
      "yearly",
      q("energy", w.energyMWh * 1e6),
      `${q("mass", w.co2eTonnes)} CO2e, ${q("volume", w.waterLitres)} water`,
    ],
    [
      "power at peak",
      q("power", w.neededMW * 1e6),
      w.operatorAnnouncedMW === undefined
        ? "facility power of the accelerators at the peak"
        : w.capacityDate
          ? `the operator's announced sites reach it by ${w.capacityDate} (if all of them served this)`
          : `the operator's announced sites reach only ${q("power", w.operatorAnnouncedMW * 1e6)}`,
    ],
    ...(w.hourlyBusyAccelerators
      ? [dayRow(w.hourlyBusyAccelerators, w.peakHourUtc ?? 0, w.troughToPeak ?? 0)]
      : []),
    ...(w.briefingsPerDay === undefined
      ? []
      : [
          [
            "briefings",
            `${q("count", w.briefingsPerDay)} a day`,
            `${(w.energyWhPerBriefing ?? 0).toPrecision(2)} Wh each; ${q("fraction", w.briefingShareOfWork ?? 0)} of the day's accelerator time`,
          ],
        ]),
    ...(w.scheduledInTroughShare === undefined ? [] : [troughRow(w)]),
    ...(w.batchAcceleratorHoursPerDay === undefined
      ? []
      : [
          [
            "batch jobs",
            `${q("count", w.batchAcceleratorHoursPerDay)} accelerator-hours a day`,
            "placed in the troughs of their window",
          ],
        ]),
    ...simulatedDayRows(w),
    ...(w.tiers ?? []).map((t) => [
      `tier ${t.name}`,
      `$${t.costUSDPerUserMonth.toFixed(2)}/user-month`,
      `${q("count", t.users)} users at $${t.pricePerMonthUSD.toFixed(2)}: ${t.covered ? "covered" : "not covered"}, margin $${t.marginUSDPerUserMonth.toFixed(2)}`,
    ]),
  ];
}

/** How the sites keep in step, for a run over several sites. */

/** The simulated day, when asked: chat latency percentiles overall and per region, briefings on time. */
function simulatedDayRows(w: ServingResult): string[][] {
  if (!w.daySimulation) return [];
  return [
    [
      "simulated day",
      `first token p50 ${q("duration", w.daySimulation.chatFirstTokenP50S)}, p95 ${q("duration", w.daySimulation.chatFirstTokenP95S)}, p99 ${q("duration", w.daySimulation.chatFirstTokenP99S)}`,
      `briefings on time ${q("fraction", w.daySimulation.briefingsOnTime)}; busiest hour ${q("fraction", Math.max(...w.daySimulation.hourlyUtilisation))} of the slots (seed ${w.daySimulation.seed})`,
    ],
    ...(w.daySimulation.regions.length > 1
      ? w.daySimulation.regions.map((r) => [
          `  ${r.name ?? "region"}`,
          `first token p50 ${q("duration", r.chatFirstTokenP50S)}, p95 ${q("duration", r.chatFirstTokenP95S)}, p99 ${q("duration", r.chatFirstTokenP99S)}`,
          `${q("count", r.chatRequests)} chat requests`,
        ])
      : []),
  ];
}
