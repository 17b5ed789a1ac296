import {
  formatIssue,
  isInfeasible,
  formatQuantity as q,
  type ScenarioResult,
  type WorkloadKindId,
  type WorkloadResult,
} from "../../core/index.js";
import { table } from "../table.js";
import { renderAssumptions } from "./assumptions.js";
import { servingRows } from "./serving.js";
import { checkLine, siteRows } from "./site.js";
import { trainingRows } from "./training.js";
import { mw, tonnes } from "./units.js";

export { renderAssumptions } from "./assumptions.js";

type RowsOf = { readonly [K in WorkloadKindId]: (w: Extract<WorkloadResult, { kind: K }>) => string[][] };

/** Each workload kind's table: a kind registered in the core without a renderer here does not compile. */
const WORKLOAD_ROWS = { training: trainingRows, serving: servingRows } as const satisfies RowsOf;

function workloadRows<K extends WorkloadKindId>(w: Extract<WorkloadResult, { kind: K }>): string[][] {
  return (WORKLOAD_ROWS[w.kind as K] as (w: Extract<WorkloadResult, { kind: K }>) => string[][])(w);
}

/** The human report of a scenario result: sites, workloads, checks, then the assumptions with their sources. */
export function renderResult(r: ScenarioResult, options: { assumptions: boolean }): string {
  let out = r.name ? `${r.name}\n\n` : "";
  for (const [id, s] of Object.entries(r.sites)) {
    out += `site ${id}${s.name !== id ? ` (${s.name})` : ""}\n${table(siteRows(s))}`;
    for (const c of s.checks) out += checkLine(c);
    out += "\n";
  }
  for (const [name, w] of Object.entries(r.workloads)) {
    if (isInfeasible(w)) {
      out += `${w.workloadKind} ${name}: cannot be carried out on its sites\n`;
      for (const reason of w.reasons) out += `  ✗ ${formatIssue(reason)}\n`;
      out += "\n";
      continue;
    }
    out += `${w.kind} ${name}\n${table(workloadRows(w))}`;
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
