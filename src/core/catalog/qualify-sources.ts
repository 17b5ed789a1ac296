import type { Issue, IssueCode } from "../kernel/issues.js";
import type { LocatedDocument } from "../yaml/read-yaml.js";

/** An issue at a path of a data file, with its line and column. */
export function located(
  doc: LocatedDocument,
  path: readonly (string | number)[],
  code: IssueCode,
  message: string,
): Issue {
  const pos = doc.locate(path);
  return {
    code,
    path,
    message,
    location: pos ? { file: doc.file, line: pos.line, column: pos.column } : { file: doc.file },
  };
}

/** Rewrites every `source: id` under `value` to `<stem>/<id>` in place, returning the ids and where they were. */
export function qualifySources(
  value: unknown,
  stem: string,
  path: (string | number)[] = [],
): { path: (string | number)[]; id: string }[] {
  const found: { path: (string | number)[]; id: string }[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      found.push(...qualifySources(v, stem, [...path, i]));
    });
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      if (key === "source" && typeof v === "string") {
        found.push({ path: [...path, key], id: v });
        record[key] = `${stem}/${v}`;
      } else found.push(...qualifySources(v, stem, [...path, key]));
    }
  }
  return found;
}
