import type { Catalog } from "../catalog/index.js";
import { generationsInService } from "../sizing/roadmap.js";
import { ASSUMED_BAND, type Attributed, type ClaimCheck } from "./check-types.js";
import { countCheck } from "./count-checks.js";
import { comparisonOf, isAcceleratorCount } from "./explain-claim.js";
import type { QuantityClaim } from "./extract-quantities.js";
import { fig, message } from "./messages/message.js";
import { moneyCheck } from "./money-checks.js";
import type { Scope } from "./scope.js";

export { ASSUMED_BAND, type Attributed, type ClaimCheck, generationsInService };

/**
 * @deprecated No check uses a fixed factor since docs/decisions/0018: a count's bands are the model's own 80% and 98%
 * ranges (sizing/count-check.ts). Kept for readers of the earlier band.
 */
export const WIDE_BAND = 2.5;

// Scopes wider than one site: their figures are not checked against a site's power.
const WIDER_THAN_A_SITE: ReadonlySet<Scope> = new Set(["company", "national", "sector", "programme", "unit"]);

/** Whether two figures can be about the same thing: no disagreement on subject, project, period or scope. */
export function sameThing(a: Attributed, b: Attributed): boolean {
  const agree = (x: string | undefined, y: string | undefined) =>
    x === undefined || y === undefined || x === y;
  const wide = (s: Scope | undefined) => s !== undefined && WIDER_THAN_A_SITE.has(s);
  // Cost and chips per GW do not depend on how many sites share them, so a programme's money or count against the
  // same programme's power is a fair check, and so is a company's fleet of chips against its power; a company's money
  // (capex, a deal) covers more than the power stated with it, and a figure of one site is not the company's.
  const fleet = a.scope === "company" && b.scope === "company" && a.kind !== "money" && b.kind !== "money";
  const sameWideScope = (a.scope === "programme" && b.scope === "programme") || fleet;
  return (
    agree(a.subject, b.subject) &&
    agree(a.project, b.project) &&
    agree(a.when, b.when) &&
    (sameWideScope || (wide(a.scope) === wide(b.scope) && !wide(a.scope)))
  );
}

/** Money and accelerator counts of one sentence against the power stated with them, and reactor equivalences. */
export function sentenceChecks(
  inside: readonly Attributed[],
  catalog: Catalog,
  text: string,
  published?: string,
): Map<Attributed, ClaimCheck> {
  const out = new Map<Attributed, ClaimCheck>();
  // Only a data centre's power sizes a site: a plant's generation or a region's demand is another quantity.
  const powers = inside.filter((c) => c.kind === "power" && (c.powerKind ?? "facility") === "facility");
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
    const usd = c.kind === "money" ? (c.unit === "USD" ? c.value : c.usd) : undefined;
    if (usd !== undefined && usd >= 1e6) {
      const check = moneyCheck(c, usd, nearest, catalog, published);
      if (check) out.set(c, check);
    } else if (isAcceleratorCount(c, catalog)) {
      const check = countCheck(c, nearest, catalog, published);
      if (check) out.set(c, check);
    }
  }
  return out;
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
