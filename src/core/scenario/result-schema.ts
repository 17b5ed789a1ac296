import { z } from "zod";
import { siteResultSchema, totalsSchema } from "../sizing/result-schema.js";
import { infeasibleSchema } from "../workload/infeasible.js";
import { WORKLOADS, type WorkloadRegistry } from "./workloads.js";

const assumptionSchema = z
  .looseObject({
    name: z.string().describe("where the value is used, as `<block>.<id>.<field>`"),
    value: z.unknown().describe("the value relied on"),
    source: z.string().describe("a source's title and locator, or `assumption: ` and its reasoning"),
  })
  .describe("one value the result relied on");

/** The result of `gigawatt run --json` (and of `/v1/run`) for a registry of workload kinds. */
export function resultSchemaWith(workloads: WorkloadRegistry) {
  const kinds = [
    ...Object.values(workloads).map((k) => k.resultSchema),
    infeasibleSchema(Object.keys(workloads)),
  ];
  const workload = z.union(kinds as [z.ZodType, z.ZodType]);
  return z
    .strictObject({
      name: z.string().optional(),
      sites: z.record(z.string(), siteResultSchema).describe("each site by its id"),
      workloads: z.record(z.string(), workload).describe("each workload by its name, told apart by `kind`"),
      totals: totalsSchema,
      assumptions: z.array(assumptionSchema),
    })
    .describe("A gigawatt result: sites, workloads, totals and every assumption used.");
}

export const resultSchema = resultSchemaWith(WORKLOADS);

/** The result format as JSON Schema (`gigawatt schema --result`). */
export function resultJsonSchema(): unknown {
  return z.toJSONSchema(resultSchema, { io: "output", unrepresentable: "any" });
}
