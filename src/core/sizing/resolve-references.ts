import type { Accelerator, Catalog, Cooling, Grid, Phase, Project } from "../catalog/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import { type Issue, issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import { namedAccelerator, phaseDate, roadmapAccelerator } from "./roadmap.js";
import type { InlineGrid, SiteInput } from "./schema.js";

/** The catalog entries a site names or falls back on, and whether the user named each one. */
export interface SiteReferences {
  readonly project: Project | undefined;
  readonly phase: Phase | undefined;
  readonly accelerator: Accelerator;
  /** A catalog grid, or the grid the scenario gives inline. */
  readonly grid:
    | { readonly kind: "catalog"; readonly grid: Grid; readonly named: boolean }
    | { readonly kind: "inline"; readonly grid: InlineGrid };
  readonly cooling: Cooling;
  readonly coolingNamed: boolean;
}

/**
 * Looks up the site's project and phase, then its accelerator, grid and cooling (the site's own, else its phase's or
 * project's, else the catalog's defaults, logged as such); every id that names nothing is an issue with the nearest.
 */
export function resolveReferences(
  input: SiteInput,
  index: number,
  catalog: Catalog,
  log: AssumptionLog,
): Outcome<SiteReferences> {
  const path = ["sites", index];
  const at = `sites.${input.id}`;
  const issues: Issue[] = [];
  const defaults = catalog.defaults;
  const project = catalog.projects.get(input.project ?? input.id);
  if (input.project !== undefined && !project)
    issues.push(
      unknown("project", input.project, [...path, "project"], catalog.projects.nearest(input.project)),
    );
  let phase: Phase | undefined;
  if (project) {
    phase =
      input.phase === undefined ? project.phases.at(-1) : project.phases.find((p) => p.name === input.phase);
    if (!phase) {
      const names = project.phases.map((p) => p.name);
      issues.push(
        issue(
          "unknown_phase",
          [...path, "phase"],
          `unknown phase '${input.phase}' of project ${project.id}`,
          names,
        ),
      );
    }
  }
  const acceleratorId = input.accelerator ?? phaseAccelerator(project, phase, catalog, log, at);
  const accelerator = catalog.accelerators.get(acceleratorId ?? defaults.accelerator.id);
  if (!accelerator) {
    const id = acceleratorId ?? defaults.accelerator.id;
    issues.push(unknown("accelerator", id, [...path, "accelerator"], catalog.accelerators.nearest(id)));
  } else if (acceleratorId === undefined) {
    log.choice(`${at}.accelerator`, accelerator.id, defaults.accelerator.reasoning);
  }
  const gridInput = input.grid ?? project?.grid;
  const grid = typeof gridInput === "object" ? undefined : catalog.grids.get(gridInput ?? defaults.grid.id);
  if (typeof gridInput !== "object" && !grid) {
    const id = gridInput ?? defaults.grid.id;
    issues.push(unknown("grid", id, [...path, "grid"], catalog.grids.nearest(id)));
  }
  const coolingId = input.cooling ?? project?.cooling;
  const cooling = catalog.cooling.get(coolingId ?? defaults.cooling.id);
  if (!cooling) {
    const id = coolingId ?? defaults.cooling.id;
    issues.push(unknown("cooling", id, [...path, "cooling"], catalog.cooling.nearest(id)));
  }
  if (issues.length > 0 || !accelerator || !cooling) return { ok: false, issues };
  if (coolingId === undefined) log.choice(`${at}.cooling`, cooling.id, defaults.cooling.reasoning);
  return {
    ok: true,
    value: {
      project,
      phase,
      accelerator,
      grid:
        typeof gridInput === "object"
          ? { kind: "inline", grid: gridInput }
          : { kind: "catalog", grid: grid as Grid, named: gridInput !== undefined },
      cooling,
      coolingNamed: coolingId !== undefined,
    },
  };
}

function unknown(
  what: "project" | "accelerator" | "grid" | "cooling",
  id: string,
  path: (string | number)[],
  nearest: string[],
): Issue {
  return issue(
    `unknown_${what}`,
    path,
    `unknown ${what} '${id}' (nearest: ${nearest.join(", ")}; see \`gigawatt catalog\`)`,
    nearest,
  );
}

/** The phase's own accelerator, else its project's, else the generation shipping at the phase's date (logged). */
function phaseAccelerator(
  project: Project | undefined,
  phase: Phase | undefined,
  catalog: Catalog,
  log: AssumptionLog,
  at: string,
): string | undefined {
  const named = namedAccelerator(phase) ?? project?.accelerator;
  if (named !== undefined || !project || !phase) return named;
  const date = phaseDate(project, phase);
  const hit = date === undefined ? undefined : roadmapAccelerator(catalog, date);
  if (hit)
    log.choice(
      `${at}.accelerator`,
      hit.id,
      `the phase names no accelerator: the generation shipping in volume at its date (${date}), ${hit.id} from ${hit.from} (roadmap in data/accelerators.yaml)`,
    );
  return hit?.id;
}
