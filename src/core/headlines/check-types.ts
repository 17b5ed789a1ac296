import type { QuantityClaim } from "./extract-quantities.js";
import type { MoneyKind, PowerKind } from "./figure-kind.js";
import type { Message, Reason } from "./messages/message.js";
import type { Verdict } from "./messages/render.js";
import type { Relation } from "./relations.js";
import type { Scope } from "./scope.js";

/** A verdict on a figure, with the figures it used and the model's range it was judged against. */
export interface ClaimCheck {
  readonly kind: "budget" | "accelerators" | "equivalence" | "sum" | "phase";
  readonly verdict: Verdict;
  /** The likely reading of a figure outside the model's 80% range (plausible, or a mismatch of scope). */
  readonly reason?: Reason;
  readonly message: Message;
  /** The phrases of the figures the check used, the checked figure first. */
  readonly figures: readonly string[];
  /** The model's 80% range for the checked figure, in the figure's unit. */
  readonly range?: { readonly p10: number; readonly p90: number };
}

/** A figure with what the reader attributed to it, as the checks need it. */
export interface Attributed extends QuantityClaim {
  readonly subject?: string;
  readonly object?: string;
  readonly relation?: Relation;
  readonly project?: string;
  readonly when?: string;
  readonly scope?: Scope;
  readonly place?: string;
  /** The accelerator the article names for this figure (a catalog id). */
  readonly hardware?: string;
  /** An amount in another currency, in US dollars at its year's rate. */
  readonly usd?: number;
  /** What a sum pays for, when the words around it say (figure-kind.ts). */
  readonly moneyKind?: MoneyKind;
  /** What a power measures: a data centre's, a plant's generation, a region's demand (figure-kind.ts). */
  readonly powerKind?: PowerKind;
}

/**
 * A count's 80% range when sizing gives none (sizing now always does): an assumption, recorded in docs/decisions/0007,
 * that published densities of AI campuses fall within -30%/+45% of the model's point value. Budgets no longer use it:
 * their check, bands and range are the sizing's (sizing/budget-check.ts, docs/decisions/0016).
 */
export const ASSUMED_BAND = { low: 0.7, high: 1.45 } as const;
