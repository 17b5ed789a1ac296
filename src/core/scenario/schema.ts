import { z } from "zod";
import { CLIMATES } from "../catalog/schemas.js";
import { SYNC_STRATEGIES } from "../distributed/index.js";
import { id } from "./ids.js";
import { FIELDS, quantity } from "./quantity.js";
import { servingSchema } from "./serving-schema.js";

/** A grid given inline instead of a catalog id. */
export const inlineGridSchema = z.strictObject({
  name: z.string().optional(),
  carbonIntensity: quantity(FIELDS.carbonIntensity),
  waterIntensity: quantity(FIELDS.waterIntensity).optional(),
  electricityPrice: quantity(FIELDS.electricityPrice).optional(),
  climate: z.enum(CLIMATES).optional(),
});

/** Failure rates of a site, when they differ from data/reliability.yaml. */
export const siteReliabilitySchema = z
  .strictObject({
    failuresPer1000NodeDays: z
      .number()
      .min(0)
      .max(1e5)
      .optional()
      .describe(
        "unexpected interruptions per 1,000 node-days, all classes together; the catalog's split between classes is kept",
      ),
    rates: z
      .record(z.string(), z.number().min(0).max(1e5))
      .optional()
      .describe(
        "per failure class id (gpu, network, host, software, unplanned-maintenance, planned-maintenance): interruptions per 1,000 unit-days",
      ),
    outagesPerYear: z
      .number()
      .min(0)
      .max(1000)
      .optional()
      .describe("whole-site events (power loss, long-haul link cut) per year, for simulations"),
    outageDuration: quantity(FIELDS.checkpointTime)
      .optional()
      .describe("mean duration of a whole-site outage (default 4 h)"),
  })
  .describe("failure rates of the site's hardware and operations");

export const siteSchema = z
  .strictObject({
    id: id.describe("a catalog project id (hyperion, stargate-abilene ...) or a new id"),
    name: z.string().optional(),
    project: id
      .optional()
      .describe("catalog project whose figures fill the fields left out (default: the id, if it names one)"),
    phase: z.string().optional().describe("project phase to use (default: the last, full build-out)"),
    power: quantity(FIELDS.power).optional().describe("facility power"),
    accelerators: quantity(FIELDS.accelerators).optional(),
    budget: quantity(FIELDS.budget).optional().describe("capital budget for the site"),
    accelerator: id.optional().describe("catalog accelerator id or alias (h100, gb200, tpu v5p ...)"),
    pue: quantity(FIELDS.pue).optional(),
    grid: z.union([id, inlineGridSchema]).optional(),
    cooling: id.optional(),
    climate: z.enum(CLIMATES).optional(),
    utilisation: quantity(FIELDS.positiveFraction)
      .optional()
      .describe("average IT load over the year / provisioned IT power"),
    renewableShare: quantity(FIELDS.fraction)
      .optional()
      .describe("share of grid electricity matched by contracts (market-based carbon)"),
    onSiteGenerationShare: quantity(FIELDS.fraction)
      .optional()
      .describe("share of the site's energy from on-site gas turbines"),
    itPowerPerAccelerator: quantity(FIELDS.acceleratorPower)
      .optional()
      .describe("all-in IT power per accelerator"),
    acceleratorPrice: quantity(FIELDS.price).optional(),
    reliability: siteReliabilitySchema.optional(),
  })
  .describe("a datacenter site");
export type SiteInput = z.infer<typeof siteSchema>;

export const linkSchema = z.strictObject({
  between: z.tuple([id, id]),
  bandwidth: quantity(FIELDS.bandwidth),
  latency: quantity(FIELDS.latency).optional(),
  outagesPerYear: z
    .number()
    .min(0)
    .max(1000)
    .optional()
    .describe("cuts of the link per year (fibre cuts, maintenance), for simulations"),
  outageDuration: quantity(FIELDS.checkpointTime).optional().describe("mean duration of a cut (default 4 h)"),
});

/** How a run spread over several sites keeps them in step. */
export const syncSchema = z
  .strictObject({
    strategy: z.enum(SYNC_STRATEGIES),
    innerSteps: z
      .number()
      .int()
      .min(1)
      .max(1e6)
      .optional()
      .describe("inner steps between outer synchronisations (DiLoCo; default 100)"),
    compression: z
      .enum(["none", "int8", "4-bit"])
      .optional()
      .describe(
        "precision of what crosses sites: none (16-bit), int8 or 4-bit pseudo-gradients (default none)",
      ),
    fragments: z
      .number()
      .int()
      .min(1)
      .max(1e4)
      .optional()
      .describe("Streaming DiLoCo: fragments synchronised in turn (default 4)"),
    overlapSteps: z
      .number()
      .int()
      .min(0)
      .max(1e4)
      .optional()
      .describe("Streaming DiLoCo: inner steps a fragment's sync may overlap (default 1)"),
    globalBatch: quantity(FIELDS.tokens)
      .optional()
      .describe("tokens per optimizer step, all sites together (default: data/parameters.yaml)"),
  })
  .describe("synchronisation across sites");

export const trainingSchema = z
  .strictObject({
    name: z.string().min(1),
    kind: z.literal("training"),
    sites: z.array(id).min(1).optional().describe("sites the run uses (default: every site)"),
    model: z
      .strictObject({
        parameters: quantity(FIELDS.parameters),
        activeParameters: quantity(FIELDS.parameters)
          .optional()
          .describe("per token, for mixture-of-experts models"),
        tokens: quantity(FIELDS.tokens),
      })
      .optional(),
    trainingFLOP: quantity(FIELDS.flop)
      .optional()
      .describe("total training compute, when known instead of the model"),
    accelerators: quantity(FIELDS.accelerators)
      .optional()
      .describe("accelerators used (default: all of the sites')"),
    mfu: quantity(FIELDS.positiveFraction)
      .optional()
      .describe("model FLOPs utilisation (default: estimated from published runs)"),
    goodput: quantity(FIELDS.positiveFraction)
      .optional()
      .describe("share of wall-clock time that makes progress"),
    days: quantity(FIELDS.duration).optional().describe("the run's wall-clock duration, when known"),
    acceleratorHours: quantity(FIELDS.acceleratorHours)
      .optional()
      .describe("reported accelerator-hours, when known"),
    powerBoundary: z
      .enum(["it", "accelerator-tdp"])
      .optional()
      .describe(
        "it: all-in IT power per accelerator (default); accelerator-tdp: chip TDP only, as model cards count",
      ),
    powerPerAccelerator: quantity(FIELDS.acceleratorPower)
      .optional()
      .describe("measured average power per accelerator"),
    sync: syncSchema
      .optional()
      .describe("how the sites keep in step (default for several sites: sync-hierarchical)"),
    checkpoint: z
      .strictObject({
        interval: z
          .union([z.literal("optimal"), quantity(FIELDS.checkpointTime)])
          .optional()
          .describe("compute time between checkpoints, or optimal (Daly 2006; the default)"),
        writeTime: quantity(FIELDS.checkpointTime).optional().describe("time to write one checkpoint"),
        writeBandwidth: quantity(FIELDS.bandwidth)
          .optional()
          .describe("aggregate checkpoint write bandwidth of the job"),
        restart: quantity(FIELDS.checkpointTime)
          .optional()
          .describe("time from an interruption to training resumed"),
      })
      .optional()
      .describe("checkpointing and restart (default: sized from the model and data/parameters.yaml)"),
  })
  .refine((w) => (w.model === undefined) !== (w.trainingFLOP === undefined), {
    message: "give either `model` (parameters and tokens) or `trainingFLOP`, not both and not neither",
  });
export type TrainingInput = z.infer<typeof trainingSchema>;

export const workloadSchema = z.discriminatedUnion("kind", [trainingSchema, servingSchema]);
export type WorkloadInput = z.infer<typeof workloadSchema>;

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    sites: z.array(siteSchema).min(1),
    links: z.array(linkSchema).default([]),
    workloads: z.array(workloadSchema).default([]),
  })
  .describe("A gigawatt scenario: sites and the workloads that run on them.");
export type Scenario = z.infer<typeof scenarioSchema>;
