import { type Assumption, significant } from "../../core/index.js";

/** Every assumption with its value and source, one per entry. */
export function renderAssumptions(list: readonly Assumption[]): string {
  return `assumptions\n${list.map((a) => `  ${a.name} = ${typeof a.value === "number" ? significant(a.value, 4) : a.value}${a.unit ? ` ${a.unit}` : ""}\n      ${a.source}\n`).join("")}`;
}
