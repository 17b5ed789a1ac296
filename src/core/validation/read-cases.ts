import { InputError } from "../kernel/issues.js";
import { readYaml, zodIssues } from "../yaml/read-yaml.js";
import { type ValidationCase, validationFileSchema } from "./case-schema.js";

/** Reads one validation file (one case or a list) from its text. */
export function readCases(text: string, file: string): (ValidationCase & { file: string })[] {
  const doc = readYaml(text, file);
  const parsed = validationFileSchema.safeParse(doc.data);
  if (!parsed.success) throw new InputError(zodIssues(doc, parsed.error.issues));
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return list.map((c) => ({ ...c, file }));
}
