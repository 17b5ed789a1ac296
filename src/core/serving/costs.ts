import type { ServingFigures } from "../catalog/index.js";
import { energyFootprint } from "../footprint/index.js";
import { busyPowerFraction } from "../sizing/busy-power.js";
import type { SizedSite } from "../sizing/sized-site.js";
import type { WorkloadContext } from "../workload/kind.js";
import type { Load, Usage } from "./load.js";
import { requestEnergyWh } from "./per-request.js";
import { figure, type ReplicaSetup } from "./replica.js";
import type { TierResult } from "./result.js";
import type { ScheduledWork } from "./scheduled-work.js";
import type { ServingInput } from "./schema.js";

const DAYS_PER_MONTH = 365 / 12;

/**
 * Energy, carbon, water and cost of a request on Google's comprehensive boundary, at the first site's power, PUE and
 * grid; capacity is paid for at the peak, all day, so each busy second carries the day's peak-to-mean idle share.
 */
export function servingCosts(
  w: ServingInput,
  first: SizedSite,
  setup: ReplicaSetup,
  f: ServingFigures,
  usage: Usage,
  work: ScheduledWork,
  load: Load,
  ctx: WorkloadContext,
) {
  const { log, params } = ctx;
  const spec = first.resolved.spec;
  const { cost } = setup;
  const capacityFactor = load.meanBusy > 0 ? load.peakBusy / load.meanBusy : 1;
  const busyFraction = busyPowerFraction(log, first.resolved.accelerator);
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
    log.input(ctx.scope.at("acceleratorHourPrice").name, w.acceleratorHourPrice, "USD");
  const costUSDPerRequest = (cost.acceleratorSeconds / 3600) * hourly * capacityFactor;
  const whPerBusySecond = energyWhPerRequest / cost.acceleratorSeconds;
  const { briefing, briefed } = work;
  const briefingWh = briefing ? briefing.seconds * whPerBusySecond : 0;
  const yearly = energyFootprint(
    ((energyWhPerRequest * usage.requestsPerDay +
      briefingWh * w.users * briefed +
      work.batchSeconds * whPerBusySecond) *
      365) /
      1e6,
    spec,
    params,
  );
  const briefingCostPerUserDay = briefing ? (briefing.seconds / 3600) * hourly * capacityFactor : 0;
  const perUserMonth = (usageShare: number, briefings: number) =>
    (costUSDPerRequest * usage.requestsPerUser * usageShare + briefingCostPerUserDay * briefings) *
    DAYS_PER_MONTH;
  return {
    energyWhPerRequest,
    co2eGramsPerRequest: perRequest.co2eTonnes * 1e6,
    co2eMarketBasedGramsPerRequest: perRequest.co2eMarketBasedTonnes * 1e6,
    waterMlPerRequest: perRequest.waterLitres * 1000,
    waterOnSiteMlPerRequest: perRequest.waterOnSiteLitres * 1000,
    costUSDPerRequest,
    costUSDPerUserMonth: perUserMonth(usage.averageUsage, briefed),
    energyMWh: yearly.energyMWh,
    co2eTonnes: yearly.co2eTonnes,
    waterLitres: yearly.waterLitres,
    briefingWh,
    tiers: w.tiers?.map((t): TierResult => {
      const getsBriefings = w.briefings?.tiers?.includes(t.name) ?? true;
      const tierCost = perUserMonth(t.usage ?? 1, getsBriefings ? 1 : 0);
      return {
        name: t.name,
        users: Math.round(w.users * t.share),
        pricePerMonthUSD: t.pricePerMonth,
        costUSDPerUserMonth: tierCost,
        marginUSDPerUserMonth: t.pricePerMonth - tierCost,
        covered: t.pricePerMonth >= tierCost,
      };
    }),
  };
}
