// A scenario from a request: JSON (already parsed) or YAML text, with the run options read like the CLI's flags.
import {
  InputError,
  parseScenario,
  readField,
  readScenario,
  readYaml,
  type Scenario,
} from "../core/index.js";
import type { Limits } from "./limits.js";
import { fail } from "./problem.js";

export interface RunOptions {
  readonly trials?: number;
  readonly seed?: number;
  readonly day?: boolean;
}

/** The scenario and the data as the user wrote it (kept by saves). */
export function scenarioOf(
  body: unknown,
  where: readonly (string | number)[] = [],
): { scenario: Scenario; input: unknown } {
  if (body === undefined || body === null || body === "") {
    throw fail("empty_file", [...where], "the request has no scenario (send it as JSON or YAML)");
  }
  if (typeof body === "string") {
    const scenario = readScenario(body, "body");
    // The YAML's data, as saved: readScenario has checked it parses.
    return { scenario, input: yamlData(body) };
  }
  return { scenario: parseScenario(body, undefined, where), input: body };
}

function yamlData(text: string): unknown {
  return readYaml(text, "body").data;
}

const TRIALS = { kind: "count", min: 1, max: 1_000_000, integer: true } as const;
const SEED = { kind: "count", min: 0, max: 4_294_967_295, integer: true } as const;

/** Reads `trials`, `seed` and `day` (query strings or JSON values) with the CLI's messages, then the server's bounds. */
export function runOptionsOf(
  raw: { trials?: unknown; seed?: unknown; day?: unknown },
  where: readonly string[],
  limits: Limits,
): RunOptions {
  const read = (name: "trials" | "seed", spec: typeof TRIALS | typeof SEED): number | undefined => {
    const v = raw[name];
    if (v === undefined) return undefined;
    const r = readField([...where, name], spec, typeof v === "number" ? v : String(v));
    if (!r.ok) throw new InputError([r.issue]);
    return r.value;
  };
  const trials = read("trials", TRIALS);
  const seed = read("seed", SEED);
  if (trials !== undefined && trials > limits.trials) {
    throw fail(
      "over_limit",
      [...where, "trials"],
      `${trials} trials is over this server's limit of ${limits.trials} per run (the CLI runs more on your own machine)`,
    );
  }
  const day = raw.day === true || raw.day === "true" || raw.day === "1";
  if (raw.day !== undefined && !day && raw.day !== false && raw.day !== "false" && raw.day !== "0") {
    throw fail(
      "invalid_field",
      [...where, "day"],
      `invalid day '${String(raw.day)}' (expected true or false)`,
    );
  }
  return {
    ...(trials === undefined ? {} : { trials }),
    ...(seed === undefined ? {} : { seed }),
    ...(day ? { day } : {}),
  };
}

/** Sites and workloads within the server's bounds. */
export function checkSize(s: Scenario, limits: Limits, where: readonly (string | number)[] = []): void {
  if (s.sites.length > limits.sites)
    throw fail(
      "over_limit",
      [...where, "sites"],
      `${s.sites.length} sites is over this server's limit of ${limits.sites} per scenario`,
    );
  if (s.workloads.length > limits.workloads)
    throw fail(
      "over_limit",
      [...where, "workloads"],
      `${s.workloads.length} workloads is over this server's limit of ${limits.workloads} per scenario`,
    );
}
