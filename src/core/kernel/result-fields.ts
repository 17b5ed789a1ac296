import { z } from "zod";

// Building blocks of result schemas: every figure is a number (JSON has no NaN or Infinity, and the core never makes
// them), and every result object may carry the 80% ranges of its key figures.

/** A number that may be negative (a net figure), described for readers of the JSON Schema. */
export const figure = (description: string) => z.number().describe(description);

/** A number that cannot be negative. */
export const amount = (description: string) => z.number().nonnegative().describe(description);

/** A result's 80% ranges (PRODUCT.md, Results: `ranges`). */
export const rangesSchema = z
  .record(z.string(), z.strictObject({ p10: z.number(), p90: z.number() }))
  .describe("80% range (p10, p90) of each key figure that carries uncertainty, in the key's unit");
