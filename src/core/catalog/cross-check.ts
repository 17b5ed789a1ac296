import type { Issue } from "../kernel/issues.js";
import type { Catalog } from "./catalog.js";
import { normaliseKey } from "./lookup.js";

/** References between entries: every id a record names must exist; no alias may name two entries. */
export function crossCheck(c: Catalog): Issue[] {
  const issues: Issue[] = [];
  // `accepted` is a function: the nearest ids are worked out only for a reference that is wrong.
  const need = (
    exists: boolean,
    path: (string | number)[],
    what: "organisation" | "accelerator" | "grid" | "cooling" | "project" | "deal",
    id: string,
    accepted: () => string[],
  ) => {
    if (!exists)
      issues.push({
        code: `unknown_${what}`,
        path,
        message: `unknown ${what} '${id}'`,
        accepted: accepted(),
      });
  };
  const org = (id: string, path: (string | number)[]) =>
    need(c.organisations.get(id) !== undefined, path, "organisation", id, () => c.organisations.nearest(id));
  for (const a of c.accelerators.all) org(a.vendor, ["accelerators", a.id, "vendor"]);
  for (const p of c.projects.all) {
    org(p.owner, ["projects", p.id, "owner"]);
    for (const partner of p.partners) org(partner, ["projects", p.id, "partners"]);
    need(c.grids.get(p.grid) !== undefined, ["projects", p.id, "grid"], "grid", p.grid, () =>
      c.grids.nearest(p.grid),
    );
    const cooling = p.cooling;
    if (cooling)
      need(c.cooling.get(cooling) !== undefined, ["projects", p.id, "cooling"], "cooling", cooling, () =>
        c.cooling.nearest(cooling),
      );
    for (const acc of [p.accelerator, ...p.phases.map((ph) => ph.accelerator)]) {
      if (acc)
        need(
          c.accelerators.get(acc) !== undefined,
          ["projects", p.id, "accelerator"],
          "accelerator",
          acc,
          () => c.accelerators.nearest(acc),
        );
    }
  }
  for (const d of c.deals.all) {
    org(d.payer, ["deals", d.id, "payer"]);
    if (d.payee) org(d.payee, ["deals", d.id, "payee"]);
    const project = d.project;
    if (project)
      need(c.projects.get(project) !== undefined, ["deals", d.id, "project"], "project", project, () =>
        c.projects.nearest(project),
      );
  }
  for (const r of c.trainingRuns) {
    need(
      c.accelerators.get(r.accelerator) !== undefined,
      ["trainingRuns", r.id, "accelerator"],
      "accelerator",
      r.accelerator,
      () => c.accelerators.nearest(r.accelerator),
    );
  }
  const d = c.defaults;
  need(
    c.accelerators.get(d.accelerator.id) !== undefined,
    ["defaults", "accelerator"],
    "accelerator",
    d.accelerator.id,
    () => c.accelerators.nearest(d.accelerator.id),
  );
  need(c.grids.get(d.grid.id) !== undefined, ["defaults", "grid"], "grid", d.grid.id, () =>
    c.grids.nearest(d.grid.id),
  );
  need(c.cooling.get(d.cooling.id) !== undefined, ["defaults", "cooling"], "cooling", d.cooling.id, () =>
    c.cooling.nearest(d.cooling.id),
  );
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
