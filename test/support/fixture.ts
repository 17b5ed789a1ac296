import { readFileSync } from "node:fs";
import {
  buildCatalog,
  type Catalog,
  type EvaluateOptions,
  evaluateScenario,
  type Issue,
  isInfeasible,
  parseScenario,
  type ScenarioResult,
  type TrainingResult,
} from "../../src/core/index.js";

const FILE = new URL("../fixtures/catalog.yaml", import.meta.url);

/** A small catalog of round numbers (test/fixtures/catalog.yaml), so expected values can be worked out by hand. */
export const fixture: Catalog = buildCatalog([
  { name: "test/fixtures/catalog.yaml", text: readFileSync(FILE, "utf8") },
]);

/** Evaluates a scenario given as plain data against a catalog (the fixture by default). */
export function evaluateAny(
  data: unknown,
  catalog: Catalog = fixture,
  options: EvaluateOptions = {},
): ScenarioResult {
  return evaluateScenario(parseScenario(data), catalog, options);
}

type TrainingScenarioResult = Omit<ScenarioResult, "workloads"> & {
  readonly workloads: Readonly<Record<string, TrainingResult>>;
};

/** The same, for scenarios whose workloads are all training runs (so tests read their keys directly). */
export function evaluate(
  data: unknown,
  catalog: Catalog = fixture,
  options: EvaluateOptions = {},
): TrainingScenarioResult {
  const result = evaluateAny(data, catalog, options);
  for (const w of Object.values(result.workloads)) {
    if (w.kind !== "training")
      throw new Error(`evaluate() is for feasible training workloads, not ${w.kind}; use evaluateAny()`);
  }
  return result as TrainingScenarioResult;
}

/** The reasons each infeasible workload of a scenario gives, by workload name ({} when every plan can be run). */
export function infeasibleReasons(
  data: unknown,
  catalog: Catalog = fixture,
): Record<string, readonly Issue[]> {
  const out: Record<string, readonly Issue[]> = {};
  for (const [name, w] of Object.entries(evaluateAny(data, catalog).workloads))
    if (isInfeasible(w)) out[name] = w.reasons;
  return out;
}

/** The one site of a single-site result. */
export function onlySite(result: Pick<ScenarioResult, "sites">) {
  const sites = Object.values(result.sites);
  if (sites.length !== 1 || !sites[0]) throw new Error("expected exactly one site");
  return sites[0];
}
