import { z } from "zod";
import { InputError } from "../kernel/issues.js";
import { type LocatedDocument, readYaml, zodIssues } from "../yaml/read-yaml.js";
import { type Scenario, scenarioSchema } from "./schema.js";

/** Validates parsed scenario data; every issue names its path (and line, when a document is given). */
export function parseScenario(
  data: unknown,
  doc?: LocatedDocument,
  prefix: readonly (string | number)[] = [],
): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new InputError(zodIssues(doc, parsed.error.issues, "invalid_field", prefix, data));
}

/** Reads a scenario file's text (YAML or JSON). */
export function readScenario(text: string, file: string): Scenario {
  const doc = readYaml(text, file);
  return parseScenario(doc.data, doc);
}

/** The scenario format as JSON Schema (draft 2020-12), for editors. */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(scenarioSchema, { io: "input", unrepresentable: "any" });
}
