import { energyFootprint } from "../footprint/index.js";
import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import { type SizedSite, workloadSites } from "../sizing/sized-site.js";
import { significant } from "../units/index.js";
import type { WorkloadContext } from "../workload/kind.js";
import { briefingAudience } from "./briefing-audience.js";
import { dayLoad } from "./day-curve.js";
import { simulateServingDay } from "./day-simulation.js";
import { capacityDate } from "./operator-capacity.js";
import { requestEnergyWh } from "./per-request.js";
import { figure, offlineCallCost, replicaSetup } from "./replica.js";
import type { ServingResult } from "./result.js";
import type { ServingInput } from "./schema.js";

const DAYS_PER_MONTH = 365 / 12;

/** Capacity, footprint and cost of serving a model on its sites (the first site's hardware sets the replica). */
export function evaluateServing(w: ServingInput, ctx: WorkloadContext): Outcome<ServingResult> {
  const { catalog, sites, params, log, options } = ctx;
  const path = [...ctx.scope.path];
  const at = ctx.scope.name;
  const f = catalog.servingFigures;
  if (!f)
    return {
      ok: false,
      issues: [
        issue("missing_serving_figures", path, "the catalog has no servingFigures (data/serving.yaml)"),
      ],
    };
  const named = workloadSites(w.sites, sites, path);
  if (!named.ok) return named;
  const { ids: siteIds, used } = named;
  const first = used[0] as SizedSite;
  const setup = replicaSetup(w, first.resolved, f, log, path);
  if (!setup.ok) return setup;
  const { model, hw, eff, shape, perReplica, cost } = setup.value;
  const { inputTokens, outputTokens } = shape;
  const requestsPerUser = w.perUser?.requestsPerDay ?? figure(log, f, "chatRequestsPerUserPerDay");
  const peakToMean = w.peakToMean ?? figure(log, f, "chatPeakToMeanRatio");
  // With tiers, the average use weighs each tier's share by its use.
  const averageUsage = w.tiers ? w.tiers.reduce((sum, t) => sum + t.share * (t.usage ?? 1), 0) : 1;
  const requestsPerDay = w.users * requestsPerUser * averageUsage;
  const chatSecondsPerUser = requestsPerUser * averageUsage * cost.acceleratorSeconds;

  // Briefings are not interactive: decoded at the largest batch memory allows, in a local window before a deadline.
  const audience = briefingAudience(w, path);
  if (!audience.ok) return audience;
  // Briefings per user of the whole workload: those who get one, times the share of the users they are.
  const briefed = audience.share;
  let briefing: { perUser: number; seconds: number; start: number; deadline: number } | undefined;
  if (w.briefings) {
    const b = w.briefings;
    const perUser = b.perUserPerDay ?? figure(log, f, "pulseBriefingsPerUserPerDay");
    const calls = b.calls ?? 1;
    if (b.calls === undefined)
      log.choice(`${at}.briefings.calls`, 1, "model calls per briefing not given: one");
    const call = offlineCallCost(
      model,
      hw,
      eff,
      b.inputTokens,
      b.outputTokens,
      [...path, "briefings"],
      b.cacheHitRate ?? 0,
    );
    if (!call.ok) return call;
    const callCost = call.cost;
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
  // Batch jobs run at the largest batch memory allows, in their UTC window (the whole day unless given).
  let batchSeconds = 0;
  if (w.batch) {
    const call = offlineCallCost(model, hw, eff, w.batch.inputTokens, w.batch.outputTokens, [
      ...path,
      "batch",
    ]);
    if (!call.ok) return call;
    const callCost = call.cost;
    batchSeconds = w.batch.requestsPerDay * callCost.acceleratorSeconds;
  }
  if (w.regions || briefing || w.batch) {
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
            acceleratorSecondsPerUser: briefing.seconds * briefed,
            startHour: briefing.start,
            deadlineHour: briefing.deadline,
          }
        : undefined,
      w.batch
        ? {
            acceleratorSecondsPerUser: batchSeconds,
            startHour: w.batch.window?.start ?? 0,
            deadlineHour: w.batch.window?.deadline ?? 24,
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
  const simulated = options.simulateDay
    ? simulateServingDay({
        users: w.users,
        requestsPerUser: requestsPerUser * averageUsage,
        regions: regionList,
        peakHour,
        peakToMean,
        cost,
        perReplica,
        acceleratorsNeeded,
        inputTokens,
        outputTokens,
        cacheHitRate: shape.cacheHitRate,
        briefing:
          briefing && w.briefings
            ? {
                ...briefing,
                perUser: briefing.perUser * briefed,
                calls: w.briefings.calls ?? 1,
                inputTokens: w.briefings.inputTokens,
                outputTokens: w.briefings.outputTokens,
              }
            : undefined,
        seed: options.seed ?? 1,
        ...(options.onProgress
          ? {
              onProgress: (done: number, total: number) =>
                options.onProgress?.(`${w.name} (day)`, done, total),
            }
          : {}),
      })
    : undefined;

  const daySimulation = simulated && {
    ...simulated,
    regions: simulated.regions.map((r, i) => {
      const given = w.regions?.[i];
      const offset = given?.utcOffset ?? 0;
      return { name: given?.name ?? `UTC${offset >= 0 ? "+" : ""}${offset}`, ...r };
    }),
  };

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
    ((energyWhPerRequest * requestsPerDay + briefingWh * w.users * briefed + batchSeconds * whPerBusySecond) *
      365) /
      1e6,
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
    value: {
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
      co2eMarketBasedGramsPerRequest: perRequest.co2eMarketBasedTonnes * 1e6,
      waterMlPerRequest: perRequest.waterLitres * 1000,
      waterOnSiteMlPerRequest: perRequest.waterOnSiteLitres * 1000,
      costUSDPerRequest,
      costUSDPerUserMonth:
        (costUSDPerRequest * requestsPerUser * averageUsage + briefingCostPerUserDay * briefed) *
        DAYS_PER_MONTH,
      energyMWh: yearly.energyMWh,
      co2eTonnes: yearly.co2eTonnes,
      waterLitres: yearly.waterLitres,
      ...(curve
        ? {
            hourlyBusyAccelerators: curve.busy,
            peakHourUtc: curve.peakHourUtc,
            troughToPeak: Math.min(...curve.busy) / curve.peak,
            ...troughFill(curve, perReplica, acceleratorsNeeded),
          }
        : {}),
      ...(w.batch ? { batchAcceleratorHoursPerDay: batchSeconds / 3600 } : {}),
      ...(briefing
        ? {
            briefingsPerDay: briefing.perUser * w.users * briefed,
            acceleratorSecondsPerBriefing: briefing.seconds / briefing.perUser,
            energyWhPerBriefing: briefingWh / briefing.perUser,
            briefingShareOfWork: (briefing.seconds * w.users * briefed) / busySeconds,
          }
        : {}),
      ...(w.tiers
        ? {
            tiers: w.tiers.map((t) => {
              const getsBriefings = w.briefings?.tiers?.includes(t.name) ?? true;
              const cost =
                (costUSDPerRequest * requestsPerUser * (t.usage ?? 1) +
                  (getsBriefings ? briefingCostPerUserDay : 0)) *
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

/**
 * How scheduled work (briefings, batch) sits in the day: the accelerators chat alone would need at its peak, and the
 * share of the scheduled work that runs under that peak, in the troughs chat leaves (1 = it costs no extra accelerator).
 */
function troughFill(
  curve: ReturnType<typeof dayLoad>,
  perReplica: number,
  acceleratorsNeeded: number,
): { chatPeakAccelerators: number; scheduledInTroughShare: number } | Record<string, never> {
  const scheduled = curve.scheduledBusy.reduce((s, v) => s + v, 0);
  if (scheduled <= 0) return {};
  return {
    chatPeakAccelerators: Math.min(acceleratorsNeeded, Math.ceil(curve.chatPeak / perReplica) * perReplica),
    scheduledInTroughShare: curve.scheduledUnderChatPeak / scheduled,
  };
}
