import { z } from "zod";
import { syncSchema } from "../distributed/schema.js";
import { id } from "../kernel/ids.js";
import { activeWithinTotal, FIELDS, quantity } from "../kernel/quantity.js";
import { checkpointSchema } from "../reliability/schema.js";

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
      .superRefine(activeWithinTotal)
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
    checkpoint: checkpointSchema
      .optional()
      .describe("checkpointing and restart (default: sized from the model and data/parameters.yaml)"),
  })
  .refine((w) => (w.model === undefined) !== (w.trainingFLOP === undefined), {
    message: "give either `model` (parameters and tokens) or `trainingFLOP`, not both and not neither",
  });
export type TrainingInput = z.infer<typeof trainingSchema>;
