import { defineWorkload } from "../workload/kind.js";
import { evaluateServing } from "./evaluate.js";
import { servingResultSchema } from "./result-schema.js";
import { servingSchema } from "./schema.js";

/** Serving: users, chat over the day, scheduled briefings and batch work, and what each request costs. */
export const serving = defineWorkload({
  kind: "serving",
  schema: servingSchema,
  resultSchema: servingResultSchema,
  evaluate: evaluateServing,
});
