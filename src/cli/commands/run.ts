import { evaluateScenario, InputError, readField, readScenario } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
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
}

const TRIALS = { kind: "count", min: 1, max: 1_000_000, integer: true } as const;
const SEED = { kind: "count", min: 0, max: 4_294_967_295, integer: true } as const;

/** Reads a whole-number flag with the same messages as scenario fields. */
function flag(name: string, spec: typeof TRIALS | typeof SEED, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const r = readField([name], spec, text);
  if (!r.ok) throw new InputError([r.issue]);
  return r.value;
}

/** `gigawatt run FILE`: every site and workload of a scenario file; `--trials` also simulates training runs. */
export function run(file: string, opts: RunOptions, io: Output): number {
  const trials = flag("--trials", TRIALS, opts.trials);
  const seed = flag("--seed", SEED, opts.seed);
  const scenario = readScenario(readText(file), file);
  const bar = progressBar();
  const result = evaluateScenario(scenario, loadCatalog(), {
    ...(trials === undefined ? {} : { trials }),
    ...(seed === undefined ? {} : { seed }),
    ...(opts.day ? { simulateDay: true } : {}),
    onProgress: (workload, done, total) => bar.update(workload, done, total),
    ranges: true,
  });
  bar.end();
  io.out(opts.json ? json(result) : renderResult(result, { assumptions: opts.assumptions ?? false }));
  return EXIT.ok;
}
