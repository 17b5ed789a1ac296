import type { Catalog } from "./catalog-type.js";
import type { Project } from "./schemas.js";

/** One phase of a project as a flat record: what a dataset row needs, with nothing left to look up. */
export interface PhaseRecord {
  readonly phase: string;
  readonly status: string;
  /** `entry` when the phase records its status, `project-status` when it follows from the project's and its place. */
  readonly statusFrom: "entry" | "project-status";
  readonly online: string | null;
  readonly facilityPowerMW: number | null;
  readonly itPowerMW: number | null;
  readonly accelerators: number | null;
  readonly accelerator: string | null;
}

/** A project as a dataset record: flat fields, its phases, and the date of the latest record it reflects. */
export interface ProjectRecord {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly programme: string | null;
  readonly country: string;
  readonly region: string | null;
  readonly grid: string;
  readonly status: string;
  readonly siteType: string | null;
  readonly facilityPowerMW: number | null;
  readonly itPowerMW: number | null;
  readonly accelerators: number | null;
  readonly onSiteGenerationMW: number | null;
  readonly capexUSD: number | null;
  /** The entry's own record date, else the latest date among the sources it cites. */
  readonly recordDate: string | null;
  readonly recordDateFrom: "entry" | "latest-source" | null;
  readonly phases: readonly PhaseRecord[];
}

/**
 * Every source id an entry cites about the project (already qualified on load). Coordinates are left out: a gazetteer
 * places the town, says nothing of the project, and its recent release date would pass for the entry's record date.
 */
function citedSourceIds(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) for (const x of v) citedSourceIds(x, out);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      if (k === "source" && typeof x === "string") out.add(x);
      else if (k !== "coordinates") citedSourceIds(x, out);
    }
  return out;
}

function recordDate(p: Project, catalog: Catalog): Pick<ProjectRecord, "recordDate" | "recordDateFrom"> {
  if (p.recordDate !== undefined) return { recordDate: p.recordDate, recordDateFrom: "entry" };
  const dates = [...citedSourceIds(p)]
    .map((id) => catalog.sources.get(id)?.date)
    .filter((d): d is string => typeof d === "string" && /^\d{4}/.test(d))
    .sort();
  const latest = dates.at(-1);
  return latest === undefined
    ? { recordDate: null, recordDateFrom: null }
    : { recordDate: latest, recordDateFrom: "latest-source" };
}

/**
 * A phase's status when it records none, from the project's: a partly operational project has its earlier phases
 * operating and its last under construction; otherwise every phase shares the project's status.
 */
function impliedStatus(project: Project["status"], index: number, count: number): string {
  switch (project) {
    case "operational":
      return "operating";
    case "partly-operational":
      return count === 1 ? "partly-operational" : index < count - 1 ? "operating" : "under-construction";
    default:
      return project;
  }
}

/** The catalog's projects as dataset records (`gigawatt catalog projects --json` / `--csv`). */
export function projectRecords(catalog: Catalog): ProjectRecord[] {
  return catalog.projects.all.map((p) => {
    const phases: PhaseRecord[] = p.phases.map((ph, i) => ({
      phase: ph.name,
      status: ph.status ?? impliedStatus(p.status, i, p.phases.length),
      statusFrom: ph.status === undefined ? "project-status" : "entry",
      online: ph.online?.value ?? null,
      facilityPowerMW: ph.facilityPowerMW?.value ?? null,
      itPowerMW: ph.itPowerMW?.value ?? null,
      accelerators:
        ph.accelerators?.value ?? (ph.fleet ? ph.fleet.reduce((s, f) => s + f.accelerators.value, 0) : null),
      accelerator: ph.accelerator ?? p.accelerator ?? null,
    }));
    const last = phases.at(-1);
    const generation = p.onSiteGeneration.reduce((s, g) => s + g.capacityMW.value, 0);
    return {
      id: p.id,
      name: p.name,
      owner: p.owner,
      programme: p.programme ?? null,
      country: p.place.country,
      region: p.place.region ?? null,
      grid: p.grid,
      status: p.status,
      siteType: p.siteType ?? null,
      facilityPowerMW: last?.facilityPowerMW ?? null,
      itPowerMW: last?.itPowerMW ?? null,
      accelerators: last?.accelerators ?? null,
      onSiteGenerationMW: generation > 0 ? generation : null,
      capexUSD: p.capexUSD?.value ?? null,
      ...recordDate(p, catalog),
      phases,
    };
  });
}

/** One CSV row per phase, the project's fields repeated: RFC 4180 quoting. */
export function projectRecordsCsv(records: readonly ProjectRecord[]): string {
  const projectCols = [
    "id",
    "name",
    "owner",
    "programme",
    "country",
    "region",
    "grid",
    "status",
    "siteType",
    "recordDate",
    "recordDateFrom",
    "capexUSD",
    "onSiteGenerationMW",
  ] as const;
  const phaseCols = [
    "phase",
    "status",
    "online",
    "facilityPowerMW",
    "itPowerMW",
    "accelerators",
    "accelerator",
  ] as const;
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const rename: Record<string, string> = { status: "phaseStatus", statusFrom: "phaseStatusFrom" };
  const header = [...projectCols, ...phaseCols.map((c) => rename[c] ?? c)];
  const lines = [header.join(",")];
  for (const r of records)
    for (const ph of r.phases)
      lines.push([...projectCols.map((c) => cell(r[c])), ...phaseCols.map((c) => cell(ph[c]))].join(","));
  return `${lines.join("\n")}\n`;
}
