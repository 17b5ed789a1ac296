import { defineWorkload } from "../workload/kind.js";
import { evaluateTraining } from "./evaluate.js";
import { trainingResultSchema } from "./result-schema.js";
import { trainingSchema } from "./schema.js";

/** Training: a run's compute, time, failures and footprint on its sites. */
export const training = defineWorkload({
  kind: "training",
  schema: trainingSchema,
  resultSchema: trainingResultSchema,
  evaluate: evaluateTraining,
});
