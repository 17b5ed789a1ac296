import type { Catalog } from "../catalog/index.js";
import { InputError, type Issue } from "../kernel/issues.js";
import { evaluateScenario, parseScenario, type ScenarioResult } from "../scenario/index.js";
import { type MfuCrossValidation, mfuCrossValidation } from "../training/index.js";
import { type InfeasibleWorkload, isInfeasible } from "../workload/infeasible.js";
import { CASE_KINDS, type CaseKind, type Expectation, type ValidationCase } from "./case-schema.js";
import { capabilityOf, coverageOf, rangeAt } from "./coverage.js";
import { type ServingEfficiencyFit, servingEfficiencyFit } from "./serving-fit.js";

export interface MetricReport {
  readonly path: string;
  readonly published: number | readonly [number, number];
  readonly predicted: number;
  /** (predicted − published) / published; for a range, against the nearer bound (0 inside). */
  readonly error: number;
  readonly pass: boolean;
  /** What the published figure measures (steady-state, wall-clock, all-in, measured, method), when the case says. */
  readonly figure?: string;
  /** The result's 80% range for this figure (p10, p90) where it has one, and whether the published figure is inside. */
  readonly range?: readonly [number, number];
  readonly inRange?: boolean;
  /** The capability the figure belongs to (training, serving, sites, totals), for coverage per capability. */
  readonly capability?: string;
  /** The case's known-miss reason, on a figure that misses its tolerance: reported, not counted as failed. */
  readonly knownMiss?: string;
}

export interface CaseReport {
  readonly id: string;
  readonly source: string;
  readonly kind?: CaseKind;
  readonly file?: string;
  /** The reason the case is marked as a known miss (its figures may then fail without failing the run). */
  readonly knownMiss?: string;
  readonly metrics: readonly MetricReport[];
}

export interface ValidationReport {
  readonly cases: readonly CaseReport[];
  readonly summary: {
    cases: number;
    metrics: number;
    passed: number;
    /** Figures that miss their tolerance, known misses excluded: a run fails when this is above 0. */
    failed: number;
    /** Figures of cases marked `knownMiss` that miss their tolerance, as expected (reported, not failed). */
    knownMisses: number;
    medianAbsError: number;
    /**
     * The same median for figures the models predict (measured) and for figures they recompute by a published
     * method: a method case agrees almost exactly by construction, so the overall median flatters the models.
     */
    medianAbsErrorByKind: Partial<Record<CaseKind, number>>;
    /** Share of published figures inside their 80% range, of those with a range: overall and per capability. */
    coverage?: number;
    coverageByCapability?: Readonly<Record<string, { figures: number; coverage: number }>>;
    /** How the training efficiency model predicts runs it was not fitted to (leave-one-run-out, held out, constant). */
    trainingEfficiency?: MfuCrossValidation;
    /** The serving efficiencies fitted on the benchmarks of the fit split: in sample, leave-one-out, held out. */
    servingEfficiency?: ServingEfficiencyFit;
  };
}

/** Reads a dotted path ("workloads.pretrain.days") in a result; undefined when absent or not a number. */
export function valueAt(result: unknown, path: string): number | undefined {
  let node: unknown = result;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "number" ? node : undefined;
}

/** The infeasible workload a path ("workloads.<name>.<figure>") reads from, if it is one. */
function infeasibleAt(result: ScenarioResult, path: string): InfeasibleWorkload | undefined {
  const [block, name] = path.split(".");
  if (block !== "workloads" || name === undefined || !Object.hasOwn(result.workloads, name)) return undefined;
  const w = result.workloads[name];
  return w && isInfeasible(w) ? w : undefined;
}

function compare(path: string, e: Expectation, predicted: number): MetricReport {
  if ("value" in e) {
    const error = (predicted - e.value) / e.value;
    return { path, published: e.value, predicted, error, pass: Math.abs(error) <= e.tolerance };
  }
  const [lo, hi] = e.range;
  const nearer = predicted < lo ? lo : predicted > hi ? hi : predicted;
  const error = nearer === 0 ? 0 : (predicted - nearer) / nearer;
  return { path, published: e.range, predicted, error, pass: predicted >= lo && predicted <= hi };
}

/** Each published figure of a case against the result; a figure that cannot be scored is reported to `refuse`. */
function scoreCase(c: ValidationCase, result: ScenarioResult, refuse: (i: Issue) => void): MetricReport[] {
  const metrics: MetricReport[] = [];
  for (const [path, expectation] of Object.entries(c.published)) {
    // A plan that cannot be carried out has no prediction to score: its reasons say why.
    const infeasible = infeasibleAt(result, path);
    if (infeasible) {
      for (const r of infeasible.reasons) refuse(r);
      continue;
    }
    const predicted = valueAt(result, path);
    if (predicted === undefined) {
      refuse({
        code: "unknown_result_path",
        path: ["published", path],
        message: `'${path}' is not a number in the result (paths look like sites.<id>.energyMWh or workloads.<name>.days)`,
      });
      continue;
    }
    const range = rangeAt(result, path);
    const published = "value" in expectation ? expectation.value : undefined;
    metrics.push({
      ...compare(path, expectation, predicted),
      ...(expectation.figure ? { figure: expectation.figure } : {}),
      capability: capabilityOf(result, path),
      ...(range
        ? {
            range,
            ...(published !== undefined ? { inRange: published >= range[0] && published <= range[1] } : {}),
          }
        : {}),
    });
  }
  return metrics;
}

/** Runs cases against the models; a case whose inputs or paths are wrong is an InputError naming it. */
export function runCases(
  cases: readonly (ValidationCase & { file?: string })[],
  catalog: Catalog,
): ValidationReport {
  const reports: CaseReport[] = [];
  const issues: Issue[] = setIssues(cases);
  for (const c of cases) {
    const where = c.file ? { location: { file: c.file } } : {};
    let result: ScenarioResult;
    try {
      result = evaluateScenario(parseScenario(c.inputs, undefined, ["inputs"]), catalog);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push(...e.issues.map((i) => ({ ...i, message: `case ${c.id}: ${i.message}`, ...where })));
      continue;
    }
    const scored = scoreCase(c, result, (i) =>
      issues.push({ ...i, message: `case ${c.id}: ${i.message}`, ...where }),
    );
    const reason = c.knownMiss;
    const metrics =
      reason === undefined ? scored : scored.map((m) => (m.pass ? m : { ...m, knownMiss: reason }));
    reports.push({
      id: c.id,
      source: c.source,
      ...(c.kind ? { kind: c.kind } : {}),
      ...(c.file ? { file: c.file } : {}),
      ...(reason !== undefined ? { knownMiss: reason } : {}),
      metrics,
    });
  }
  if (issues.length > 0) throw new InputError(issues);
  const all = reports.flatMap((r) => r.metrics);
  const passed = all.filter((m) => m.pass).length;
  const knownMisses = all.filter((m) => !m.pass && m.knownMiss !== undefined).length;
  const medianAbsErrorByKind: Partial<Record<CaseKind, number>> = {};
  for (const kind of CASE_KINDS) {
    const errors = reports
      .filter((r) => r.kind === kind)
      .flatMap((r) => r.metrics.map((m) => Math.abs(m.error)));
    if (errors.length > 0) medianAbsErrorByKind[kind] = median(errors);
  }
  return {
    cases: reports,
    summary: {
      cases: reports.length,
      metrics: all.length,
      passed,
      failed: all.length - passed - knownMisses,
      knownMisses,
      medianAbsError: median(all.map((m) => Math.abs(m.error))),
      medianAbsErrorByKind,
      ...coverageOf(all),
      ...trainingEfficiencyOf(catalog),
      ...servingEfficiencyOf(cases, catalog),
    },
  };
}

/** The efficiency model's cross-validation, when the catalog has enough published runs to run it. */
function trainingEfficiencyOf(catalog: Catalog): { trainingEfficiency?: MfuCrossValidation } {
  try {
    return { trainingEfficiency: mfuCrossValidation(catalog) };
  } catch {
    return {};
  }
}

/** The serving efficiency fit, when the cases include serving benchmarks with a split. */
function servingEfficiencyOf(
  cases: readonly ValidationCase[],
  catalog: Catalog,
): { servingEfficiency?: ServingEfficiencyFit } {
  const fit = servingEfficiencyFit(cases, catalog);
  return fit ? { servingEfficiency: fit } : {};
}

/** A run needs at least one case, and each id once: a report keyed by id cannot hold two. */
function setIssues(cases: readonly (ValidationCase & { file?: string })[]): Issue[] {
  if (cases.length === 0)
    return [
      { code: "no_cases", path: [], message: "no validation cases: the files and folders given hold none" },
    ];
  const seen = new Map<string, string | undefined>();
  const issues: Issue[] = [];
  for (const c of cases) {
    if (seen.has(c.id)) {
      const first = seen.get(c.id);
      issues.push({
        code: "duplicate_case",
        path: ["id"],
        message: `case id '${c.id}' is used twice${first ? ` (first in ${first})` : ""}; each case needs its own id`,
        ...(c.file ? { location: { file: c.file } } : {}),
      });
    } else seen.set(c.id, c.file);
  }
  return issues;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
