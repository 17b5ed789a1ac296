/** One problem with an input, as data: rendered to text at the edge (CLI line, HTTP body). */
export interface Issue {
  /** Stable machine-readable code, e.g. `unknown_accelerator`, `invalid_quantity`. */
  readonly code: string;
  /** Where the bad value sits: `["sites", 0, "power"]`, or a CLI flag `["--power"]`. */
  readonly path: readonly (string | number)[];
  /** One sentence naming the value and what is accepted. */
  readonly message: string;
  /** Ids or forms that would have been accepted (nearest first for unknown ids). */
  readonly accepted?: readonly string[];
  /** File and line, when the input came from a file. */
  readonly location?: { readonly file?: string; readonly line?: number; readonly column?: number };
}

/** Thrown at the boundary when input is invalid; carries every issue found. */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "InputError";
    this.issues = issues;
  }
}

export function issue(
  code: string,
  path: readonly (string | number)[],
  message: string,
  accepted?: readonly string[],
): Issue {
  return accepted === undefined ? { code, path, message } : { code, path, message, accepted };
}

/** `sites[0].power` for a path. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" || part.startsWith("--") ? part : `.${part}`;
  }
  return out;
}

export function formatIssue(i: Issue): string {
  const where = i.location?.file
    ? `${i.location.file}${i.location.line !== undefined ? `:${i.location.line}` : ""}${i.location.column !== undefined ? `:${i.location.column}` : ""}: `
    : "";
  const path = i.path.length > 0 ? `${formatPath(i.path)}: ` : "";
  return `${where}${path}${i.message}`;
}
