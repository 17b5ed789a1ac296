import { type RunSync, runSync } from "../distributed/plan-sync.js";
import { energyFootprint } from "../footprint/index.js";
import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import { type RunReliability, runReliability } from "../reliability/job-reliability.js";
import { linkOutages, outageGoodput, siteOutages } from "../reliability/outages.js";
import { workloadSites } from "../sizing/sized-site.js";
import { HOURS_PER_YEAR, significant } from "../units/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { estimateTraining, type TrainingPool } from "./estimate.js";
import { trainingFlop } from "./flops.js";
import {
  geometricMeanActive,
  hardwareYear,
  mfuModelFormula,
  mfuModelOf,
  mfuModelSummary,
} from "./mfu-catalog.js";
import { apportion } from "./pools.js";
import { reliabilityFields, warningsOf } from "./result-fields.js";
import type { TrainingInput } from "./schema.js";
import { type SimulationSummary, simulateTraining } from "./simulate.js";

export interface TrainingResult {
  readonly kind: "training";
  readonly sites: readonly string[];
  readonly trainingFLOP: number;
  readonly accelerators: number;
  readonly days: number;
  readonly acceleratorHours: number;
  readonly mfu: number;
  readonly goodput: number;
  /** Expected interruptions over the run's wall-clock time, all classes and by class (when the run's size is known). */
  readonly interruptions?: number;
  readonly interruptionsByClass?: Readonly<Record<string, number>>;
  /** Expected interruptions per day of wall-clock time, all and unexpected only (as Llama 3 reports them). */
  readonly interruptionsPerDay?: number;
  readonly unexpectedInterruptionsPerDay?: number;
  readonly interruptionsPerDayByClass?: Readonly<Record<string, number>>;
  /** Mean time between unexpected interruptions of the whole job. */
  readonly mtbfHours?: number;
  readonly checkpointIntervalMinutes?: number;
  readonly checkpointWriteSeconds?: number;
  readonly restartMinutes?: number;
  /** What a reader must know about the result: a job that mostly restarts, a run that never finishes. */
  readonly warnings?: readonly string[];
  /** How the sites keep in step, for a run over several sites. */
  readonly sync?: RunSync;
  /** The Monte-Carlo simulation of the run, when trials were asked for. */
  readonly simulation?: SimulationSummary;
  readonly energyMWh: number;
  readonly itEnergyMWh: number;
  readonly co2eTonnes: number;
  readonly co2eMarketBasedTonnes: number;
  readonly co2eEmbodiedTonnes: number;
  readonly waterLitres: number;
  readonly costUSD: number;
  readonly bySite: Readonly<
    Record<
      string,
      { accelerators: number; energyMWh: number; co2eTonnes: number; waterLitres: number; costUSD: number }
    >
  >;
}

export function evaluateTraining(w: TrainingInput, ctx: WorkloadContext): Outcome<TrainingResult> {
  const { catalog, sites, params, log, options, links } = ctx;
  const path = [...ctx.scope.path];
  const at = ctx.scope.name;
  const named = workloadSites(w.sites, sites, path);
  if (!named.ok) return named;
  const { ids: siteIds, used } = named;
  const available = used.reduce((s, u) => s + u.sizing.accelerators, 0);
  const accelerators = w.accelerators ?? available;
  if (accelerators > available) {
    return {
      ok: false,
      issues: [
        issue(
          "too_many_accelerators",
          [...path, "accelerators"],
          `the run asks for ${accelerators} accelerators but its sites have ${available}`,
        ),
      ],
    };
  }
  if (accelerators < 1) {
    return {
      ok: false,
      issues: [issue("no_accelerators", [...path, "sites"], `the run's sites have no accelerators`)],
    };
  }

  const k = log.parameter("trainingFlopsPerParameterToken");
  const active = w.model ? (w.model.activeParameters ?? w.model.parameters) : undefined;
  const flop =
    w.trainingFLOP ?? trainingFlop(active as number, (w.model as NonNullable<typeof w.model>).tokens, k);
  const model = mfuModelOf(catalog);
  if (w.mfu === undefined) {
    log.parameter("mfuLossPerDoublingOfAccelerators");
    log.choice("mfuModel", mfuModelSummary(model), mfuModelFormula(model));
  }
  // With no model given, its size is read at the published runs' geometric mean.
  const totalParameters = w.model?.parameters ?? geometricMeanActive(catalog);
  const activeParameters = active ?? totalParameters;
  // Share the run's accelerators among its sites in proportion to what each has.
  const shares = apportion(
    accelerators,
    used.map((u) => u.sizing.accelerators),
  );
  const pools: TrainingPool[] = used.map((u, i) => {
    const n = shares[i] ?? 0;
    const spec = u.resolved.spec;
    const mfu =
      w.mfu ??
      model.predict({
        accelerators,
        activeParameters,
        parameters: totalParameters,
        hardwareYear: hardwareYear(catalog, spec.acceleratorId),
      });
    const powerPerAcceleratorW =
      w.powerPerAccelerator ??
      (w.powerBoundary === "accelerator-tdp"
        ? spec.acceleratorTdpW
        : spec.itPowerPerAcceleratorW * log.parameter("trainingPowerFraction"));
    return {
      siteId: spec.id,
      accelerators: n,
      peakFlopsPerAccelerator: spec.bf16DenseTFLOPS * 1e12,
      mfu,
      powerPerAcceleratorW,
      pue: spec.pue,
    };
  });
  // Several sites must keep in step: their accelerators compute only part of the time.
  let sync: RunSync | undefined;
  if (siteIds.length > 1) {
    const r = runSync(
      w.sync,
      siteIds,
      pools,
      links,
      { total: totalParameters, active: activeParameters },
      log,
      path,
    );
    if (!r.ok) return r;
    sync = r.value;
    for (const [i, p] of pools.entries()) pools[i] = { ...p, mfu: p.mfu * r.value.utilisation };
  } else if (w.sync) {
    log.choice(`${at}.sync`, "none", "the run uses one site: nothing crosses a long-haul link");
  }
  if (w.powerBoundary === "accelerator-tdp") log.input(`${at}.powerBoundary`, "accelerator-tdp");
  if (!w.model && w.mfu === undefined) {
    log.choice(
      `${at}.modelSize`,
      "catalog median",
      "no model size given: the MFU model is read at the geometric mean size of the published runs",
    );
  }
  // Interruptions and goodput from failure rates and checkpointing, when the checkpoint can be sized.
  let reliability: RunReliability | undefined;
  if (
    catalog.failureClasses.all.length > 0 &&
    (w.model !== undefined || w.checkpoint?.writeTime !== undefined)
  ) {
    const r = runReliability(
      { checkpoint: w.checkpoint, parameters: w.model?.parameters },
      used.map((u, i) => ({ site: u.resolved, accelerators: shares[i] ?? 0 })),
      catalog,
      log,
      path,
      sync?.siteFailure === "others-continue",
    );
    if (!r.ok) return r;
    reliability = r.value;
  }
  // Whole-site outages, and link cuts for a job that cannot go on without a link, cost time on top of failures.
  const resolvedSites = used.map((u) => u.resolved);
  const outages = [
    ...siteOutages(resolvedSites, log),
    ...(sync?.siteFailure === "others-continue" ? [] : linkOutages(siteIds, links, log)),
  ];
  let modelled: number | undefined;
  if (reliability) {
    modelled = reliability.perSite
      ? reliability.perSite.reduce((sum, r, i) => {
          const own = outages.filter((o) => o.siteId === resolvedSites[i]?.spec.id);
          return sum + r.share * r.goodput * outageGoodput(own, r.restartS, r.intervalS);
        }, 0)
      : reliability.goodput * outageGoodput(outages, reliability.restartS, reliability.intervalS);
  }
  const goodput = w.goodput ?? modelled ?? log.parameter("trainingGoodputDefault");
  if (w.goodput !== undefined) log.input(`${at}.goodput`, w.goodput);
  const estimate = estimateTraining({
    trainingFLOP: flop,
    pools,
    goodput,
    givenDurationS: w.days,
    givenAcceleratorHours: w.acceleratorHours,
  });
  if (estimate.mfu > 1) {
    const given = w.days !== undefined ? "days" : "acceleratorHours";
    return {
      ok: false,
      issues: [
        issue(
          "impossible_duration",
          [...path, given],
          `the run's ${significant(flop, 3)} FLOP in the given ${given} would need an MFU of ${significant(estimate.mfu * 100, 3)}%, above 100% of the accelerators' peak (check the model size, tokens, accelerators and duration)`,
        ),
      ],
    };
  }

  let simulation: SimulationSummary | undefined;
  const simulationWarnings: string[] = [];
  // The simulator's work grows with interruptions: a run expected to see millions is left to the analytic figures.
  const expectedEvents = (reliability?.interruptionsPerDay ?? 0) * estimate.days;
  if (options.trials !== undefined && reliability && expectedEvents > MAX_SIMULATED_INTERRUPTIONS) {
    simulationWarnings.push(
      `not simulated: the run would see about ${significant(expectedEvents, 2)} interruptions per trial (the simulator stops at ${significant(MAX_SIMULATED_INTERRUPTIONS, 2)}); the expected figures above stand`,
    );
  } else if (
    options.trials !== undefined &&
    reliability &&
    w.days === undefined &&
    w.acceleratorHours === undefined
  ) {
    simulation = simulateTraining(
      w.name,
      estimate.days * 86400 * goodput,
      estimate.days * 86400,
      reliability,
      resolvedSites,
      outages,
      { ...options, trials: options.trials },
    );
  }

  const warnings = warningsOf(reliability, simulation, simulationWarnings);
  const bySite: Record<
    string,
    { accelerators: number; energyMWh: number; co2eTonnes: number; waterLitres: number; costUSD: number }
  > = {};
  let co2e = 0;
  let co2eMarket = 0;
  let embodied = 0;
  let water = 0;
  let cost = 0;
  for (const [i, u] of used.entries()) {
    const pool = pools[i] as TrainingPool;
    const energy = estimate.energyMWhBySite[pool.siteId] ?? 0;
    const fp = energyFootprint(energy, u.resolved.spec, params);
    const hours = pool.accelerators * estimate.days * 24;
    const siteCost = hours * u.sizing.costUSDPerAcceleratorHour;
    embodied +=
      (hours / (params.acceleratorLifetimeYears * HOURS_PER_YEAR)) *
      (u.resolved.spec.acceleratorEmbodiedKgCO2e / 1000);
    co2e += fp.co2eTonnes;
    co2eMarket += fp.co2eMarketBasedTonnes;
    water += fp.waterLitres;
    cost += siteCost;
    bySite[pool.siteId] = {
      accelerators: pool.accelerators,
      energyMWh: energy,
      co2eTonnes: fp.co2eTonnes,
      waterLitres: fp.waterLitres,
      costUSD: siteCost,
    };
  }
  return {
    ok: true,
    value: {
      kind: "training",
      sites: siteIds,
      trainingFLOP: flop,
      accelerators,
      days: estimate.days,
      acceleratorHours: estimate.acceleratorHours,
      mfu: estimate.mfu,
      goodput,
      ...(reliability ? reliabilityFields(reliability, estimate.days) : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(sync ? { sync } : {}),
      ...(simulation ? { simulation } : {}),
      energyMWh: estimate.energyMWh,
      itEnergyMWh: estimate.itEnergyMWh,
      co2eTonnes: co2e,
      co2eMarketBasedTonnes: co2eMarket,
      co2eEmbodiedTonnes: embodied,
      waterLitres: water,
      costUSD: cost,
      bySite,
    },
  };
}

/** Interruptions per trial above which a run is not simulated (its trials would take minutes each). */
const MAX_SIMULATED_INTERRUPTIONS = 1e6;
