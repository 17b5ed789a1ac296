import { z } from "zod";
import { dateText, fractionValue, nonNegative, positive, sourced, sourcedDate } from "./sourced.js";

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase kebab-case id such as h100-sxm");
const aliases = z.array(z.string().min(1)).default([]);

export const acceleratorSchema = z.strictObject({
  id,
  name: z.string().min(1),
  vendor: id,
  aliases,
  form: z.enum(["gpu", "tpu", "asic"]),
  firstAvailable: sourcedDate,
  bf16DenseTFLOPS: positive(),
  fp8DenseTFLOPS: positive().optional(),
  fp4DenseTFLOPS: positive().optional(),
  hbmGB: positive(),
  hbmBandwidthTBps: positive(),
  tdpW: positive(),
  itPowerPerAcceleratorW: positive(),
  /** Share of the all-in power drawn while busy, when the all-in figure is built from a measured draw. */
  busyPowerFraction: fractionValue().optional(),
  acceleratorsPerServer: positive(),
  priceUSD: positive(),
  embodiedKgCO2e: positive(),
  successor: id.optional(),
  note: z.string().optional(),
});
export type Accelerator = z.infer<typeof acceleratorSchema>;

export const CLIMATES = ["hot-humid", "hot-dry", "temperate", "cold"] as const;
export type Climate = (typeof CLIMATES)[number];

export const gridSchema = z.strictObject({
  id,
  name: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166 alpha-2 country code such as US"),
  aliases,
  timezone: z.string().min(1),
  climate: z.enum(CLIMATES),
  carbonIntensityGPerKWh: nonNegative(),
  waterLitresPerKWh: nonNegative(),
  electricityPriceUSDPerMWh: positive(),
  note: z.string().optional(),
});
export type Grid = z.infer<typeof gridSchema>;

export const coolingSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  pueTypical: sourced(z.number().min(1).max(3)),
  wueLitresPerKWh: z.strictObject({
    "hot-humid": nonNegative(),
    "hot-dry": nonNegative(),
    temperate: nonNegative(),
    cold: nonNegative(),
  }),
  note: z.string().optional(),
});
export type Cooling = z.infer<typeof coolingSchema>;

const coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    source: z.string().optional(),
    assumption: z.string().optional(),
    locator: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((c) => (c.source === undefined) !== (c.assumption === undefined), {
    message: "needs exactly one of `source` or `assumption`",
  });

export const PROJECT_STATUSES = [
  "announced",
  "under-construction",
  "partly-operational",
  "operational",
  "cancelled",
] as const;

/** Where a phase stands on its record date. */
export const PHASE_STATUSES = ["announced", "under-construction", "operating", "cancelled"] as const;

/** A part of a mixed fleet: how many of one accelerator. */
const fleetPartSchema = z.strictObject({ accelerator: id, accelerators: positive() });

export const phaseSchema = z.strictObject({
  name: z.string().min(1),
  status: z.enum(PHASE_STATUSES).optional(),
  facilityPowerMW: positive().optional(),
  itPowerMW: positive().optional(),
  accelerators: positive().optional(),
  accelerator: id.optional(),
  /** A mixed fleet, one entry per accelerator (with the counts the sources give). */
  fleet: z.array(fleetPartSchema).min(2).optional(),
  online: sourcedDate.optional(),
  note: z.string().optional(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const GENERATION_KINDS = [
  "gas-turbine",
  "gas-engine",
  "fuel-cell",
  "battery",
  "solar",
  "wind",
  "nuclear",
] as const;
/** What on-site generation is for: the site's main supply, a bridge until the grid connection, or backup. */
export const GENERATION_ROLES = ["primary", "bridge", "backup"] as const;
export type GenerationRole = (typeof GENERATION_ROLES)[number];

/** Yearly caps of an air permit, in metric tonnes (permits in short tons are converted in the note). */
const permitSchema = z.strictObject({
  name: z.string().min(1),
  noxTonnesPerYear: positive().optional(),
  coTonnesPerYear: positive().optional(),
  pm25TonnesPerYear: positive().optional(),
  formaldehydeTonnesPerYear: positive().optional(),
});

export const onSiteGenerationSchema = z.strictObject({
  kind: z.enum(GENERATION_KINDS),
  role: z.enum(GENERATION_ROLES).default("primary"),
  units: positive().optional(),
  capacityMW: positive(),
  /** Full-load hours a year (backup: tests and outages); without it a primary or bridge plant carries the load up to its capacity. */
  hoursPerYear: positive().optional(),
  /** Share of the site's yearly energy, where a source gives it. */
  energyShare: fractionValue().optional(),
  /** Emission control (an id of data/generation.yaml), where the permit or the technology says. */
  control: id.optional(),
  permit: permitSchema.optional(),
  model: z.string().optional(),
  note: z.string().optional(),
});
export type OnSiteGeneration = z.infer<typeof onSiteGenerationSchema>;

export const projectSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  owner: id,
  partners: z.array(id).default([]),
  place: z.strictObject({
    name: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/),
    region: z.string().optional(),
  }),
  coordinates: coordinates.optional(),
  grid: id,
  status: z.enum(PROJECT_STATUSES),
  /** The programme the site belongs to (Stargate, ...), an id of data/programmes.yaml. */
  programme: id.optional(),
  /** What the site mostly runs: sets its yearly IT load factor. */
  siteType: z.enum(["training", "inference", "mixed"]).optional(),
  /** Date of the latest public record the entry reflects. */
  recordDate: dateText.optional(),
  cooling: id.optional(),
  accelerator: id.optional(),
  phases: z.array(phaseSchema).min(1),
  onSiteGeneration: z.array(onSiteGenerationSchema).default([]),
  capexUSD: positive().optional(),
  note: z.string().optional(),
});
export type Project = z.infer<typeof projectSchema>;

export const DEAL_KINDS = [
  "equity-investment",
  "cloud-contract",
  "capex-plan",
  "bond",
  "loan",
  "chip-purchase",
  "joint-venture",
  "forecast",
  "grant",
] as const;

export const dealSchema = z.strictObject({
  id,
  payer: id,
  payee: id.optional(),
  kind: z.enum(DEAL_KINDS),
  amountUSD: positive(),
  announced: sourcedDate,
  period: z.union([z.string(), z.number().int()]).transform(String).optional(),
  purpose: z.string().min(1),
  project: id.optional(),
  note: z.string().optional(),
});
export type Deal = z.infer<typeof dealSchema>;

export const organisationSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  kind: z.enum(["company", "utility", "government", "fund", "nonprofit", "university"]),
  note: z.string().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** Which use a published training run is put to (docs/data-format.md). */
export const TRAINING_RUN_SPLITS = ["fit", "held-out", "held-out-2026-12"] as const;
export type TrainingRunSplit = (typeof TRAINING_RUN_SPLITS)[number];

export const trainingRunSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    accelerator: id,
    accelerators: positive().optional(),
    parameters: positive(),
    activeParameters: positive(),
    /** Steady-state MFU: measured throughput while training (what `idealDays` predicts). */
    mfu: fractionValue().optional(),
    /** All-in MFU: the FLOPs over reported accelerator-hours or wall-clock (what `days` and `acceleratorHours` predict). */
    allInMfu: fractionValue().optional(),
    year: sourced(z.number().int().min(2015).max(2100)),
    tokens: positive().optional(),
    sequenceLength: positive().optional(),
    /** Activation recomputation as the source states it (MFU never counts the recomputed FLOPs). */
    recompute: z.enum(["full", "selective", "none"]).optional(),
    /** How far the figures can be trusted, as the research note judged them; `low` runs stay out of the fit. */
    confidence: z.enum(["high", "medium", "low"]).optional(),
    /**
     * `held-out`: never used in a fit, scored once by `validate` (default `fit`). `held-out-2026-12`: a second held-out
     * set collected after the first was read (issue 11), under an inclusion rule written before any prediction; never
     * fitted, never in the first set's scores, and read by nothing the model computes.
     */
    split: z.enum(TRAINING_RUN_SPLITS).optional(),
    /** Trained across sites over a wide-area network: kept for the multi-site models, left out of the single-site MFU model. */
    crossSite: z.boolean().optional(),
    note: z.string().optional(),
  })
  .refine((r) => r.mfu !== undefined || r.allInMfu !== undefined, {
    message: "a training run needs `mfu` (steady-state) or `allInMfu` (all-in), or both",
  });
export type TrainingRun = z.infer<typeof trainingRunSchema>;

/** What a failure class's rate is counted per: one accelerator, one server (node), or the whole job. */
export const FAILURE_SCALES = ["accelerator", "node", "job"] as const;
export type FailureScale = (typeof FAILURE_SCALES)[number];

/** A class of training interruption (GPU, network, host, software, planned maintenance) and its rate. */
export const failureClassSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  scalesWith: z.enum(FAILURE_SCALES),
  /** Interruptions per 1,000 unit-days of the `scalesWith` unit (node-days for node-scaled classes). */
  ratePer1000UnitDays: nonNegative(),
  /** Whether the interruption is planned (maintenance), so a job can checkpoint just before it. */
  planned: z.boolean().default(false),
  note: z.string().optional(),
});
export type FailureClass = z.infer<typeof failureClassSchema>;

/** Something articles compare power with ("two EPR reactors"), and its power. */
export const comparisonSchema = z.strictObject({
  id,
  name: z.string().min(1),
  aliases,
  powerW: positive(),
  note: z.string().optional(),
});
export type Comparison = z.infer<typeof comparisonSchema>;
