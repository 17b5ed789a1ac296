import { scenarioJsonSchema } from "../../core/index.js";
import { EXIT, json, type Output } from "../io.js";

/** `gigawatt schema`: the scenario file format as JSON Schema. */
export function schema(io: Output): number {
  io.out(json(scenarioJsonSchema()));
  return EXIT.ok;
}
