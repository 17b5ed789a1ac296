import type { Phase, Project } from "../catalog/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import { fail, type Outcome, ok } from "../kernel/outcome.js";
import type { SiteInput } from "./schema.js";
import type { SiteSpec } from "./site-spec.js";

/**
 * What the site is sized from: the user's own power, accelerators or budget first, then the project phase's power,
 * accelerators or IT power; the figures not used as the basis become claims to check against the sizing.
 */
export function siteBasis(
  input: SiteInput,
  index: number,
  project: Project | undefined,
  phase: Phase | undefined,
  pue: number,
  log: AssumptionLog,
): Outcome<Pick<SiteSpec, "basis" | "claimed">> {
  const phasePowerW = phase?.facilityPowerMW ? phase.facilityPowerMW.value * 1e6 : undefined;
  const fleetCount = phase?.fleet?.reduce((sum, f) => sum + f.accelerators.value, 0);
  const phaseAccelerators = phase?.accelerators?.value ?? fleetCount;
  let basis: SiteSpec["basis"];
  if (input.power !== undefined) basis = { kind: "power", facilityPowerW: input.power };
  else if (input.accelerators !== undefined) basis = { kind: "accelerators", count: input.accelerators };
  else if (input.budget !== undefined) basis = { kind: "budget", budgetUSD: input.budget };
  else if (phase?.facilityPowerMW) {
    const mw = log.cited(`projects.${project?.id}.facilityPowerMW`, phase.facilityPowerMW, "MW");
    basis = { kind: "power", facilityPowerW: mw * 1e6 };
  } else if (phase?.accelerators) {
    basis = {
      kind: "accelerators",
      count: Math.round(log.cited(`projects.${project?.id}.accelerators`, phase.accelerators)),
    };
  } else if (fleetCount !== undefined) {
    for (const [i, f] of (phase?.fleet ?? []).entries())
      log.cited(`projects.${project?.id}.fleet.${i}.accelerators`, f.accelerators);
    basis = { kind: "accelerators", count: Math.round(fleetCount) };
  } else if (phase?.itPowerMW) {
    const mw = log.cited(`projects.${project?.id}.itPowerMW`, phase.itPowerMW, "MW");
    basis = { kind: "power", facilityPowerW: mw * 1e6 * pue };
  } else {
    const message = `site '${input.id}' needs one of power, accelerators or budget (or a catalog project that has them)`;
    return fail(issue("missing_basis", ["sites", index], message));
  }
  const claimed: { facilityPowerW?: number; accelerators?: number; budgetUSD?: number } = {};
  // A site the user sizes (one building of a campus, say) is not what the project's campus-wide figures describe:
  // those are checked only when the project's own phase is the basis.
  const ownSize = input.power !== undefined || input.accelerators !== undefined || input.budget !== undefined;
  const fromProject = <T>(x: T | undefined) => (ownSize ? undefined : x);
  const powerClaim = input.power ?? fromProject(phasePowerW);
  if (basis.kind !== "power" && powerClaim !== undefined) claimed.facilityPowerW = powerClaim;
  const acceleratorsClaim = input.accelerators ?? fromProject(phaseAccelerators);
  if (basis.kind !== "accelerators" && acceleratorsClaim !== undefined)
    claimed.accelerators = acceleratorsClaim;
  const budgetClaim = input.budget ?? fromProject(project?.capexUSD?.value);
  if (basis.kind !== "budget" && budgetClaim !== undefined) {
    claimed.budgetUSD = budgetClaim;
    if (input.budget === undefined && project?.capexUSD)
      log.cited(`projects.${project.id}.capexUSD`, project.capexUSD, "USD");
  }
  return ok({ basis, claimed });
}
