import { z } from "zod";
import { FIELDS, quantity } from "../kernel/quantity.js";

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

/** Checkpointing and restart of a training run. */
export const checkpointSchema = z.strictObject({
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
});
export type CheckpointInput = z.infer<typeof checkpointSchema>;
