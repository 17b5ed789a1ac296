import { evaluateScenario, readScenario } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { readText } from "../../node/read-text.js";
import { EXIT, json, type Output } from "../io.js";
import { renderResult } from "../render-result.js";

/** `gigawatt run FILE`: every site and workload of a scenario file. */
export function run(file: string, opts: { json?: boolean; assumptions?: boolean }, io: Output): number {
  const scenario = readScenario(readText(file), file);
  const result = evaluateScenario(scenario, loadCatalog());
  io.out(opts.json ? json(result) : renderResult(result, { assumptions: opts.assumptions ?? false }));
  return EXIT.ok;
}
