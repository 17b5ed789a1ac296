import type { Catalog } from "../catalog/index.js";
import type { SiteResult } from "../sizing/result.js";
import { comparisonOf, isAcceleratorCount } from "./explain-claim.js";
import type { QuantityClaim } from "./extract-quantities.js";
import { fig, type Message, message, money, type Reason } from "./messages/message.js";
import type { Verdict } from "./messages/render.js";
import type { Scope } from "./scope.js";
import { sizeClaim } from "./size-claim.js";

/** A verdict on a figure, with the figures it used and the model's range it was judged against. */
export interface ClaimCheck {
  readonly kind: "budget" | "accelerators" | "equivalence" | "sum" | "phase";
  readonly verdict: Verdict;
  /** The likely reason a plausible figure sits low or high. */
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
  readonly project?: string;
  readonly when?: string;
  readonly scope?: Scope;
  readonly place?: string;
  /** The accelerator the article names for this figure (a catalog id). */
  readonly hardware?: string;
}

/**
 * The model's 80% range when sizing gives none (src/core/sizing will add `ranges` to SiteResult): an assumption,
 * recorded in docs/decisions/0007, that published all-in costs and densities of AI campuses fall within -30%/+45% of
 * the model's point value (industry capex of $35-60 billion per GW against the model's $31 billion for GB200).
 */
export const ASSUMED_BAND = { low: 0.7, high: 1.45 } as const;
/** Beyond this factor outside the 80% range a figure is inconsistent; inside it, plausible but low or high. */
export const WIDE_BAND = 2.5;

type Ranges = { readonly ranges?: Readonly<Record<string, { p10: number; p90: number }>> };

function rangeOf(site: SiteResult, key: "capexUSD" | "accelerators"): { p10: number; p90: number } {
  const v = site[key];
  return (
    (site as SiteResult & Ranges).ranges?.[key] ?? { p10: v * ASSUMED_BAND.low, p90: v * ASSUMED_BAND.high }
  );
}

function verdictOf(claimed: number, r: { p10: number; p90: number }): Verdict {
  if (claimed >= r.p10 && claimed <= r.p90) return "consistent";
  if (claimed < r.p10) return claimed >= r.p10 / WIDE_BAND ? "plausible-low" : "inconsistent";
  return claimed <= r.p90 * WIDE_BAND ? "plausible-high" : "inconsistent";
}

// Scopes wider than one site: their figures are not checked against a site's power.
const WIDER_THAN_A_SITE: ReadonlySet<Scope> = new Set(["company", "national", "sector", "programme", "unit"]);

/** Whether two figures can be about the same thing: no disagreement on subject, project, period or scope. */
export function sameThing(a: Attributed, b: Attributed): boolean {
  const agree = (x: string | undefined, y: string | undefined) =>
    x === undefined || y === undefined || x === y;
  const wide = (s: Scope | undefined) => s !== undefined && WIDER_THAN_A_SITE.has(s);
  return (
    agree(a.subject, b.subject) &&
    agree(a.project, b.project) &&
    agree(a.when, b.when) &&
    wide(a.scope) === wide(b.scope) &&
    !wide(a.scope)
  );
}

/** Money and accelerator counts of one sentence against the power stated with them, and reactor equivalences. */
export function sentenceChecks(
  inside: readonly Attributed[],
  catalog: Catalog,
  text: string,
): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  const powers = inside.filter((c) => c.kind === "power");
  if (powers.length === 0) return out;
  for (const c of inside) {
    const nearest = powers
      .filter((p) => sameThing(p, c))
      .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0];
    const comparison = comparisonOf(c, text, catalog);
    if (comparison && powers[0]) {
      out.set(c, equivalence(c, powers[0], comparison.name, comparison.powerW.value));
      continue;
    }
    if (!nearest) continue;
    if (c.kind === "money" && c.unit === "USD" && c.value >= 1e6) {
      const check = budgetCheck(c, nearest, catalog);
      if (check) out.set(c, check);
    } else if (isAcceleratorCount(c, catalog)) {
      const check = countCheck(c, nearest, catalog);
      if (check) out.set(c, check);
    }
  }
  return out;
}

function budgetCheck(c: Attributed, power: Attributed, catalog: Catalog): ClaimCheck | undefined {
  const s = sizeClaim(catalog, {
    powerW: power.value,
    ...((c.hardware ?? power.hardware) ? { accelerator: (c.hardware ?? power.hardware) as string } : {}),
  });
  if (!s.ok) return undefined;
  const range = rangeOf(s.value, "capexUSD");
  const building = s.value.capex.landAndShellUSD + s.value.capex.powerAndCoolingUSD;
  let verdict = verdictOf(c.value, range);
  let reason: Reason | undefined;
  const nearBuilding = c.value >= building * ASSUMED_BAND.low && c.value <= building * ASSUMED_BAND.high;
  if (c.value < range.p10) {
    reason = nearBuilding ? "building-only" : c.scope === "phase" ? "one-phase" : "excludes-chips";
    // A sum close to the building alone is a known way of counting, not an error.
    if (nearBuilding) verdict = "plausible-low";
  } else if (c.value > range.p90) reason = "includes-more";
  return {
    kind: "budget",
    verdict,
    ...(verdict === "plausible-low" || verdict === "plausible-high" ? { reason: reason as Reason } : {}),
    message: message("check.budget", {
      claimed: money(c.value),
      modelled: money(s.value.capexUSD),
      power: fig("power", power.value),
      accelerator: s.value.accelerator,
      low: money(range.p10),
      high: money(range.p90),
      building: money(building),
    }),
    figures: [c.phrase, power.phrase],
    range,
  };
}

function countCheck(c: Attributed, power: Attributed, catalog: Catalog): ClaimCheck | undefined {
  const chip = c.unit !== "accelerator" ? c.unit : (c.hardware ?? power.hardware);
  const s = sizeClaim(catalog, { powerW: power.value, ...(chip ? { accelerator: chip } : {}) });
  if (!s.ok) return undefined;
  const range = rangeOf(s.value, "accelerators");
  const verdict = verdictOf(c.value, range);
  const reason: Reason | undefined =
    verdict === "plausible-low" ? "one-phase" : verdict === "plausible-high" ? "fleet-not-site" : undefined;
  return {
    kind: "accelerators",
    verdict,
    ...(reason ? { reason } : {}),
    message: message("check.accelerators", {
      claimed: fig("count", c.value),
      modelled: fig("count", s.value.accelerators),
      accelerator: s.value.accelerator,
      power: fig("power", power.value),
      low: fig("count", range.p10),
      high: fig("count", range.p90),
    }),
    figures: [c.phrase, power.phrase],
    range,
  };
}

/** Within this factor either way, "the equivalent of" holds (an equivalence is a tighter claim than a budget). */
const EQUIVALENT_WITHIN = 1.25;

function equivalence(c: QuantityClaim, power: QuantityClaim, name: string, eachW: number): ClaimCheck {
  const equivalent = c.value * eachW;
  const ratio = power.value / equivalent;
  const holds = ratio >= 1 / EQUIVALENT_WITHIN && ratio <= EQUIVALENT_WITHIN;
  return {
    kind: "equivalence",
    verdict: holds ? "consistent" : "inconsistent",
    message: message("check.equivalence", {
      power: fig("power", power.value),
      ratio: fig("fraction", ratio),
      count: fig("count", c.value),
      name,
      equivalent: fig("power", equivalent),
    }),
    figures: [c.phrase, power.phrase],
    range: { p10: equivalent / EQUIVALENT_WITHIN, p90: equivalent * EQUIVALENT_WITHIN },
  };
}
