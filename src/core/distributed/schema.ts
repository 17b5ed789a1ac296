import { z } from "zod";
import { id } from "../kernel/ids.js";
import { FIELDS, quantity } from "../kernel/quantity.js";
import { SYNC_STRATEGIES } from "./strategies.js";

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

export type LinkInput = z.infer<typeof linkSchema>;

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
export type SyncInput = z.infer<typeof syncSchema>;
