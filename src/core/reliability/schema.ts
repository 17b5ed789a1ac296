import { z } from "zod";
import { FIELDS, quantity } from "../kernel/quantity.js";

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
  recovery: z
    .enum(["full-restart", "fast-recovery"])
    .optional()
    .describe(
      "full-restart: reload from storage checkpoints; fast-recovery: in-memory or peer checkpoints every step and hot spares (default from the job's size and hardware era)",
    ),
  restart: quantity(FIELDS.checkpointTime)
    .optional()
    .describe("time from an interruption to training resumed"),
});
export type CheckpointInput = z.infer<typeof checkpointSchema>;
