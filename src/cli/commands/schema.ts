import { resultJsonSchema, scenarioJsonSchema } from "../../core/index.js";
import { EXIT, json, type Output } from "../io.js";

/** `gigawatt schema`: the scenario file format as JSON Schema; with `--result`, the result's (`run --json`). */
export function schema(io: Output, opts: { result?: boolean } = {}): number {
  io.out(json(opts.result ? resultJsonSchema() : scenarioJsonSchema()));
  return EXIT.ok;
}
