import { availableParallelism } from "node:os";
import {
  type Catalog,
  type EvaluateOptions,
  evaluateScenario,
  formatIssue,
  formatQuantity,
  InputError,
  isInfeasible,
  readField,
  readScenario,
  type Scenario,
} from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { simulateRunOnWorkers } from "../../node/parallel-simulation.js";
import { readText } from "../../node/read-text.js";
import { EXIT, json, type Output } from "../io.js";
import { progressBar } from "../progress.js";
import { renderResult } from "../render/index.js";

export interface RunOptions {
  json?: boolean;
  assumptions?: boolean;
  trials?: string;
  seed?: string;
  day?: boolean;
  yes?: boolean;
}

const TRIALS = { kind: "count", min: 1, max: 1_000_000, integer: true } as const;
const SEED = { kind: "count", min: 0, max: 4_294_967_295, integer: true } as const;
/** Runs expected to take longer than this ask for --yes. */
const CONFIRM_ABOVE_S = 180;
/** Trials from which the run is timed on a small sample first, to say how long the whole will take. */
const ESTIMATE_FROM_TRIALS = 20_000;
const SAMPLE_TRIALS = 500;

/** Reads a whole-number flag with the same messages as scenario fields. */
function flag(name: string, spec: typeof TRIALS | typeof SEED, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const r = readField([name], spec, text);
  if (!r.ok) throw new InputError([r.issue]);
  return r.value;
}

/** Seconds the trials would take on this machine's threads, from a timed sample of them. */
function estimateS(scenario: Scenario, catalog: Catalog, options: EvaluateOptions, trials: number): number {
  const time = (o: EvaluateOptions) => {
    const t = performance.now();
    evaluateScenario(scenario, catalog, o);
    return (performance.now() - t) / 1000;
  };
  const { trials: _t, ...plain } = options;
  const base = time(plain);
  const sample = time({ ...plain, trials: SAMPLE_TRIALS });
  return (Math.max(0, sample - base) / SAMPLE_TRIALS) * (trials / availableParallelism());
}

/** `gigawatt run FILE`: every site and workload of a scenario file; `--trials` also simulates training runs. */
export function run(file: string, opts: RunOptions, io: Output): number {
  const trials = flag("--trials", TRIALS, opts.trials);
  const seed = flag("--seed", SEED, opts.seed);
  const scenario = readScenario(readText(file), file);
  const catalog = loadCatalog();
  const options: EvaluateOptions = {
    ...(trials === undefined ? {} : { trials }),
    ...(seed === undefined ? {} : { seed }),
    ...(opts.day ? { simulateDay: true } : {}),
    simulate: simulateRunOnWorkers,
  };
  if (trials !== undefined && trials >= ESTIMATE_FROM_TRIALS && !opts.yes) {
    const s = estimateS(scenario, catalog, options, trials);
    if (s > CONFIRM_ABOVE_S) {
      throw new InputError([
        {
          code: "needs_confirmation",
          path: ["--trials"],
          message: `${formatQuantity("count", trials)} trials would take about ${formatQuantity("duration", s, 2)} on ${availableParallelism()} threads; add --yes to run them, or ask for fewer`,
        },
      ]);
    }
  }
  const bar = progressBar();
  const result = evaluateScenario(scenario, catalog, {
    ...options,
    onProgress: (workload, done, total) => bar.update(workload, done, total),
    ranges: true,
  });
  bar.end();
  io.out(opts.json ? json(result) : renderResult(result, { assumptions: opts.assumptions ?? false }));
  // A plan that cannot be carried out is reported in full (above), and the run still fails: a script asking
  // whether the plan works gets no.
  const infeasible = Object.entries(result.workloads).flatMap(([name, w]) =>
    isInfeasible(w) ? w.reasons.map((r) => `infeasible: workload '${name}': ${formatIssue(r)}\n`) : [],
  );
  // The text report shows them already; beside --json, stderr names them so a script sees why it failed.
  if (opts.json) for (const line of infeasible) io.err(line);
  return infeasible.length > 0 ? EXIT.invalid : EXIT.ok;
}
