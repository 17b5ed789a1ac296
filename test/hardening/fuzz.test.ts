import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateScenario, explainText, parseScenario, readScenario } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";
import {
  badNumbers,
  badRejection,
  EXAMPLES,
  mutate,
  mutateText,
  mutationArb,
  SEEDS,
  textMutationArb,
} from "./fuzz-inputs.js";

// `npm test` runs 2,000 cases (900 scenario data, 300 scenario texts, 800 articles); `npm run fuzz` sets
// FUZZ_RUNS=100000.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SCENARIO_RUNS = Math.ceil((RUNS * 0.45) / EXAMPLES.length);
const TEXT_RUNS = Math.ceil((RUNS * 0.15) / EXAMPLES.length);
const ARTICLE_RUNS = Math.ceil((RUNS * 0.4) / SEEDS.length);
const SEED = Number(process.env.FUZZ_SEED ?? 20261214);
const catalog = loadCatalog();

/** Cases that reached a result, per test: the suite must exercise the models, not only the schema. */
let evaluated = 0;

/** Either the project's own rejection or a result with only finite, physical numbers; the problem otherwise. */
function outcome(run: () => unknown): string | undefined {
  let result: unknown;
  try {
    result = run();
  } catch (e) {
    return badRejection(e);
  }
  evaluated++;
  const bad = badNumbers(
    JSON.parse(
      JSON.stringify(result, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)),
    ),
  );
  return bad.length > 0 ? `numbers out of range: ${bad.slice(0, 5).join("; ")}` : undefined;
}

describe("fuzzed inputs", () => {
  it.each(EXAMPLES.map((e) => [e.name, e] as const))(
    "mutations of examples/%s are rejected clearly or give finite, physical numbers",
    (_, example) => {
      evaluated = 0;
      fc.assert(
        fc.property(
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          (mutations, asText) => {
            const data = mutate(example.data, mutations);
            const problem = outcome(() => {
              const scenario = asText
                ? readScenario(
                    JSON.stringify(data, (_, v) =>
                      typeof v === "number" && !Number.isFinite(v) ? `${v}` : v,
                    ),
                    example.name,
                  )
                : parseScenario(data);
              return evaluateScenario(scenario, catalog);
            });
            expect(problem).toBeUndefined();
          },
        ),
        { numRuns: SCENARIO_RUNS, seed: SEED },
      );
      // About a third of the mutations leave a scenario the models can run (a name, a harmless scale).
      expect(evaluated).toBeGreaterThan(SCENARIO_RUNS * 0.1);
    },
    30 * 60_000,
  );

  it.each(EXAMPLES.map((e) => [e.name, e] as const))(
    "edits of the text of examples/%s parse or are rejected with a line, never a crash",
    (_, example) => {
      fc.assert(
        fc.property(fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
          const text = mutations.reduce(mutateText, example.text);
          expect(outcome(() => evaluateScenario(readScenario(text, example.name), catalog))).toBeUndefined();
        }),
        { numRuns: TEXT_RUNS, seed: SEED },
      );
    },
    30 * 60_000,
  );

  it.each(SEEDS.map((s) => [s.name, s] as const))(
    "mutations of the seed article %s are explained with finite numbers or rejected clearly",
    (_, seed) => {
      fc.assert(
        fc.property(fc.array(textMutationArb, { minLength: 1, maxLength: 3 }), (mutations) => {
          const text = mutations.reduce(mutateText, seed.text);
          expect(outcome(() => explainText(text, catalog, {}))).toBeUndefined();
        }),
        { numRuns: ARTICLE_RUNS, seed: SEED },
      );
    },
    30 * 60_000,
  );
});
