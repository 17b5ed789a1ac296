import type { Range } from "../kernel/range.js";
import { type Assessment, ninetyEightPercentRange } from "./budget-check.js";

/**
 * The likely reading of an accelerator count outside the 80% range of what the power stated with it holds: low, part
 * of the power not yet equipped (`headroom`) or one phase of the build-out; high, the power given as critical IT
 * rather than the facility's (`it-power`), the count of another generation the article names, or a fleet or several
 * sites against one site's power; or, for a count that names no chip, above what the usual chip's power allows but
 * within an older, less power-hungry generation's (`older-generation`: 500,000 GPUs in 600 MW are H100-class chips).
 */
export type CountReason =
  | "headroom"
  | "one-phase"
  | "it-power"
  | "different-generation"
  | "older-generation"
  | "fleet-not-site";

/** What a stated power holds: the 80% range of its accelerator count, from the site model's own input ranges. */
export interface CountModel {
  /** With the hardware the claim names (or the generations in service): PUE, design overhead, power per accelerator. */
  readonly range: Range;
  /** The same for other hardware the article names beside it: a count of one of them reads as a different generation. */
  readonly others?: readonly Range[];
  /** Facility power per W of IT (PUE times design overhead): a power given as critical IT holds this many times more. */
  readonly facilityPerIt?: number;
  /**
   * For a count that names no chip (its `range` spans the generations in service), the range of the usual chip: a
   * count above it and above `range` (plausible but high) holds only with an older generation's lower power per chip.
   */
  readonly usual?: Range;
}

/** What the article says of the figures beyond their numbers. */
export interface CountHints {
  /** The article gives the count (or the sum) as one phase's. */
  readonly phase?: boolean;
}

/** A count's verdict against what the power holds, with its likely reading and the bands it was judged by. */
export interface CountCheck {
  readonly assessment: Assessment;
  readonly reason?: CountReason;
  /** The model's 80% range: inside it, consistent. */
  readonly range: Range;
  /** The model's 98% range: between it and the 80% range, plausible but low or high. */
  readonly plausible: Range;
}

const inside = (x: number, r: Range) => x >= r.p10 && x <= r.p90;

/**
 * An accelerator count against the power stated with it, with the bands of the budget check (docs/decisions/0016,
 * 0018): consistent inside the 80% range, plausible but low or high inside the 98% range, a mismatch of scope beyond,
 * with its likely reading. Any count has a reading against any power (a phase is any part of a build-out, a fleet any
 * number of sites), so none is called inconsistent: the range shown lets the reader judge how far it is.
 */
export function checkCount(count: number, m: CountModel, hints: CountHints = {}): CountCheck {
  const plausible = ninetyEightPercentRange(m.range);
  const out = (assessment: Assessment, reason?: CountReason): CountCheck => ({
    assessment,
    ...(reason ? { reason } : {}),
    range: m.range,
    plausible,
  });
  const older = m.usual !== undefined && count > m.usual.p90;
  if (inside(count, m.range)) return out("consistent");
  const other = (m.others ?? []).some((r) => inside(count, ninetyEightPercentRange(r)));
  if (count < m.range.p10) {
    if (count >= plausible.p10) return out("plausible-low", hints.phase ? "one-phase" : "headroom");
    return out("scope-mismatch", other && !hints.phase ? "different-generation" : "one-phase");
  }
  if (count <= plausible.p90) return out("plausible-high", older ? "older-generation" : "it-power");
  if (other) return out("scope-mismatch", "different-generation");
  // Read as critical IT, the power holds facilityPerIt times more: if that puts the count inside the 80% range, the
  // figure is likely the IT load (or the grid's share of a site with its own plant), not a fleet.
  const asIt = m.facilityPerIt !== undefined && count <= m.range.p90 * m.facilityPerIt;
  return out("scope-mismatch", asIt ? "it-power" : "fleet-not-site");
}

/**
 * The 80% range of the accelerators a stated power holds, from the range of the power `count` accelerators need: the
 * same factors read the other way, so a count against a power gets one verdict whichever of the two the site is sized
 * from.
 */
export function countRangeForPower(count: number, powerMW: number, needMW: Range): Range {
  if (!(needMW.p10 > 0) || !(needMW.p90 > 0)) return { p10: count, p90: count };
  return { p10: (count * powerMW) / needMW.p90, p90: (count * powerMW) / needMW.p10 };
}
