import type { Catalog } from "../catalog/index.js";
import { issue } from "../kernel/issues.js";
import { fail, type Outcome } from "../kernel/outcome.js";
import { significant } from "../units/index.js";

/** When an organisation's announced sites reach a given facility power, from the catalog's project phases. */
export interface CapacityDate {
  /** The first phase date at which the operator's announced facility power reaches the need; undefined if never. */
  readonly date: string | undefined;
  readonly neededMW: number;
  /** All the operator's announced facility power with an online date, at full build-out. */
  readonly announcedMW: number;
  readonly projects: readonly string[];
}

/** "2026", "2026-H2", "2025-Q3", "2025-09", "2025-09-12" as a fractional year, for ordering. */
export function dateValue(text: string): number {
  const [year = "0", part] = text.split("-");
  const y = Number(year);
  if (part === undefined) return y;
  if (part.startsWith("H")) return y + (Number(part.slice(1)) - 1) / 2;
  if (part.startsWith("Q")) return y + (Number(part.slice(1)) - 1) / 4;
  return y + (Number(part) - 1) / 12;
}

/**
 * The date the projects an organisation owns give it `neededMW` of facility power, counting each project at its
 * latest phase online by then (phases are cumulative). Phases without a date or power are left out.
 */
export function capacityDate(catalog: Catalog, operator: string, neededMW: number): CapacityDate {
  const steps: { at: number; date: string; project: string; mw: number }[] = [];
  const projects: string[] = [];
  for (const p of catalog.projects.all) {
    if (p.owner !== operator || p.status === "cancelled") continue;
    let counted = false;
    for (const ph of p.phases) {
      const mw = ph.facilityPowerMW?.value;
      const date = ph.online?.value;
      if (mw === undefined || date === undefined) continue;
      steps.push({ at: dateValue(date), date, project: p.id, mw });
      counted = true;
    }
    if (counted) projects.push(p.id);
  }
  steps.sort((a, b) => a.at - b.at);
  const current = new Map<string, number>();
  let reached: string | undefined;
  for (const s of steps) {
    current.set(s.project, Math.max(current.get(s.project) ?? 0, s.mw));
    const total = [...current.values()].reduce((a, b) => a + b, 0);
    if (reached === undefined && total >= neededMW) reached = s.date;
  }
  return { date: reached, neededMW, announcedMW: [...current.values()].reduce((a, b) => a + b, 0), projects };
}

/**
 * When the operator's announced sites reach the power the peak needs (if all of them served this workload); a warning
 * when they never do. An operator the catalog lacks is an issue.
 */
export function operatorCapacity(
  operator: string | undefined,
  neededMW: number,
  catalog: Catalog,
  path: readonly (string | number)[],
): Outcome<{
  readonly fields: { capacityDate?: string; operatorAnnouncedMW?: number };
  readonly warnings: string[];
}> {
  if (operator === undefined) return { ok: true, value: { fields: {}, warnings: [] } };
  if (!catalog.organisations.get(operator)) {
    return fail(
      issue(
        "unknown_organisation",
        [...path, "operator"],
        `unknown organisation '${operator}'`,
        catalog.organisations.nearest(operator),
      ),
    );
  }
  const c = capacityDate(catalog, operator, neededMW);
  const warnings =
    c.date === undefined
      ? [
          `${operator}'s announced sites with dates (${c.projects.join(", ") || "none"}) reach ${significant(c.announcedMW, 3)} MW; the peak needs ${significant(neededMW, 3)} MW`,
        ]
      : [];
  return {
    ok: true,
    value: {
      fields: {
        ...(c.date === undefined ? {} : { capacityDate: c.date }),
        operatorAnnouncedMW: c.announcedMW,
      },
      warnings,
    },
  };
}
