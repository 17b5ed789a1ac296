import { type AssumptionLog, catalogName } from "../assumptions.js";
import type { Catalog, ServingFigures } from "../catalog/index.js";
import { type Issue, issue } from "../errors.js";
import { energyFootprint } from "../footprint/index.js";
import {
  BYTES_PER_VALUE,
  chatShareAtHour,
  type DayResult,
  dayLoad,
  type ReplicaHardware,
  replicaSize,
  requestCost,
  requestEnergyWh,
  type ServedModel,
  simulateDay,
  weightBytes,
} from "../serving/index.js";
import type { CostAndFootprintParameters, SiteSizing } from "../sizing/index.js";
import { significant } from "../units/index.js";
import { capacityDate } from "./capacity-timeline.js";
import type { EvaluateOptions } from "./evaluate.js";
import type { ResolvedSite } from "./resolve-site.js";
import type { ServingInput } from "./schema.js";

/** A served model's capacity, footprint and cost (PRODUCT.md: acceleratorsNeeded, usersServable ...). */
export interface ServingResult {
  readonly kind: "serving";
  readonly sites: readonly string[];
  readonly users: number;
  readonly requestsPerDay: number;
  /** Accelerators busy at the day's peak, in whole replicas, and those the sites have. */
  readonly acceleratorsNeeded: number;
  readonly acceleratorsAvailable: number;
  readonly acceleratorsPerReplica: number;
  /** Users the sites' accelerators can serve at the same use. */
  readonly usersServable: number;
  readonly acceleratorHoursPerDay: number;
  readonly decodeTokensPerSPerAccelerator: number;
  readonly decodeBatch: number;
  readonly latencyMsPerToken: number;
  readonly prefillTokensPerSPerAccelerator: number;
  readonly prefillTokensPerSPerAcceleratorWithCacheHits: number;
  readonly acceleratorSecondsPerRequest: number;
  readonly energyWhPerRequest: number;
  readonly co2eGramsPerRequest: number;
  readonly waterMlPerRequest: number;
  readonly costUSDPerRequest: number;
  readonly costUSDPerUserMonth: number;
  /** Per year. */
  readonly energyMWh: number;
  readonly co2eTonnes: number;
  readonly waterLitres: number;
  /** Busy accelerators in each UTC hour (0-23), when regions or briefings are given: a chart of the day. */
  readonly hourlyBusyAccelerators?: readonly number[];
  readonly peakHourUtc?: number;
  /** The quietest hour's load over the peak's: how deep the trough is that scheduled work can fill. */
  readonly troughToPeak?: number;
  readonly briefingsPerDay?: number;
  /** The day simulated second by second, when asked: chat latency percentiles, briefings on time, utilisation. */
  readonly daySimulation?: DayResult;
  /** Facility power the peak needs, and when the operator's announced sites reach it (if all of it served this). */
  readonly neededMW: number;
  readonly capacityDate?: string;
  readonly operatorAnnouncedMW?: number;
  readonly acceleratorSecondsPerBriefing?: number;
  readonly energyWhPerBriefing?: number;
  /** Share of the day's accelerator time spent on briefings. */
  readonly briefingShareOfWork?: number;
  /** Per subscription tier, when given: what a user costs against what the user pays. */
  readonly tiers?: readonly TierResult[];
  readonly warnings?: readonly string[];
}

export interface TierResult {
  readonly name: string;
  readonly users: number;
  readonly pricePerMonthUSD: number;
  readonly costUSDPerUserMonth: number;
  readonly marginUSDPerUserMonth: number;
  /** Whether the price covers the serving cost. */
  readonly covered: boolean;
}

const DAYS_PER_MONTH = 365 / 12;

function figure(log: AssumptionLog, f: ServingFigures, name: keyof ServingFigures): number {
  const v = f[name];
  return log.cited(`servingFigures.${name}`, v, v.unit);
}

/** Capacity, footprint and cost of serving a model on its sites (the first site's hardware sets the replica). */
export function evaluateServing(
  w: ServingInput,
  index: number,
  sites: ReadonlyMap<string, { resolved: ResolvedSite; sizing: SiteSizing }>,
  catalog: Catalog,
  params: CostAndFootprintParameters,
  log: AssumptionLog,
  options: EvaluateOptions = {},
): { ok: true; result: ServingResult } | { ok: false; issues: Issue[] } {
  const path = ["workloads", index];
  const at = `workloads.${w.name}`;
  const f = catalog.servingFigures;
  if (!f)
    return {
      ok: false,
      issues: [
        issue("missing_serving_figures", path, "the catalog has no servingFigures (data/serving.yaml)"),
      ],
    };
  const siteIds = w.sites ?? [...sites.keys()];
  const missing = siteIds.filter((id) => !sites.has(id));
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((id) =>
        issue("unknown_site", [...path, "sites"], `unknown site '${id}'`, [...sites.keys()]),
      ),
    };
  }
  const used = siteIds.map((id) => sites.get(id) as { resolved: ResolvedSite; sizing: SiteSizing });
  const first = used[0] as { resolved: ResolvedSite; sizing: SiteSizing };
  const acc = first.resolved.accelerator;
  const precision = w.model.precision ?? "bf16";
  const peakTFLOPS =
    precision === "fp4"
      ? (acc.fp4DenseTFLOPS ?? acc.fp8DenseTFLOPS ?? acc.bf16DenseTFLOPS)
      : precision === "fp8"
        ? (acc.fp8DenseTFLOPS ?? acc.bf16DenseTFLOPS)
        : acc.bf16DenseTFLOPS;
  const model: ServedModel = {
    parameters: w.model.parameters,
    activeParameters: w.model.activeParameters ?? w.model.parameters,
    kvBytesPerToken: w.model.kvBytesPerToken ?? figure(log, f, "kvCacheBytesPerTokenLlama3_70B"),
    attentionFlopsPerContextToken: w.model.attentionFlopsPerContextToken ?? 0,
    precision,
  };
  const hbmBytes = log.cited(catalogName("accelerators", acc, "hbmGB"), acc.hbmGB, "GB") * 1e9;
  const perReplica = w.acceleratorsPerReplica ?? replicaSize(model, hbmBytes);
  if (w.acceleratorsPerReplica === undefined) {
    log.choice(
      `${at}.acceleratorsPerReplica`,
      perReplica,
      "the fewest accelerators, a power of two, whose memory holds the weights with 30% left for the KV cache",
    );
  }
  const hw: ReplicaHardware = {
    accelerators: perReplica,
    peakFlops:
      log.cited(catalogName("accelerators", acc, `${precision}DenseTFLOPS`), peakTFLOPS, "TFLOPS") * 1e12,
    hbmBytes,
    hbmBytesPerS:
      log.cited(catalogName("accelerators", acc, "hbmBandwidthTBps"), acc.hbmBandwidthTBps, "TB/s") * 1e12,
  };
  const eff = {
    prefillMfu: figure(log, f, "prefillModelFlopsUtilisation"),
    decodeMbu: figure(log, f, "decodeMemoryBandwidthUtilisation"),
  };
  const inputTokens = w.perUser?.inputTokens ?? figure(log, f, "chatInputTokensPerRequest");
  const outputTokens = w.perUser?.outputTokens ?? figure(log, f, "chatOutputTokensPerRequest");
  const requestsPerUser = w.perUser?.requestsPerDay ?? figure(log, f, "chatRequestsPerUserPerDay");
  const shape = {
    inputTokens,
    outputTokens,
    cacheHitRate: w.cacheHitRate ?? 0,
    contextTokens: w.contextTokens ?? inputTokens + outputTokens / 2,
    targetTokensPerS: w.tokensPerSecondPerUser ?? figure(log, f, "decodeTokensPerSecondPerUser"),
  };
  const cost = requestCost(model, hw, eff, shape);
  if (!cost) {
    const needed = replicaSize(model, hbmBytes, 0);
    return {
      ok: false,
      issues: [
        issue(
          "model_does_not_fit",
          [...path, "acceleratorsPerReplica"],
          `${significant(weightBytes(model) / 1e9, 3)} GB of ${precision} weights (${BYTES_PER_VALUE[precision]} bytes × ${significant(model.parameters, 3)} parameters) and one ${significant(shape.contextTokens, 3)}-token context do not fit in ${perReplica} × ${acc.hbmGB.value} GB of ${acc.id}: at least ${needed} accelerators are needed, or a smaller precision`,
        ),
      ],
    };
  }
  const peakToMean = w.peakToMean ?? figure(log, f, "chatPeakToMeanRatio");
  // With tiers, the average use weighs each tier's share by its use.
  const averageUsage = w.tiers ? w.tiers.reduce((sum, t) => sum + t.share * (t.usage ?? 1), 0) : 1;
  const requestsPerDay = w.users * requestsPerUser * averageUsage;
  const chatSecondsPerUser = requestsPerUser * averageUsage * cost.acceleratorSeconds;

  // Briefings are not interactive: decoded at the largest batch memory allows, in a local window before a deadline.
  let briefing: { perUser: number; seconds: number; start: number; deadline: number } | undefined;
  if (w.briefings) {
    const b = w.briefings;
    const perUser = b.perUserPerDay ?? figure(log, f, "pulseBriefingsPerUserPerDay");
    const calls = b.calls ?? 1;
    if (b.calls === undefined)
      log.choice(`${at}.briefings.calls`, 1, "model calls per briefing not given: one");
    const callCost = requestCost(model, hw, eff, {
      inputTokens: b.inputTokens,
      outputTokens: b.outputTokens,
      cacheHitRate: 0,
      contextTokens: b.inputTokens + b.outputTokens / 2,
      targetTokensPerS: 1e-9,
    });
    if (!callCost) {
      return {
        ok: false,
        issues: [
          issue(
            "model_does_not_fit",
            [...path, "briefings"],
            `one briefing call's context does not fit beside the weights in ${perReplica} accelerators`,
          ),
        ],
      };
    }
    const start = b.window?.start ?? 0;
    const deadline = b.window?.deadline ?? 7;
    if (b.window === undefined)
      log.choice(
        `${at}.briefings.window`,
        "00:00-07:00",
        "no window given: generated overnight, before 07:00 local time",
      );
    if (start === deadline) {
      return {
        ok: false,
        issues: [
          issue(
            "empty_window",
            [...path, "briefings", "window"],
            "the briefing window starts at its deadline: it has no time in it",
          ),
        ],
      };
    }
    briefing = { perUser, seconds: perUser * calls * callCost.acceleratorSeconds, start, deadline };
  }

  // The day's load: a curve over the users' time zones when regions or briefings are given, else a flat peak-to-mean.
  let peakBusy: number;
  let meanBusy: number;
  let curve: ReturnType<typeof dayLoad> | undefined;
  const peakHour = w.peakHour ?? 14;
  const regionList = (w.regions ?? [{ utcOffset: 0, share: 1 }]).map((r) => ({
    utcOffsetHours: r.utcOffset,
    share: r.share,
  }));
  if (w.regions || briefing) {
    if (w.peakHour === undefined) {
      log.choice(
        `${at}.peakHour`,
        14,
        "no hour of peak use given: mid-afternoon local time (no published hourly curve was found)",
      );
    }

    curve = dayLoad(
      w.users,
      chatSecondsPerUser,
      regionList,
      peakHour,
      peakToMean,
      briefing
        ? {
            acceleratorSecondsPerUser: briefing.seconds,
            startHour: briefing.start,
            deadlineHour: briefing.deadline,
          }
        : undefined,
    );
    peakBusy = curve.peak;
    meanBusy = curve.mean;
  } else {
    meanBusy = (w.users * chatSecondsPerUser) / 86400;
    peakBusy = meanBusy * peakToMean;
  }
  const busySeconds = meanBusy * 86400;
  const acceleratorsNeeded = Math.ceil(peakBusy / perReplica) * perReplica;
  const available = used.reduce((s, u) => s + u.sizing.accelerators, 0);
  const usersServable = Math.floor(
    (w.users * Math.floor(available / perReplica) * perReplica) / Math.max(peakBusy, 1e-12),
  );
  let daySimulation: DayResult | undefined;
  if (options.simulateDay) {
    const speed = cost.decode.tokensPerSPerSequence;
    const firstTokenS =
      (inputTokens * (1 - shape.cacheHitRate)) / (cost.prefillTokensPerSPerAccelerator * perReplica);
    const arrivals = new Float64Array(86_400);
    for (const r of regionList) {
      const perDay = w.users * r.share * requestsPerUser * averageUsage;
      for (let t = 0; t < 86_400; t++) {
        const local = (((t / 3600 + r.utcOffsetHours) % 24) + 24) % 24;
        arrivals[t] =
          (arrivals[t] as number) +
          (perDay * chatShareAtHour(Math.floor(local), peakHour, peakToMean)) / 3600;
      }
    }
    const utcSecond = (localHour: number, offset: number) =>
      Math.round(((((localHour - offset) % 24) + 24) % 24) * 3600) % 86_400;
    daySimulation = simulateDay(
      {
        // Prefill runs on the same accelerators: the slots left for decoding are the decode share of their time.
        slots:
          (acceleratorsNeeded / perReplica) *
          cost.decode.batch *
          (outputTokens / cost.decode.tokensPerSPerAccelerator / cost.acceleratorSeconds),
        chatArrivalsPerS: arrivals,
        chatServiceS: firstTokenS + outputTokens / speed,
        chatFirstTokenS: firstTokenS,
        briefings: briefing
          ? regionList.map((r) => ({
              count: w.users * r.share * (briefing?.perUser ?? 1),
              openS: utcSecond(briefing?.start ?? 0, r.utcOffsetHours),
              closeS: utcSecond(briefing?.deadline ?? 7, r.utcOffsetHours),
            }))
          : [],
        briefingServiceS: briefing
          ? (w.briefings?.calls ?? 1) *
            ((w.briefings?.inputTokens ?? 0) / (cost.prefillTokensPerSPerAccelerator * perReplica) +
              (w.briefings?.outputTokens ?? 0) / speed)
          : 1,
      },
      options.seed ?? 1,
      options.onProgress ? (done, total) => options.onProgress?.(`${w.name} (day)`, done, total) : undefined,
    );
  }

  // Capacity is paid for at the peak, all day: each busy second carries the day's peak-to-mean share of idle time.
  const capacityFactor = meanBusy > 0 ? peakBusy / meanBusy : 1;

  // Energy on Google's comprehensive boundary, at the first site's power, PUE and grid.
  const spec = first.resolved.spec;
  const busyFraction = log.parameter("trainingPowerFraction");
  const idleShare = figure(log, f, "idleProvisionedShareOfEnergy");
  const energyWhPerRequest = requestEnergyWh(
    cost.acceleratorSeconds,
    spec.itPowerPerAcceleratorW,
    busyFraction,
    idleShare,
    spec.pue,
  );
  const perRequest = energyFootprint(energyWhPerRequest / 1e6, spec, params);
  const hourly = w.acceleratorHourPrice ?? first.sizing.costUSDPerAcceleratorHour;
  if (w.acceleratorHourPrice !== undefined)
    log.input(`${at}.acceleratorHourPrice`, w.acceleratorHourPrice, "USD");
  const costUSDPerRequest = (cost.acceleratorSeconds / 3600) * hourly * capacityFactor;
  const whPerBusySecond = energyWhPerRequest / cost.acceleratorSeconds;
  const briefingWh = briefing ? briefing.seconds * whPerBusySecond : 0;
  const yearly = energyFootprint(
    ((energyWhPerRequest * requestsPerDay + briefingWh * w.users) * 365) / 1e6,
    spec,
    params,
  );
  const briefingCostPerUserDay = briefing ? (briefing.seconds / 3600) * hourly * capacityFactor : 0;
  const neededMW = (acceleratorsNeeded * spec.itPowerPerAcceleratorW * spec.pue) / 1e6;
  let operatorFields: { capacityDate?: string; operatorAnnouncedMW?: number } = {};
  const operatorWarnings: string[] = [];
  if (w.operator !== undefined) {
    if (!catalog.organisations.get(w.operator)) {
      return {
        ok: false,
        issues: [
          issue(
            "unknown_organisation",
            [...path, "operator"],
            `unknown organisation '${w.operator}'`,
            catalog.organisations.nearest(w.operator),
          ),
        ],
      };
    }
    const c = capacityDate(catalog, w.operator, neededMW);
    operatorFields = {
      ...(c.date === undefined ? {} : { capacityDate: c.date }),
      operatorAnnouncedMW: c.announcedMW,
    };
    if (c.date === undefined) {
      operatorWarnings.push(
        `${w.operator}'s announced sites with dates (${c.projects.join(", ") || "none"}) reach ${significant(c.announcedMW, 3)} MW; the peak needs ${significant(neededMW, 3)} MW`,
      );
    }
  }
  const warnings =
    acceleratorsNeeded > available
      ? [
          `needs ${significant(acceleratorsNeeded, 3)} accelerators at peak; the sites have ${significant(available, 3)}: they serve ${significant(usersServable, 3)} of the ${significant(w.users, 3)} users`,
        ]
      : [];
  warnings.push(...operatorWarnings);
  return {
    ok: true,
    result: {
      kind: "serving",
      sites: siteIds,
      users: w.users,
      requestsPerDay,
      acceleratorsNeeded,
      acceleratorsAvailable: available,
      acceleratorsPerReplica: perReplica,
      neededMW,
      ...operatorFields,
      ...(daySimulation ? { daySimulation } : {}),
      usersServable,
      acceleratorHoursPerDay: busySeconds / 3600,
      decodeTokensPerSPerAccelerator: cost.decode.tokensPerSPerAccelerator,
      decodeBatch: cost.decode.batch,
      latencyMsPerToken: cost.decode.stepS * 1000,
      prefillTokensPerSPerAccelerator: cost.prefillTokensPerSPerAccelerator,
      prefillTokensPerSPerAcceleratorWithCacheHits: cost.prefillTokensPerSPerAcceleratorWithHits,
      acceleratorSecondsPerRequest: cost.acceleratorSeconds,
      energyWhPerRequest,
      co2eGramsPerRequest: perRequest.co2eTonnes * 1e6,
      waterMlPerRequest: perRequest.waterLitres * 1000,
      costUSDPerRequest,
      costUSDPerUserMonth:
        (costUSDPerRequest * requestsPerUser * averageUsage + briefingCostPerUserDay) * DAYS_PER_MONTH,
      energyMWh: yearly.energyMWh,
      co2eTonnes: yearly.co2eTonnes,
      waterLitres: yearly.waterLitres,
      ...(curve
        ? {
            hourlyBusyAccelerators: curve.busy,
            peakHourUtc: curve.peakHourUtc,
            troughToPeak: Math.min(...curve.busy) / curve.peak,
          }
        : {}),
      ...(briefing
        ? {
            briefingsPerDay: briefing.perUser * w.users,
            acceleratorSecondsPerBriefing: briefing.seconds / briefing.perUser,
            energyWhPerBriefing: briefingWh / briefing.perUser,
            briefingShareOfWork: (briefing.seconds * w.users) / busySeconds,
          }
        : {}),
      ...(w.tiers
        ? {
            tiers: w.tiers.map((t) => {
              const cost =
                (costUSDPerRequest * requestsPerUser * (t.usage ?? 1) + briefingCostPerUserDay) *
                DAYS_PER_MONTH;
              return {
                name: t.name,
                users: Math.round(w.users * t.share),
                pricePerMonthUSD: t.pricePerMonth,
                costUSDPerUserMonth: cost,
                marginUSDPerUserMonth: t.pricePerMonth - cost,
                covered: t.pricePerMonth >= cost,
              };
            }),
          }
        : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
    },
  };
}
