import { z } from "zod";
import { linkSchema } from "../distributed/schema.js";
import { siteSchema } from "../sizing/schema.js";
import { workloadSchema } from "./workloads.js";

export { type SiteInput, siteSchema } from "../sizing/schema.js";
export type { TrainingInput } from "../training/schema.js";
export { type WorkloadInput, workloadSchema } from "./workloads.js";

/** The scenario file around a given schema of workloads (the registry's, or a test's with one kind more). */
export function scenarioSchemaWith<W extends z.ZodType>(workloads: W) {
  return z
    .strictObject({
      $schema: z.string().optional(),
      name: z.string().min(1).optional(),
      description: z.string().optional(),
      sites: z.array(siteSchema).min(1),
      links: z.array(linkSchema).default([]),
      workloads: z.array(workloads).default([]),
    })
    .describe("A gigawatt scenario: sites and the workloads that run on them.");
}

export const scenarioSchema = scenarioSchemaWith(workloadSchema);
export type Scenario = z.infer<typeof scenarioSchema>;
