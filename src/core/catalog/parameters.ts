import { z } from "zod";
import { sourced } from "./sourced.js";

/** A named default the models use: a sourced number with its unit and what it means. */
const parameter = (value: z.ZodNumber) =>
  z.intersection(sourced(value), z.object({ unit: z.string(), description: z.string().min(10) }));

const fraction = () => parameter(z.number().min(0).max(1));
const positiveNumber = () => parameter(z.number().positive());

/**
 * The fixed set of model defaults (data/parameters.yaml). A missing or misspelt key is a load error, so code can
 * read `parameters.pueDefault.value` without a fallback.
 */
export const parametersSchema = z.strictObject({
  pueDefault: parameter(z.number().min(1).max(3)),
  averageItLoadFraction: fraction(),
  trainingPowerFraction: fraction(),
  shellCapexUSDPerMW: positiveNumber(),
  powerCoolingCapexUSDPerMW: positiveNumber(),
  networkCapexShareOfIT: fraction(),
  maintenanceShareOfFacilityCapexPerYear: fraction(),
  staffPerMW: positiveNumber(),
  staffCostUSDPerYear: positiveNumber(),
  acceleratorLifetimeYears: positiveNumber(),
  facilityLifetimeYears: positiveNumber(),
  costOfCapital: fraction(),
  buildingEmbodiedKgCO2ePerMW: positiveNumber(),
  gasTurbineHeatRateMMBtuPerMWh: positiveNumber(),
  naturalGasCO2KgPerMMBtu: positiveNumber(),
  gasTurbineNOxKgPerMWh: positiveNumber(),
  gasTurbinePM25KgPerMWh: positiveNumber(),
  // Sites (issue 12): all-in capex as the industry states it, design overhead, load factors by site type, backup hours.
  capexAllInUSDPerGW: positiveNumber(),
  capexAllInFirstYear: positiveNumber(),
  designPowerOverAnnualPue: positiveNumber(),
  itLoadFactorTraining: fraction(),
  itLoadFactorMixed: fraction(),
  itLoadFactorInference: fraction(),
  backupGenerationHoursPerYear: positiveNumber(),
  trainingFlopsPerParameterToken: positiveNumber(),
  trainingGoodputDefault: fraction(),
  mfuLossPerDoublingOfAccelerators: fraction(),
  checkpointBytesPerParameter: positiveNumber(),
  checkpointWriteGBPerSecondPerAccelerator: positiveNumber(),
  restartMinutes: positiveNumber(),
  fastRecoveryRestartMinutesAt1k: positiveNumber(),
  fastRecoveryRestartMinutesAt10k: positiveNumber(),
  fastRecoveryRestartMinutesAt100k: positiveNumber(),
  fastRecoveryCheckpointOverhead: fraction(),
  fastRecoveryFromAccelerators: positiveNumber(),
  batchTokensPerAccelerator: positiveNumber(),
});
export type Parameters = z.infer<typeof parametersSchema>;
export type ParameterName = keyof Parameters;
export type Parameter = Parameters[ParameterName];

/**
 * Figures the serving models use (data/serving.yaml): efficiencies, chat usage, KV-cache sizes of reference models,
 * and Google's split of a prompt's energy. Same shape as the parameters; the keys are fixed.
 */
export const servingFiguresSchema = z.strictObject({
  decodeMemoryBandwidthUtilisation: fraction(),
  prefillComputeEfficiency: fraction(),
  decodeComputeEfficiency: fraction(),
  servingFleetLoad: fraction(),
  mixtureOfExpertsEfficiency: fraction(),
  servingThroughputResidual: positiveNumber(),
  decodeTokensPerSecondPerUser: positiveNumber(),
  chatPeakToMeanRatio: positiveNumber(),
  chatRequestsPerUserPerDay: positiveNumber(),
  chatInputTokensPerRequest: positiveNumber(),
  chatOutputTokensPerRequest: positiveNumber(),
  kvCacheBytesPerTokenLlama3_70B: positiveNumber(),
  kvCacheBytesPerTokenDeepSeekV3: positiveNumber(),
  idleProvisionedShareOfEnergy: fraction(),
  hostPowerShareOfAccelerator: positiveNumber(),
  pulseBriefingsPerUserPerDay: positiveNumber(),
});
export type ServingFigures = z.infer<typeof servingFiguresSchema>;
