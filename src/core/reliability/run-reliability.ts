import type { Catalog } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import type { Issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import type { Scope } from "../kernel/scope.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";
import { type JobInput, jobReliability, type RunReliability } from "./job-reliability.js";
import type { ReliabilityPool } from "./rates.js";
import { siteRates } from "./site-rates.js";

interface Pool {
  readonly site: ResolvedSite;
  readonly accelerators: number;
}

/**
 * Expected interruptions and goodput of a synchronous run (any failure stops the whole job): failure rates from
 * data/reliability.yaml, checkpoint size from the model's parameters, Daly's optimum interval unless one is given.
 */
export function runReliability(
  w: JobInput,
  pools: readonly Pool[],
  catalog: Catalog,
  log: AssumptionLog,
  scope: Scope,
  independentSites = false,
): Outcome<RunReliability> {
  const issues: Issue[] = [];
  const reliabilityPools: ReliabilityPool[] = [];
  for (const p of pools) {
    const site = siteRates(p.site, catalog.failureClasses.all, log, ["sites", p.site.spec.id]);
    if (!site.ok) {
      issues.push(...site.issues);
      continue;
    }
    const rates = site.value;
    reliabilityPools.push({
      accelerators: p.accelerators,
      acceleratorsPerNode: log.cited(
        catalogName("accelerators", p.site.accelerator, "acceleratorsPerServer"),
        p.site.accelerator.acceleratorsPerServer,
      ),
      rates,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (!independentSites || reliabilityPools.length === 1)
    return jobReliability(w, reliabilityPools, log, scope);

  // Sites that carry on when another fails (DiLoCo): each is its own job; the run progresses at their average pace.
  const perSite: RunReliability[] = [];
  for (const pool of reliabilityPools) {
    const r = jobReliability(w, [pool], log, scope);
    if (!r.ok) return r;
    perSite.push(r.value);
  }
  const weights = reliabilityPools.map((p) => p.accelerators);
  const total = weights.reduce((a, b) => a + b, 0);
  const sum = (f: (r: RunReliability) => number) => perSite.reduce((a, r) => a + f(r), 0);
  const byClass: Record<string, number> = {};
  for (const r of perSite)
    for (const [id, v] of Object.entries(r.interruptionsPerDayByClass)) byClass[id] = (byClass[id] ?? 0) + v;
  const largest = perSite[weights.indexOf(Math.max(...weights))] as RunReliability;
  const unexpected = sum((r) => r.unexpectedInterruptionsPerDay);
  return {
    ok: true,
    value: {
      ...largest,
      goodput: perSite.reduce((a, r, i) => a + r.goodput * ((weights[i] as number) / total), 0),
      warnings: [...new Set(perSite.flatMap((r) => r.warnings))],
      interruptionsPerDay: sum((r) => r.interruptionsPerDay),
      unexpectedInterruptionsPerDay: unexpected,
      interruptionsPerDayByClass: byClass,
      mtbfHours: unexpected > 0 ? 24 / unexpected : Number.POSITIVE_INFINITY,
      perSite: perSite.map((r, i) => ({ ...r, share: (weights[i] as number) / total })),
    },
  };
}
