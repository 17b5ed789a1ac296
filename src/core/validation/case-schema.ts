import { z } from "zod";

/**
 * What a published figure measures: steady-state (iterations × step time, throughput), wall-clock (calendar time with
 * failures and restarts), all-in (accelerator-hours of everything allocated), measured (a direct measurement of
 * another kind), or method (recomputed by the source's own stated method).
 */
export const FIGURE_KINDS = ["steady-state", "wall-clock", "all-in", "measured", "method"] as const;
/** What a case's published figures are, as a whole: see `kind` below. */
export const CASE_KINDS = ["measured", "method", "estimate"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
const figure = z.enum(FIGURE_KINDS).optional().describe("what the published figure measures");

const expectation = z.union([
  z
    .strictObject({
      value: z.number(),
      tolerance: z.number().positive().max(10).describe("relative: 0.15 accepts ±15%"),
      figure,
      note: z.string().optional(),
    })
    // A relative tolerance around 0 is 0 wide and its error is a division by 0.
    .refine((e) => e.value !== 0, {
      message:
        "a published 0 cannot take a relative tolerance: write it as range: [0, 0] (or [0, a small bound])",
      path: ["value"],
    }),
  z.strictObject({
    range: z
      .tuple([z.number(), z.number()])
      .refine(([lo, hi]) => lo <= hi, { message: "range must be [low, high]" }),
    figure,
    note: z.string().optional(),
  }),
]);
export type Expectation = z.infer<typeof expectation>;

/** A validation case: a scenario and the published figures its result must match (PRODUCT.md). */
export const validationCaseSchema = z.strictObject({
  id: z.string().min(1),
  source: z.string().min(1),
  /**
   * Whether the published figure is measured (the model must predict it), computed by a stated method (the model
   * recomputes it), or another party's estimate by its own method (two estimates compared, neither a measurement).
   */
  kind: z.enum(CASE_KINDS).optional(),
  note: z.string().optional(),
  /**
   * For a serving benchmark: whether the serving efficiencies are fitted on it (`fit`) or it only measures them
   * (`held-out`, declared before any fit).
   */
  split: z.enum(["fit", "held-out"]).optional(),
  /**
   * A known miss: the reason the model is expected to miss this case's figures (a model bias found and not tuned
   * away). Its failing figures are reported as known misses, not failures; a figure that passes is reported as such,
   * so the mark can be removed once the model is fixed. Written when the case is added, never to hide a regression.
   */
  knownMiss: z
    .string()
    .trim()
    .min(10, {
      error: (iss) =>
        `knownMiss ${JSON.stringify(iss.input)} is too short: expected the reason the model misses this case, in a sentence (10 characters or more)`,
    })
    .optional(),
  inputs: z.unknown(),
  published: z.record(z.string().min(1), expectation).refine((r) => Object.keys(r).length > 0, {
    message: "needs at least one published figure",
  }),
});
export type ValidationCase = z.infer<typeof validationCaseSchema>;

/** A file holds one case or a list of cases. */
export const validationFileSchema = z.union([validationCaseSchema, z.array(validationCaseSchema).min(1)]);
