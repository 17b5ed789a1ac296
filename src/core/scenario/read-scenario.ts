import { z } from "zod";
import { InputError, type Issue } from "../kernel/issues.js";
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
  const issues: Issue[] = doc
    ? zodIssues(doc, parsed.error.issues, "invalid_field", prefix)
    : parsed.error.issues.map((i) => ({
        code: i.code === "unrecognized_keys" ? "unknown_key" : "invalid_field",
        path: [...prefix, ...i.path.filter((p): p is string | number => typeof p !== "symbol")],
        message: i.message,
      }));
  throw new InputError(issues);
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
