// The Run page's charts, from a scenario result read tolerantly (fields appear as the models grow).

import * as Plot from "@observablehq/plot";
import { t } from "../lib/i18n.js";

type Obj = Record<string, unknown>;
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined;

export function workloadsOf(result: unknown, kind: string): [string, Obj][] {
  const ws = obj(obj(result)?.workloads) ?? {};
  return Object.entries(ws)
    .map(([k, v]) => [k, obj(v) ?? {}] as [string, Obj])
    .filter(([, w]) => w.kind === kind);
}

/** Days of each training run: the simulated 5-95% range and median when simulated, else the expected value. */
export function daysChart(training: [string, Obj][], width = 640) {
  const rows = training.map(([name, w]) => {
    const d = obj(obj(w.simulation)?.days);
    return { name, days: num(w.days) ?? 0, p5: num(d?.p5), p50: num(d?.p50), p95: num(d?.p95) };
  });
  const simulated = rows.filter((r) => r.p5 !== undefined && r.p95 !== undefined);
  return Plot.plot({
    width,
    marginLeft: 170,
    marginRight: 60,
    height: 60 + rows.length * 34,
    x: { label: t("axis.daysToTrain"), grid: true, zero: true },
    y: { label: null },
    color: {
      legend: true,
      domain: ["expected", "simulated 5–95%", "simulated median"],
      range: ["#999", "#3b6ea8", "#1d3557"],
    },
    marks: [
      Plot.ruleY(simulated, {
        y: "name",
        x1: "p5",
        x2: "p95",
        stroke: "#3b6ea8",
        strokeWidth: 10,
        strokeOpacity: 0.45,
      }),
      Plot.tickX(simulated, { y: "name", x: "p50", stroke: "#1d3557", strokeWidth: 3 }),
      Plot.dot(rows, {
        y: "name",
        x: "days",
        fill: "#999",
        r: 4,
        title: (d: { days: number }) => `${d.days.toFixed(1)} days expected`,
      }),
      Plot.text(rows, {
        y: "name",
        x: (d: { p95?: number; days: number }) => d.p95 ?? d.days,
        text: (d: { days: number; p50?: number }) => `${(d.p50 ?? d.days).toFixed(1)} d`,
        dx: 10,
        textAnchor: "start",
      }),
    ],
  });
}

export function interruptionsChart(training: [string, Obj][], width = 640) {
  const rows = training.flatMap(([name, w]) =>
    Object.entries(obj(w.interruptionsByClass) ?? {}).map(([cls, n]) => ({ name, cls, n: num(n) ?? 0 })),
  );
  return Plot.plot({
    width,
    marginLeft: 170,
    height: 70 + training.length * 34,
    x: { label: t("axis.interruptions"), grid: true },
    y: { label: null },
    color: { legend: true, scheme: "tableau10" },
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({
          y: "name",
          x: "n",
          fill: "cls",
          title: (d: { cls: string; n: number }) => `${d.cls}: ${Math.round(d.n)}`,
        }),
      ),
      Plot.ruleX([0]),
    ],
  });
}

export function goodputChart(training: [string, Obj][], width = 640) {
  const rows = training.map(([name, w]) => ({
    name,
    strategy: String(obj(w.sync)?.strategy ?? "one site"),
    goodput: num(w.goodput) ?? 0,
  }));
  return Plot.plot({
    width,
    marginLeft: 170,
    height: 60 + rows.length * 34,
    x: { label: t("axis.goodput"), domain: [0, 100], percent: true, grid: true },
    y: { label: null },
    color: { legend: true, scheme: "set2" },
    marks: [
      Plot.barX(rows, { y: "name", x: "goodput", fill: "strategy" }),
      Plot.text(rows, {
        y: "name",
        x: "goodput",
        text: (d: { goodput: number }) => `${(d.goodput * 100).toFixed(1)}%`,
        dx: 4,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** A serving day: busy accelerators per UTC hour, with chat's own peak when briefings fill its troughs. */
export function dayChart(name: string, w: Obj, width = 640) {
  const hourly = Array.isArray(w.hourlyBusyAccelerators) ? (w.hourlyBusyAccelerators as unknown[]) : [];
  const rows = hourly.map((v, hour) => ({ hour, busy: num(v) ?? 0 }));
  const chatPeak = num(w.chatPeakAccelerators);
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 60,
    x: { label: t("axis.hourUtc"), domain: [0, 23], ticks: 12 },
    y: { label: t("axis.busyAccelerators"), grid: true, zero: true },
    marks: [
      Plot.areaY(rows, { x: "hour", y: "busy", fill: "#3b6ea8", fillOpacity: 0.25, curve: "step-after" }),
      Plot.lineY(rows, { x: "hour", y: "busy", stroke: "#3b6ea8", curve: "step-after" }),
      ...(chatPeak === undefined
        ? []
        : [
            Plot.ruleY([chatPeak], { stroke: "#c0392b", strokeDasharray: "4,3" }),
            Plot.text([chatPeak], {
              y: (d: number) => d,
              x: 0,
              text: () => "chat's own peak",
              dy: -6,
              textAnchor: "start",
              fill: "#c0392b",
            }),
          ]),
      Plot.ruleY([0]),
    ],
    ariaLabel: `${name}: load over the day`,
  });
}

export function tiersChart(serving: [string, Obj][], width = 640) {
  const rows = serving.flatMap(([name, w]) =>
    (Array.isArray(w.tiers) ? (w.tiers as unknown[]) : []).flatMap((t) => {
      const o = obj(t) ?? {};
      const tier = `${name} · ${String(o.name ?? "")}`;
      return [
        { tier, what: "cost per user-month", usd: num(o.costUSDPerUserMonth) ?? 0 },
        { tier, what: "price per month", usd: num(o.pricePerMonthUSD) ?? 0 },
      ];
    }),
  );
  if (rows.length === 0) return undefined;
  return Plot.plot({
    width,
    marginLeft: 230,
    height: 60 + rows.length * 20,
    x: { label: t("axis.usdPerUserMonth"), type: "log", grid: true },
    y: { label: null },
    color: {
      legend: true,
      domain: ["cost per user-month", "price per month"],
      range: ["#c0392b", "#1b7f3b"],
    },
    marks: [
      Plot.dot(rows, {
        y: "tier",
        x: "usd",
        fill: "what",
        r: 6,
        title: (d: { what: string; usd: number }) => `${d.what}: $${d.usd.toFixed(2)}`,
      }),
      Plot.text(rows, {
        y: "tier",
        x: "usd",
        text: (d: { usd: number }) => `$${d.usd < 1 ? d.usd.toFixed(2) : d.usd.toFixed(0)}`,
        dy: -10,
      }),
    ],
  });
}
