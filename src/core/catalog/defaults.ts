import { z } from "zod";
import { GENERATION_KINDS } from "./schemas.js";

const choice = z.strictObject({
  id: z.string().min(1),
  /** Why this is the default, shown beside it in every result that uses it. */
  reasoning: z.string().min(1),
});

/**
 * The data choices a site falls back on (data/defaults.yaml): which accelerator, grid and cooling when a site names
 * none, and which on-site generation burns fuel on site. Data, not code, so a newer default is a data edit.
 */
export const defaultsSchema = z.strictObject({
  accelerator: choice,
  grid: choice,
  cooling: choice,
  /** The emission control assumed where a plant names none, and the uncontrolled one shown beside every figure. */
  emissionControl: z.strictObject({
    id: z.string().min(1),
    uncontrolled: z.string().min(1),
    reasoning: z.string().min(1),
  }),
  /** The accelerator whose BF16 compute is one "H100-equivalent". */
  h100Equivalent: choice,
  fuelBurningGeneration: z.strictObject({
    kinds: z.array(z.enum(GENERATION_KINDS)).min(1),
    reasoning: z.string().min(1),
  }),
});
export type Defaults = z.infer<typeof defaultsSchema>;
