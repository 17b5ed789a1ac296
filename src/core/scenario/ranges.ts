import type { Override, UncertainInput } from "../kernel/assumptions.js";

import type { Range, Ranges } from "../kernel/range.js";

// Any result object: its own numeric keys are read, nothing else.
type ResultObject = object;

/**
 * The 80% range of every figure of a result object that an uncertain input moves, by one sensitivity pass per input
 * and end of its range (p10, p90): each input's own move of the figure, in log space, combined in quadrature with
 * the others (the delta method; exact for a product of independent lognormal factors, first-order otherwise).
 * A figure no input moves is exact and gets no range; a pass that fails (the plan becomes infeasible) adds nothing.
 */
export function rangesOf(
  base: ResultObject,
  passes: readonly (readonly [ResultObject | undefined, ResultObject | undefined])[],
): Ranges {
  const out: Record<string, Range> = {};
  for (const [key, value] of Object.entries(base)) {
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) continue;
    let up = 0;
    let down = 0;
    for (const pair of passes) {
      let hi = 0;
      let lo = 0;
      for (const pass of pair) {
        // A pass that left this object as it was (another part's input) moves none of its figures.
        if (pass === base) continue;
        const moved = pass === undefined ? undefined : (pass as Record<string, unknown>)[key];
        if (typeof moved !== "number" || !(moved > 0) || !Number.isFinite(moved)) continue;
        const d = Math.log(moved / value);
        if (d > hi) hi = d;
        if (d < lo) lo = d;
      }
      up += hi * hi;
      down += lo * lo;
    }
    // Moves below a part in a billion are rounding, not uncertainty.
    if (up < 1e-18 && down < 1e-18) continue;
    out[key] = { p10: value * Math.exp(-Math.sqrt(down)), p90: value * Math.exp(Math.sqrt(up)) };
  }
  return out;
}

/** The two overrides of an input: at the low and at the high end of its 80% range. */
export const endsOf = (input: UncertainInput): readonly [Override, Override] => [
  { name: input.name, value: input.range[0] },
  { name: input.name, value: input.range[1] },
];
