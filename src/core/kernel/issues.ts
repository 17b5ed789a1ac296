/**
 * Every issue code, one line each with what it means. Codes are stable: users, the API and validation cases match
 * on them, so a code is added here, never renamed.
 */
export const ISSUE_CODES = {
  // Reading input: files, text, YAML and schemas
  binary_file: "a file that is binary, not text",
  binary_input: "text input that is binary",
  empty_file: "a file with nothing in it",
  file_too_large: "a file over the size limit",
  input_too_large: "text input over the size limit",
  missing_file: "a file that does not exist",
  unreadable_file: "a file the user may not read",
  not_a_file: "a path that is a folder or a device, not a file",
  malformed_yaml: "YAML or JSON that does not parse",
  duplicate_key: "a key written twice in one mapping",
  unknown_key: "a key the schema does not have (often misspelt)",
  invalid_field: "a value of the wrong type or form for its field",
  invalid_type: "a value of the wrong type",
  invalid_quantity: "a quantity whose number or unit cannot be read",
  not_integer: "a count that must be whole",
  out_of_range: "a value outside its field's physical range",
  too_deep: "YAML or JSON nested deeper than the limit",
  invalid_date: "a date that is not a real calendar date",
  // Ids that name nothing
  unknown_accelerator: "an accelerator id or alias the catalog lacks",
  unknown_grid: "a grid id or alias the catalog lacks",
  unknown_cooling: "a cooling id the catalog lacks",
  unknown_project: "a project id or alias the catalog lacks",
  unknown_programme: "a programme id the catalog lacks",
  unknown_emissionControl: "an emission-control id (data/generation.yaml) the catalog lacks",
  unknown_currency: "a currency code the catalog lacks",
  unknown_organisation: "an organisation id or alias the catalog lacks",
  unknown_deal: "a deal id the catalog lacks",
  unknown_parameter: "a parameter name data/parameters.yaml lacks",
  unknown_serving_figure: "a serving figure data/serving.yaml lacks",
  unknown_training_run: "a published training run the catalog lacks",
  unknown_source: "a citation of a source the file's sources: map lacks",
  unknown_phase: "a phase its project does not have",
  unknown_site: "a site the scenario does not define",
  unknown_tier: "a tier the workload does not define",
  unknown_failure_class: "a failure class data/reliability.yaml does not have",
  unknown_kind: "a catalog kind or workload kind that does not exist",
  unknown_result_path: "a validation metric path that is not in the result",
  duplicate_id: "a catalog id defined twice",
  duplicate: "a catalog block (parameters, servingFigures) defined in two files",
  duplicate_site: "a site id used twice in a scenario",
  duplicate_workload: "a workload name used twice in a scenario",
  duplicate_tier: "a tier name used twice in a workload",
  duplicate_case: "a validation case id used twice in one run",
  no_cases: "a validation run given files or folders that hold no case",
  // The catalog itself
  uncited_number: "a number in data/ with neither a source nor an assumption",
  missing_parameters: "data/parameters.yaml lacks a required parameter",
  missing_serving_figures: "the catalog has no serving figures (data/serving.yaml)",
  // Plans the models cannot carry out
  missing_basis: "a site with none of power, accelerators or budget",
  too_small: "a site too small for one accelerator",
  too_many_accelerators: "a run asking for more accelerators than its sites have",
  no_accelerators: "a run whose sites have no accelerators",
  sites_not_connected: "a run over sites that no link joins",
  checkpoint_interval_too_short: "a checkpoint interval shorter than one checkpoint's write",
  no_progress: "a run that failures keep from making progress",
  impossible_duration: "a stated duration that would need more than 100% of peak",
  model_does_not_fit: "a model whose weights and context do not fit in the replica's memory",
  empty_window: "a time window that starts at its deadline",
  needs_confirmation: "a run long enough to need --yes",
  // The HTTP API (gigawatt serve)
  over_limit: "a request asking for more work than the server allows per request (trials, sites, text)",
  unauthorized: "a write without the server's bearer token",
  rate_limited: "a client over its request rate",
  busy: "every worker of the server is taken; retry later",
  timed_out: "a request whose work ran past the server's time limit",
  unsupported_media_type: "a request body in a format the route does not read",
  unknown_route: "an address or method the API does not have",
  unknown_scenario: "a saved scenario, version or share id the store lacks",
  unknown_article: "a saved article the store lacks",
  unknown_view: "a saved view of the web app the store lacks",
  unknown_run: "a run id that is not running",
  internal: "a fault of the server, logged there; the client sees no detail",
} as const;
export type IssueCode = keyof typeof ISSUE_CODES;

/**
 * The codes that say a workload's plan cannot be carried out on its sites (the model does not fit, failures leave
 * no progress, more accelerators than the sites hold, ...): an answer about that workload, reported in its result
 * beside the others, not a mistake in the input that stops the whole scenario.
 */
export const INFEASIBLE_PLAN_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "too_many_accelerators",
  "no_accelerators",
  "sites_not_connected",
  "checkpoint_interval_too_short",
  "no_progress",
  "impossible_duration",
  "model_does_not_fit",
]);

/** One problem with an input, as data: rendered to text at the edge (CLI line, HTTP body). */
export interface Issue {
  /** Stable machine-readable code (ISSUE_CODES), e.g. `unknown_accelerator`, `invalid_quantity`. */
  readonly code: IssueCode;
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
  code: IssueCode,
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
