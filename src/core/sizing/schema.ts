import { z } from "zod";
import { CLIMATES } from "../catalog/schemas.js";
import { id } from "../kernel/ids.js";
import { FIELDS, quantity } from "../kernel/quantity.js";

/** A grid given inline instead of a catalog id. */
export const inlineGridSchema = z.strictObject({
  name: z.string().optional(),
  carbonIntensity: quantity(FIELDS.carbonIntensity),
  waterIntensity: quantity(FIELDS.waterIntensity).optional(),
  electricityPrice: quantity(FIELDS.electricityPrice).optional(),
  climate: z.enum(CLIMATES).optional(),
});

export type InlineGrid = z.infer<typeof inlineGridSchema>;

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
    siteType: z
      .enum(["training", "inference", "mixed"])
      .optional()
      .describe(
        "what the site mostly runs; sets its yearly IT load factor (default: the project's, else mixed)",
      ),
    utilisation: quantity(FIELDS.positiveFraction)
      .optional()
      .describe(
        "average IT load over the year / provisioned IT power (default: the site type's load factor)",
      ),
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
