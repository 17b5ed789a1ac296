import { formatQuantity as q, type TrainingResult } from "../../core/index.js";
import { litres, tonnes } from "./units.js";

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

/** A training run's rows: compute, accelerators, duration, reliability, synchronisation, footprint. */
export function trainingRows(w: TrainingResult): string[][] {
  const range = (key: "days" | "acceleratorHours", f: (v: number) => string) => {
    const r = w.ranges?.[key];
    return r ? `80% range ${f(r.p10)}–${f(r.p90)}` : "";
  };
  const days = range("days", (d) => q("duration", d * 86400));
  return [
    ["compute", q("flop", w.trainingFLOP), ""],
    ["accelerators", q("count", w.accelerators), w.sites.join(", ")],
    [
      "duration",
      `${q("duration", w.days * 86400)}`,
      `${days}${days ? "; " : ""}MFU ${q("fraction", w.mfu)}, goodput ${q("fraction", w.goodput)}`,
    ],
    ["accelerator-hours", q("count", w.acceleratorHours), range("acceleratorHours", (v) => q("count", v))],
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
