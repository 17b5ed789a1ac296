import type { Catalog } from "../catalog/index.js";
import { type Assumption, AssumptionLog, type Override, type PassMemo } from "../kernel/assumptions.js";
import { InputError, type Issue, issue } from "../kernel/issues.js";
import type { EvaluateOptions } from "../kernel/options.js";
import { fail, type Outcome, ok } from "../kernel/outcome.js";
import { Scope } from "../kernel/scope.js";
import { costAndFootprintParameters } from "../sizing/cost-parameters.js";
import { evaluateSite } from "../sizing/evaluate-site.js";
import type { SiteResult } from "../sizing/result.js";
import type { SizedSite } from "../sizing/sized-site.js";
import { type InfeasibleWorkload, infeasibleOf, isInfeasible } from "../workload/infeasible.js";
import type { WorkloadContext } from "../workload/kind.js";
import { siteLinks } from "./links.js";
import { endsOf, rangesOf } from "./ranges.js";
import type { Scenario } from "./schema.js";
import { type Totals, totalsOf } from "./totals.js";
import { WORKLOADS, type WorkloadRegistry, type WorkloadResult } from "./workloads.js";

export type { EvaluateOptions } from "../kernel/options.js";
export type { SiteResult } from "../sizing/result.js";
export type { WorkloadResult } from "./workloads.js";

/** A scenario whose workloads are of any registered kind (the default registry's, or a test's with more). */
type AnyScenario = Omit<Scenario, "workloads"> & {
  readonly workloads: readonly { readonly kind: string; readonly name: string }[];
};

export interface ScenarioResult {
  readonly name?: string;
  readonly sites: Readonly<Record<string, SiteResult>>;
  /** Each workload's figures, or, when its plan cannot be carried out on its sites, the reasons why. */
  readonly workloads: Readonly<Record<string, WorkloadResult | InfeasibleWorkload>>;
  readonly totals: Totals;
  readonly assumptions: readonly Assumption[];
}

/**
 * Sizes every site, evaluates every workload through its kind's declaration, sums the totals and lists the
 * assumptions used. Throws InputError with every issue found. `workloads` is the registry of kinds (a test may add one).
 */
export function evaluateScenario(
  scenario: AnyScenario,
  catalog: Catalog,
  options: EvaluateOptions = {},
  workloads: WorkloadRegistry = WORKLOADS,
): ScenarioResult {
  const memo: PassMemo | undefined = options.ranges ? new Map() : undefined; // see AssumptionLog.reuse
  const log = new AssumptionLog(catalog, undefined, false, memo);
  const { result, shared } = evaluateOnce(scenario, catalog, options, workloads, log);
  if (!options.ranges) return result;
  // Sensitivity passes: no simulation in them (the simulated spread is reported apart), each input at each end.
  const { trials: _t, simulateDay: _d, onProgress: _p, ranges: _r, ...quick } = options;
  const quiet = (o: Override) => new AssumptionLog(catalog, o, true, memo);
  const whole = (o: Override): ScenarioResult | undefined => {
    try {
      return evaluateOnce(scenario, catalog, quick, workloads, quiet(o)).result;
    } catch (e) {
      if (e instanceof InputError) return undefined;
      throw e;
    }
  };
  // An input only one workload read moves only that workload: the sites, the totals and the other workloads are
  // the same in its passes, so only that workload is evaluated again, on the sites already sized.
  const one = (name: string, o: Override): ScenarioResult | undefined => {
    const i = scenario.workloads.findIndex((w) => w.name === name);
    const w = scenario.workloads[i];
    if (w === undefined) return whole(o);
    const ctx = {
      ...shared,
      options: quick,
      scope: Scope.item("workloads", i, name),
      log: quiet(o),
    };
    const r = evaluateWorkload(workloads, w, ctx);
    if (!r.ok) return undefined;
    // A pass in which the plan becomes infeasible adds nothing to the range (rangesOf reads only numbers).
    const moved = new Map(Object.entries(result.workloads));
    moved.set(name, r.value as WorkloadResult | InfeasibleWorkload);
    return { ...result, workloads: record(moved) };
  };
  const passes = log.uncertain().map((input) => {
    const pass = (o: Override) => (input.readBy === undefined ? whole(o) : one(input.readBy, o));
    return endsOf(input).map(pass) as [ScenarioResult | undefined, ScenarioResult | undefined];
  });
  return withRanges(result, passes);
}

/** What every workload of an evaluation reads besides itself: the sized sites, the links and the parameters. */
type Shared = Pick<WorkloadContext, "catalog" | "sites" | "links" | "params">;

function evaluateOnce(
  scenario: AnyScenario,
  catalog: Catalog,
  options: EvaluateOptions,
  workloads: WorkloadRegistry,
  log: AssumptionLog,
): { result: ScenarioResult; shared: Shared } {
  const params = log.reuse("parameters", () => costAndFootprintParameters(log));
  const issues: Issue[] = [];

  // Ids are user text: a Map keeps `__proto__` or `constructor` an ordinary id.
  const seen = new Set<string>();
  const sized = new Map<string, SizedSite>();
  const sites = new Map<string, SiteResult>();
  scenario.sites.forEach((input, i) => {
    if (seen.has(input.id)) {
      issues.push({
        code: "duplicate_site",
        path: ["sites", i, "id"],
        message: `site id '${input.id}' is used twice`,
      });
      return;
    }
    seen.add(input.id);
    const r = evaluateSite(input, i, catalog, params, log);
    if (!r.ok) {
      issues.push(...r.issues);
      return;
    }
    sized.set(input.id, r.value.sized);
    sites.set(input.id, r.value.result);
  });
  issues.push(...linkIssues(scenario, seen));
  if (issues.length > 0) throw new InputError(issues);

  const links = siteLinks(scenario.links, log);
  const results = new Map<string, WorkloadResult | InfeasibleWorkload>();
  scenario.workloads.forEach((w, i) => {
    if (results.has(w.name)) {
      issues.push({
        code: "duplicate_workload",
        path: ["workloads", i, "name"],
        message: `workload name '${w.name}' is used twice`,
      });
      return;
    }
    const ctx: WorkloadContext = {
      catalog,
      sites: sized,
      links,
      params,
      options,
      scope: Scope.item("workloads", i, w.name),
      log,
    };
    log.readingFor(w.name);
    const r = evaluateWorkload(workloads, w, ctx);
    log.readingFor(undefined);
    if (r.ok) results.set(w.name, r.value as WorkloadResult | InfeasibleWorkload);
    else issues.push(...r.issues);
  });
  if (issues.length > 0) throw new InputError(issues);

  return {
    result: {
      ...(scenario.name === undefined ? {} : { name: scenario.name }),
      sites: record(sites),
      workloads: record(results),
      totals: totalsOf([...sites.values()]),
      assumptions: log.list(),
    },
    shared: { catalog, sites: sized, links, params },
  };
}

/** A link that names a site the scenario does not have. */
function linkIssues(scenario: AnyScenario, seen: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  scenario.links.forEach((link, i) => {
    for (const id of link.between) {
      if (!seen.has(id)) {
        issues.push({
          code: "unknown_site",
          path: ["links", i, "between"],
          message: `link names unknown site '${id}'`,
          accepted: [...seen],
        });
      }
    }
  });
  return issues;
}

/**
 * Dispatches a workload to its kind's evaluation (the registry is keyed by the kind its schema accepted); a plan it
 * cannot carry out is its result, with the reasons.
 */
function evaluateWorkload(
  registry: WorkloadRegistry,
  w: { readonly kind: string; readonly name: string },
  ctx: WorkloadContext,
): Outcome<{ readonly kind: string }> {
  const kind = registry[w.kind];
  if (kind === undefined) {
    const message = `unknown workload kind '${w.kind}'`;
    return fail(issue("unknown_kind", ctx.scope.at("kind").path, message, Object.keys(registry)));
  }
  const r = kind.evaluate(w, ctx);
  const infeasible = r.ok ? undefined : infeasibleOf(w.kind, r.issues);
  return infeasible ? ok(infeasible) : r;
}

/** A Map as a plain JSON object whose own keys are exactly the ids, `__proto__` (the one accessor) included. */
function record<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of map)
    if (k === "__proto__")
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  return out;
}

/** The result with `ranges` on each site, each workload and the totals, from the sensitivity passes. */
function withRanges(
  result: ScenarioResult,
  passes: readonly (readonly [ScenarioResult | undefined, ScenarioResult | undefined])[],
): ScenarioResult {
  const pick = <T>(f: (r: ScenarioResult) => T | undefined) =>
    passes.map(([lo, hi]) => [lo && f(lo), hi && f(hi)] as const);
  const sites = new Map<string, SiteResult>();
  for (const [id, s] of Object.entries(result.sites))
    sites.set(id, {
      ...s,
      ranges: rangesOf(
        s,
        pick((r) => r.sites[id]),
      ),
    });
  const workloads = new Map<string, WorkloadResult | InfeasibleWorkload>();
  for (const [name, w] of Object.entries(result.workloads))
    workloads.set(
      name,
      isInfeasible(w)
        ? w
        : {
            ...w,
            ranges: rangesOf(
              w,
              pick((r) => r.workloads[name]),
            ),
          },
    );
  return {
    ...result,
    sites: record(sites),
    workloads: record(workloads),
    totals: {
      ...result.totals,
      ranges: rangesOf(
        result.totals,
        pick((r) => r.totals),
      ),
    },
  };
}
