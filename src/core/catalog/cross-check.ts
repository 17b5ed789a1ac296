import type { Issue } from "../kernel/issues.js";
import type { Catalog } from "./catalog-type.js";
import { normaliseKey } from "./lookup.js";

type Path = (string | number)[];

/** References between entries: every id a record names must exist; no alias may name two entries. */
export function crossCheck(c: Catalog): Issue[] {
  const issues: Issue[] = [];
  const indexes = {
    organisation: c.organisations,
    accelerator: c.accelerators,
    grid: c.grids,
    cooling: c.cooling,
    project: c.projects,
    programme: c.programmes,
    emissionControl: c.emissionControls,
  };
  const ref = (what: keyof typeof indexes, id: string | undefined, path: Path) => {
    if (id === undefined || indexes[what].get(id) !== undefined) return;
    // The nearest ids are worked out only for a reference that is wrong.
    issues.push({
      code: `unknown_${what}`,
      path,
      message: `unknown ${what} '${id}'`,
      accepted: indexes[what].nearest(id),
    });
  };
  for (const a of c.accelerators.all) ref("organisation", a.vendor, ["accelerators", a.id, "vendor"]);
  for (const p of c.projects.all) {
    ref("organisation", p.owner, ["projects", p.id, "owner"]);
    for (const partner of p.partners) ref("organisation", partner, ["projects", p.id, "partners"]);
    ref("grid", p.grid, ["projects", p.id, "grid"]);
    ref("cooling", p.cooling, ["projects", p.id, "cooling"]);
    for (const acc of [
      p.accelerator,
      ...p.phases.flatMap((ph) => [ph.accelerator, ...(ph.fleet ?? []).map((f) => f.accelerator)]),
    ])
      ref("accelerator", acc, ["projects", p.id, "accelerator"]);
    ref("programme", p.programme, ["projects", p.id, "programme"]);
    for (const g of p.onSiteGeneration)
      ref("emissionControl", g.control, ["projects", p.id, "onSiteGeneration"]);
  }
  for (const r of c.roadmap) ref("accelerator", r.accelerator, ["roadmap", r.accelerator]);
  for (const g of c.programmes.all)
    for (const site of g.sites) ref("project", site, ["programmes", g.id, "sites"]);
  for (const d of c.deals.all) {
    ref("organisation", d.payer, ["deals", d.id, "payer"]);
    ref("organisation", d.payee, ["deals", d.id, "payee"]);
    ref("project", d.project, ["deals", d.id, "project"]);
  }
  c.places.forEach((g, i) => {
    ref("grid", g.grid, ["places", i, "grid"]);
  });
  issues.push(...placeClashes(c));
  for (const r of c.trainingRuns) ref("accelerator", r.accelerator, ["trainingRuns", r.id, "accelerator"]);
  ref("accelerator", c.defaults.accelerator.id, ["defaults", "accelerator"]);
  ref("grid", c.defaults.grid.id, ["defaults", "grid"]);
  ref("cooling", c.defaults.cooling.id, ["defaults", "cooling"]);
  for (const [kind, index] of Object.entries({
    accelerators: c.accelerators,
    grids: c.grids,
    cooling: c.cooling,
    projects: c.projects,
    organisations: c.organisations,
  })) {
    issues.push(...keyClashes(kind, index.all));
  }
  return issues;
}

function keyClashes(kind: string, entries: readonly { id: string; aliases: readonly string[] }[]): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, string>();
  for (const e of entries) {
    if (owner.get(normaliseKey(e.id)) === e.id) {
      issues.push({ code: "duplicate_id", path: [kind, e.id], message: `id '${e.id}' is defined twice` });
    }
    for (const key of new Set([e.id, ...e.aliases].map(normaliseKey))) {
      const other = owner.get(key);
      if (other !== undefined && other !== e.id) {
        issues.push({
          code: "duplicate_key",
          path: [kind, e.id],
          message: `id or alias '${key}' also names '${other}'`,
        });
      }
      owner.set(key, e.id);
    }
  }
  return issues;
}

/** A place name must name one grid: "Richland" in two groups of different grids would be read as either. */
function placeClashes(c: Catalog): Issue[] {
  const issues: Issue[] = [];
  const owner = new Map<string, string>();
  c.places.forEach((g, i) => {
    for (const name of g.names) {
      const key = normaliseKey(name);
      const other = owner.get(key);
      if (other !== undefined && other !== g.grid)
        issues.push({
          code: "duplicate_key",
          path: ["places", i, "names"],
          message: `place name '${name}' is listed under grid '${g.grid}' and under '${other}'`,
        });
      owner.set(key, g.grid);
    }
  });
  return issues;
}
