import type { Assumption, ScenarioResult, ServingResult, SiteResult, TrainingResult } from "../core/index.js";
import { formatQuantity as q, significant } from "../core/index.js";
import { table } from "./table.js";

const mw = (v: number) => q("power", v * 1e6);
const tonnes = (v: number) => q("mass", v);
const litres = (v: number) => q("volume", v);

function siteRows(s: SiteResult): string[][] {
  const rows: string[][] = [
    ["accelerators", `${q("count", s.accelerators)} × ${s.accelerator}`, `sized from ${s.basis}`],
    ["facility power", mw(s.facilityPowerMW), `PUE ${s.pue}`],
    ["IT power", mw(s.itPowerMW), ""],
    ["average draw", mw(s.averageFacilityPowerMW), ""],
    [
      "peak BF16 compute",
      q("flopRate", s.peakPFLOPS * 1e15),
      s.peakFp8PFLOPS ? `${q("flopRate", s.peakFp8PFLOPS * 1e15)} FP8` : "",
    ],
    [
      "capex",
      q("money", s.capexUSD),
      `IT ${q("money", s.capex.itHardwareUSD)}, network ${q("money", s.capex.networkUSD)}, building ${q("money", s.capex.landAndShellUSD + s.capex.powerAndCoolingUSD)}`,
    ],
    [
      "opex",
      `${q("money", s.opexUSDPerYear)}/yr`,
      `energy ${q("money", s.opex.energyUSDPerYear)}, staff ${q("money", s.opex.staffUSDPerYear)}, upkeep ${q("money", s.opex.maintenanceUSDPerYear)}`,
    ],
    ["accelerator-hour", `$${s.costUSDPerAcceleratorHour.toFixed(2)}`, "capital + running cost"],
    ["energy", `${q("energy", s.energyMWh * 1e6)}/yr`, ""],
    [
      "carbon",
      `${tonnes(s.co2eTonnes)}/yr`,
      `location-based; market-based ${tonnes(s.co2eMarketBasedTonnes)}; embodied ${tonnes(s.co2eEmbodiedTonnes)}/yr`,
    ],
    [
      "water",
      `${litres(s.waterLitres)}/yr`,
      `on-site ${litres(s.waterOnSiteLitres)}, off-site ${litres(s.waterOffSiteLitres)}`,
    ],
  ];
  if (s.co2eOnSiteTonnes > 0) {
    rows.push([
      "on-site turbines",
      `${tonnes(s.co2eOnSiteTonnes)}/yr CO2`,
      `NOx ${tonnes(s.noxKg / 1000)}, PM2.5 ${tonnes(s.pm25Kg / 1000)} per year`,
    ]);
  }
  return rows;
}

/** Interruptions and checkpointing, when the run was sized for them. */
function reliabilityRows(w: TrainingResult): string[][] {
  if (w.interruptions === undefined) return [];
  const byClass = Object.entries(w.interruptionsByClass ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${id} ${q("count", n)}`)
    .join(", ");
  const rows = [["interruptions", q("count", w.interruptions), byClass]];
  const every = w.mtbfHours === undefined ? "" : `one unexpected every ${q("duration", w.mtbfHours * 3600)}`;
  const interval =
    w.checkpointIntervalMinutes === undefined
      ? ""
      : `every ${q("duration", w.checkpointIntervalMinutes * 60)}, `;
  rows.push([
    "checkpoints",
    `${interval}${q("duration", w.checkpointWriteSeconds ?? 0)} to write`,
    `${every}${every ? "; " : ""}restart ${q("duration", (w.restartMinutes ?? 0) * 60)}`,
  ]);
  const sim = w.simulation;
  if (sim) {
    const range = (p: { p5: number; p50: number; p95: number }, f: (v: number) => string) =>
      `${f(p.p50)} (p5 ${f(p.p5)}, p95 ${f(p.p95)})`;
    rows.push(
      [
        "simulated days",
        range(sim.days, (v) => v.toFixed(1)),
        `${q("count", sim.trials)} trials, seed ${sim.seed}${sim.unfinished ? `; ${sim.unfinished} never finished` : ""}`,
      ],
      ["simulated interruptions", range(sim.interruptions, (v) => q("count", v)), ""],
      ["simulated goodput", range(sim.goodput, (v) => q("fraction", v)), ""],
    );
  }
  return rows;
}

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

/** Capacity, footprint and cost of a served model. */
function servingRows(w: ServingResult): string[][] {
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
    ...(w.daySimulation
      ? [
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
        ]
      : []),
    ...(w.tiers ?? []).map((t) => [
      `tier ${t.name}`,
      `$${t.costUSDPerUserMonth.toFixed(2)}/user-month`,
      `${q("count", t.users)} users at $${t.pricePerMonthUSD.toFixed(2)}: ${t.covered ? "covered" : "not covered"}, margin $${t.marginUSDPerUserMonth.toFixed(2)}`,
    ]),
  ];
}

/** How the sites keep in step, for a run over several sites. */
function syncRows(w: TrainingResult): string[][] {
  const s = w.sync;
  if (!s) return [];
  const fails =
    s.siteFailure === "job-stops"
      ? "a site failure stops the whole job"
      : "the other sites carry on when one fails";
  return [
    [
      "synchronisation",
      s.strategy,
      `${s.topology} over ${q("bandwidth", s.crossSiteBandwidthBps)}; ${fails}`,
    ],
    [
      "compute share",
      q("fraction", s.utilisation),
      `step ${q("duration", s.stepComputeS)} of compute, ${q("duration", s.communicationSPerStep)} of cross-site traffic per step, ${q("duration", s.exposedSPerStep)} not hidden`,
    ],
  ];
}

function trainingRows(w: TrainingResult): string[][] {
  return [
    ["compute", q("flop", w.trainingFLOP), ""],
    ["accelerators", q("count", w.accelerators), w.sites.join(", ")],
    [
      "duration",
      `${q("duration", w.days * 86400)}`,
      `MFU ${q("fraction", w.mfu)}, goodput ${q("fraction", w.goodput)}`,
    ],
    ["accelerator-hours", q("count", w.acceleratorHours), ""],
    ...syncRows(w),
    ...reliabilityRows(w),
    ["energy", q("energy", w.energyMWh * 1e6), `IT ${q("energy", w.itEnergyMWh * 1e6)}`],
    [
      "carbon",
      tonnes(w.co2eTonnes),
      `market-based ${tonnes(w.co2eMarketBasedTonnes)}; embodied share ${tonnes(w.co2eEmbodiedTonnes)}`,
    ],
    ["water", litres(w.waterLitres), ""],
    ["cost", q("money", w.costUSD), "accelerator-hours at the sites' hourly cost"],
  ];
}

/** The human report of a scenario result: sites, workloads, checks, then the assumptions with their sources. */
export function renderResult(r: ScenarioResult, options: { assumptions: boolean }): string {
  let out = r.name ? `${r.name}\n\n` : "";
  for (const [id, s] of Object.entries(r.sites)) {
    out += `site ${id}${s.name !== id ? ` (${s.name})` : ""}\n${table(siteRows(s))}`;
    for (const c of s.checks)
      out += `  ${c.verdict === "consistent" ? "✓" : "✗"} ${c.claim}: ${c.verdict}: ${c.reasoning}\n`;
    out += "\n";
  }
  for (const [name, w] of Object.entries(r.workloads)) {
    out +=
      w.kind === "serving"
        ? `serving ${name}\n${table(servingRows(w))}`
        : `training ${name}\n${table(trainingRows(w))}`;
    for (const warning of w.warnings ?? []) out += `  ⚠ ${warning}\n`;
    out += "\n";
  }
  if (Object.keys(r.sites).length > 1) {
    const t = r.totals;
    out += `totals: ${q("count", t.accelerators)} accelerators, ${mw(t.facilityPowerMW)}, ${q("money", t.capexUSD)} capex, ${q("energy", t.energyMWh * 1e6)}/yr, ${tonnes(t.co2eTonnes)} CO2e/yr\n\n`;
  }
  out += options.assumptions
    ? renderAssumptions(r.assumptions)
    : `${r.assumptions.length} assumptions used (show them with --assumptions, or all figures with --json)\n`;
  return out;
}

export function renderAssumptions(list: readonly Assumption[]): string {
  return `assumptions\n${list.map((a) => `  ${a.name} = ${typeof a.value === "number" ? significant(a.value, 4) : a.value}${a.unit ? ` ${a.unit}` : ""}\n      ${a.source}\n`).join("")}`;
}
