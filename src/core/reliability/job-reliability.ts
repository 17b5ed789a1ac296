import type { Catalog, FailureClass } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import { type Issue, issue } from "../kernel/issues.js";
import type { ResolvedSite } from "../sizing/resolve-site.js";
import { significant } from "../units/index.js";
import { optimalCheckpointIntervalS, plannedGoodput, unplannedGoodput } from "./checkpointing.js";
import { type FailureRate, interruptionRates, type ReliabilityPool } from "./rates.js";
import type { CheckpointInput } from "./schema.js";

/** What a job's reliability reads of its workload: its checkpoint block and its model's size. */
export interface JobInput {
  readonly checkpoint: CheckpointInput | undefined;
  /** Total parameters, which size a checkpoint; unknown when only the training FLOP is given. */
  readonly parameters: number | undefined;
}

/** Interruptions and checkpointing of a training run, as the run's result reports them. */
export interface RunReliability {
  /** Expected share of wall-clock time that makes progress (unplanned failures and planned maintenance). */
  readonly goodput: number;
  /** What a reader must know about the result (a job that mostly restarts). */
  readonly warnings: readonly string[];
  /** Expected interruptions per day of wall-clock time, all classes, and by class. */
  readonly interruptionsPerDay: number;
  readonly unexpectedInterruptionsPerDay: number;
  readonly interruptionsPerDayByClass: Readonly<Record<string, number>>;
  /** Mean time between unexpected interruptions of the whole job. */
  readonly mtbfHours: number;
  readonly checkpointWriteSeconds: number;
  readonly checkpointIntervalMinutes: number;
  readonly restartMinutes: number;
  /** The job's interruption classes with their rates, for the simulator. */
  readonly classes: readonly { readonly id: string; readonly perS: number; readonly planned: boolean }[];
  readonly intervalS: number;
  readonly writeS: number;
  readonly restartS: number;
  /** Sites that fail independently (DiLoCo): each one's own figures and its share of the run's accelerators. */
  readonly perSite?: readonly (RunReliability & { readonly share: number })[];
}

interface ClassNames {
  readonly rate: string;
  readonly unit: string;
  readonly catalogRate: FailureRate;
}
const classNames = new WeakMap<FailureClass, ClassNames>();

/** A class's assumption name, unit and rate, made once per catalog entry (estimates run by the thousand). */
function namesOf(c: FailureClass): ClassNames {
  let names = classNames.get(c);
  if (!names) {
    names = {
      rate: `failureClasses.${c.id}.ratePer1000UnitDays`,
      unit: `per 1,000 ${c.scalesWith}-days`,
      catalogRate: {
        id: c.id,
        scalesWith: c.scalesWith,
        planned: c.planned,
        ratePer1000UnitDays: c.ratePer1000UnitDays.value,
      },
    };
    classNames.set(c, names);
  }
  return names;
}

interface Pool {
  readonly site: ResolvedSite;
  readonly accelerators: number;
}

/**
 * Failure rates by class for one site: the catalog's, rescaled to the site's `failuresPer1000NodeDays` when given,
 * then any per-class overrides.
 */
function siteRates(
  site: ResolvedSite,
  classes: readonly FailureClass[],
  log: AssumptionLog,
  path: readonly (string | number)[],
): { ok: true; rates: FailureRate[] } | { ok: false; issues: Issue[] } {
  const r = site.input.reliability;
  const unknown = Object.keys(r?.rates ?? {}).filter((id) => !classes.some((c) => c.id === id));
  if (unknown.length > 0) {
    return {
      ok: false,
      issues: unknown.map((id) =>
        issue(
          "unknown_failure_class",
          [...path, "reliability", "rates", id],
          `unknown failure class '${id}'`,
          classes.map((c) => c.id),
        ),
      ),
    };
  }
  const perNode = site.accelerator.acceleratorsPerServer.value;
  const base = classes.map((c) => {
    const names = namesOf(c);
    log.cited(names.rate, c.ratePer1000UnitDays, names.unit);
    return names.catalogRate;
  });
  let scaled = base;
  if (r?.failuresPer1000NodeDays !== undefined) {
    // Express every unplanned class per node-day, then rescale them together to the site's figure.
    const perNodeDay = (f: FailureRate) =>
      f.scalesWith === "accelerator" ? f.ratePer1000UnitDays * perNode : f.ratePer1000UnitDays;
    const total = base
      .filter((f) => !f.planned && f.scalesWith !== "job")
      .reduce((s, f) => s + perNodeDay(f), 0);
    const factor = total > 0 ? r.failuresPer1000NodeDays / total : 0;
    log.input(`sites.${site.spec.id}.reliability.failuresPer1000NodeDays`, r.failuresPer1000NodeDays);
    scaled = base.map((f) =>
      f.planned || f.scalesWith === "job" ? f : { ...f, ratePer1000UnitDays: f.ratePer1000UnitDays * factor },
    );
  }
  const rates = scaled.map((f) => {
    const override = r?.rates?.[f.id];
    if (override === undefined) return f;
    log.input(`sites.${site.spec.id}.reliability.rates.${f.id}`, override, `per 1,000 ${f.scalesWith}-days`);
    return { ...f, ratePer1000UnitDays: override };
  });
  return { ok: true, rates };
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
  path: readonly (string | number)[],
  independentSites = false,
): { ok: true; value: RunReliability } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const reliabilityPools: ReliabilityPool[] = [];
  for (const p of pools) {
    const site = siteRates(p.site, catalog.failureClasses.all, log, ["sites", p.site.spec.id]);
    if (!site.ok) {
      issues.push(...site.issues);
      continue;
    }
    reliabilityPools.push({
      accelerators: p.accelerators,
      acceleratorsPerNode: log.cited(
        catalogName("accelerators", p.site.accelerator, "acceleratorsPerServer"),
        p.site.accelerator.acceleratorsPerServer,
      ),
      rates: site.rates,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (!independentSites || reliabilityPools.length === 1)
    return jobReliability(w, reliabilityPools, log, path);

  // Sites that carry on when another fails (DiLoCo): each is its own job; the run progresses at their average pace.
  const perSite: RunReliability[] = [];
  for (const pool of reliabilityPools) {
    const r = jobReliability(w, [pool], log, path);
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

/** Interruptions and goodput of one synchronous job made of `pools` (any failure stops all of them). */
function jobReliability(
  w: JobInput,
  reliabilityPools: readonly ReliabilityPool[],
  log: AssumptionLog,
  path: readonly (string | number)[],
): { ok: true; value: RunReliability } | { ok: false; issues: Issue[] } {
  const rates = interruptionRates(reliabilityPools);
  const accelerators = reliabilityPools.reduce((s, p) => s + p.accelerators, 0);
  const cp = w.checkpoint;
  const parameters = w.parameters;
  let writeS: number;
  if (cp?.writeTime !== undefined) writeS = cp.writeTime;
  else {
    const bytes = (parameters ?? 0) * log.parameter("checkpointBytesPerParameter");
    const bytesPerS =
      cp?.writeBandwidth !== undefined
        ? cp.writeBandwidth / 8
        : accelerators * log.parameter("checkpointWriteGBPerSecondPerAccelerator") * 1e9;
    writeS = bytes / bytesPerS;
  }
  const restartS = cp?.restart ?? log.parameter("restartMinutes") * 60;
  const mtbfS = rates.unplannedPerHour > 0 ? 3600 / rates.unplannedPerHour : Number.POSITIVE_INFINITY;
  let intervalS: number;
  if (cp?.interval === undefined || cp.interval === "optimal") {
    intervalS = optimalCheckpointIntervalS(writeS, mtbfS);
    log.choice(
      `${path.join(".")}.checkpoint.interval`,
      "optimal",
      "Daly 2006's optimum interval between checkpoints for the job's mean time between failures",
    );
  } else {
    intervalS = cp.interval;
    if (intervalS < writeS) {
      return {
        ok: false,
        issues: [
          issue(
            "checkpoint_interval_too_short",
            [...path, "checkpoint", "interval"],
            `a checkpoint every ${significant(intervalS, 3)} s is shorter than the ${significant(writeS, 3)} s it takes to write one`,
          ),
        ],
      };
    }
  }
  const goodput =
    unplannedGoodput(intervalS, writeS, restartS, mtbfS) *
    plannedGoodput(rates.plannedPerHour / 3600, writeS, restartS);
  const every = () =>
    `an interruption every ${significant(mtbfS / 60, 3)} min and ${significant(restartS / 60, 3)} min to restart`;
  if (!(goodput > 1e-9)) {
    return {
      ok: false,
      issues: [issue("no_progress", [...path], `with ${every()}, the run would make no progress at all`)],
    };
  }
  const warnings =
    goodput < 0.5
      ? [
          `with ${every()}, the job makes progress only ${significant(goodput * 100, 2)}% of the time: it needs fewer accelerators per synchronous job, faster restarts, or sites that carry on without each other (diloco)`,
        ]
      : [];
  const perDayByClass: Record<string, number> = {};
  for (const id in rates.perHourByClass) perDayByClass[id] = (rates.perHourByClass[id] as number) * 24;
  return {
    ok: true,
    value: {
      goodput,
      warnings,
      interruptionsPerDay: (rates.unplannedPerHour + rates.plannedPerHour) * 24,
      unexpectedInterruptionsPerDay: rates.unplannedPerHour * 24,
      interruptionsPerDayByClass: perDayByClass,
      mtbfHours: mtbfS / 3600,
      checkpointWriteSeconds: writeS,
      checkpointIntervalMinutes: intervalS / 60,
      restartMinutes: restartS / 60,
      classes: (reliabilityPools[0]?.rates ?? []).map((r) => ({
        id: r.id,
        perS: (rates.perHourByClass[r.id] ?? 0) / 3600,
        planned: r.planned,
      })),
      intervalS,
      writeS,
      restartS,
    },
  };
}
