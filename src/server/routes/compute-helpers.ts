import {
  type Explanation,
  evaluateScenario,
  explainText,
  type Scenario,
  type ScenarioResult,
  withMessageTexts,
} from "../../core/index.js";
import type { ServerContext } from "../context.js";
import type { Progress } from "../jobs/pool.js";
import { fail } from "../problem.js";
import type { RunOptions } from "../scenario-input.js";

const ISO_DATE = /^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Runs a scenario: analytic ones on the request's thread, simulations on a worker. */
export async function runScenario(
  ctx: ServerContext,
  scenario: Scenario,
  options: RunOptions,
  onProgress?: (p: Progress) => void,
  signal?: AbortSignal,
): Promise<ScenarioResult> {
  const evaluate = {
    ...(options.trials === undefined ? {} : { trials: options.trials }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.day ? { simulateDay: true } : {}),
    // The CLI's `run` gives each result object its 80% ranges; the API gives the same result.
    ranges: true,
  };
  if (onProgress === undefined && options.trials === undefined && !options.day) {
    return evaluateScenario(scenario, ctx.catalog, evaluate);
  }
  return (await ctx.jobs.run(
    { kind: "run", scenario, options: evaluate },
    onProgress,
    signal,
  )) as ScenarioResult;
}

/** Reads and bounds an article's text and date as `gigawatt explain` does. */
export function articleText(ctx: ServerContext, text: string, date: string | undefined, where: string[]) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > ctx.limits.textBytes) {
    throw fail(
      "input_too_large",
      [...where, "text"],
      `the text is ${(bytes / 1e6).toFixed(1)} MB; articles are at most ${ctx.limits.textBytes / 1e6} MB`,
    );
  }
  if (text.includes("\u0000"))
    throw fail("binary_input", [...where, "text"], "the input is binary, not text");
  if (date !== undefined && !ISO_DATE.test(date)) {
    throw fail(
      "invalid_date",
      [...where, "date"],
      `invalid date '${date}' (expected the article's date as YYYY-MM-DD, such as 2026-03-04)`,
    );
  }
}

export async function explainArticle(
  ctx: ServerContext,
  text: string,
  date: string | undefined,
): Promise<Explanation> {
  const options = date === undefined ? {} : { published: date };
  const inline = text.length <= ctx.limits.inlineTextChars;
  const result = inline
    ? explainText(text, ctx.catalog, options)
    : await ctx.jobs.run({ kind: "explain", text, ...options });
  return withMessageTexts(result as Explanation, (result as Explanation).language) as Explanation; // as the CLI's --json
}
