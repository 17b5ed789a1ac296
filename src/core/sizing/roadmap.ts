import type { Catalog, Phase, Project } from "../catalog/index.js";

/** A catalog date ("2026", "2025-Q3", "2026-H2", "2025-09-30") as months since year 0, at the period's start. */
export function monthOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const rest = date.slice(5);
  let month = 1;
  if (/^Q[1-4]$/.test(rest)) month = (Number(rest[1]) - 1) * 3 + 1;
  else if (/^H[12]$/.test(rest)) month = rest === "H1" ? 1 : 7;
  else if (/^\d{2}/.test(rest)) month = Number(rest.slice(0, 2));
  return year * 12 + month - 1;
}

/** The phase's date: its own online date, else the latest date among the phases before it. */
export function phaseDate(project: Project, phase: Phase): string | undefined {
  const upTo = project.phases.slice(0, project.phases.indexOf(phase) + 1);
  for (const p of upTo.reverse()) if (p.online) return p.online.value;
  return undefined;
}

/** The accelerator a phase names, or the largest part of its mixed fleet. */
export function namedAccelerator(phase: Phase | undefined): string | undefined {
  if (phase?.accelerator) return phase.accelerator;
  const fleet = phase?.fleet;
  if (!fleet) return undefined;
  return [...fleet].sort((a, b) => b.accelerators.value - a.accelerators.value)[0]?.accelerator;
}

/** The generation shipping in volume at `date` (the catalog's roadmap rule), if any is that old. */
export function roadmapAccelerator(catalog: Catalog, date: string): { id: string; from: string } | undefined {
  const at = monthOf(date);
  let chosen: { id: string; from: string } | undefined;
  for (const r of catalog.roadmap)
    if (monthOf(r.volumeFrom.value) <= at && (!chosen || monthOf(r.volumeFrom.value) >= monthOf(chosen.from)))
      chosen = { id: r.accelerator, from: r.volumeFrom.value };
  return chosen;
}

/** Service life of an accelerator generation in a fleet: depreciated over 5-6 years, so three generations overlap. */
const SERVICE_MONTHS = 6 * 12;

/** The roadmap generations shipping in volume at `date` or in the service life before it, oldest first (all when undated). */
export function generationsInService(catalog: Catalog, date: string | undefined): string[] {
  const at = date && /^\d{4}/.test(date) ? monthOf(date) : undefined;
  const dated = catalog.roadmap
    .map((r) => ({ id: r.accelerator, from: monthOf(r.volumeFrom.value) }))
    .sort((a, b) => a.from - b.from);
  if (at === undefined) return dated.map((r) => r.id);
  const shipped = dated.filter((r) => r.from <= at);
  const inService = shipped.filter((r) => r.from > at - SERVICE_MONTHS);
  if (inService.length > 0) return inService.map((r) => r.id);
  // Before the roadmap's first generation, that generation stands for the fleet.
  const stand = shipped[shipped.length - 1] ?? dated[0];
  return stand ? [stand.id] : [];
}
