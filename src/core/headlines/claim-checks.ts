import type { Catalog } from "../catalog/index.js";
import { phaseReason } from "../sizing/budget-check.js";
import { type CountModel, checkCount } from "../sizing/count-check.js";
import type { SiteResult } from "../sizing/result.js";
import { generationsInService, roadmapAccelerator } from "../sizing/roadmap.js";
import { comparisonOf, isAcceleratorCount } from "./explain-claim.js";
import type { QuantityClaim } from "./extract-quantities.js";
import { fig, type Message, message, money, type Reason } from "./messages/message.js";
import type { Verdict } from "./messages/render.js";
import type { Scope } from "./scope.js";
import { sizeClaim } from "./size-claim.js";

export { generationsInService };

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
  readonly project?: string;
  readonly when?: string;
  readonly scope?: Scope;
  readonly place?: string;
  /** The accelerator the article names for this figure (a catalog id). */
  readonly hardware?: string;
  /** An amount in another currency, in US dollars at its year's rate. */
  readonly usd?: number;
}

/**
 * A count's 80% range when sizing gives none (sizing now always does): an assumption, recorded in docs/decisions/0007,
 * that published densities of AI campuses fall within -30%/+45% of the model's point value. Budgets no longer use it:
 * their check, bands and range are the sizing's (sizing/budget-check.ts, docs/decisions/0016).
 */
export const ASSUMED_BAND = { low: 0.7, high: 1.45 } as const;
/**
 * @deprecated No check uses a fixed factor since docs/decisions/0018: a count's bands are the model's own 80% and 98%
 * ranges (sizing/count-check.ts). Kept for readers of the earlier band.
 */
export const WIDE_BAND = 2.5;

type Ranges = { readonly ranges?: Readonly<Record<string, { p10: number; p90: number }>> };

function rangeOf(site: SiteResult, key: "accelerators"): { p10: number; p90: number } {
  const v = site[key];
  return (
    (site as SiteResult & Ranges).ranges?.[key] ?? { p10: v * ASSUMED_BAND.low, p90: v * ASSUMED_BAND.high }
  );
}

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
    const usd = c.kind === "money" ? (c.unit === "USD" ? c.value : c.usd) : undefined;
    if (usd !== undefined && usd >= 1e6) {
      const check = budgetCheck(c, usd, nearest, catalog, published);
      if (check) out.set(c, check);
    } else if (isAcceleratorCount(c, catalog)) {
      const check = countCheck(c, nearest, catalog, published);
      if (check) out.set(c, check);
    }
  }
  return out;
}

/** The accelerator a figure's money buys: the chip the article names, else the generation shipping at its date. */
function budgetHardware(c: Attributed, power: Attributed, catalog: Catalog, published: string | undefined) {
  const named = c.hardware ?? power.hardware;
  if (named) return named;
  const date = (c.when ?? power.when ?? published)?.replace(/^by /, "");
  return date && /^\d{4}/.test(date) ? roadmapAccelerator(catalog, date)?.id : undefined;
}

/**
 * A sum against the power stated with it: the site is sized with the sum claimed, so the verdict, its reason and the
 * range are the sizing's own budget check (sizing/budget-check.ts), the same as `gigawatt size --budget`.
 */
function budgetCheck(
  c: Attributed,
  usd: number,
  power: Attributed,
  catalog: Catalog,
  published: string | undefined,
): ClaimCheck | undefined {
  const accelerator = budgetHardware(c, power, catalog, published);
  const s = sizeClaim(catalog, {
    powerW: power.value,
    budgetUSD: usd,
    ...(accelerator ? { accelerator } : {}),
  });
  const sized = s.ok ? s.value.checks.find((k) => k.claim === "budget") : undefined;
  if (!s.ok || !sized) return undefined;
  // A sum the article gives as one phase's is read as that phase when low (sizing/budget-check.ts, phaseReason).
  const b = c.scope === "phase" ? { ...sized, reason: phaseReason(sized) } : sized;
  const building = s.value.capex.landAndShellUSD + s.value.capex.powerAndCoolingUSD;
  const claimed = money(c.value, c.unit);
  const range = { p10: b.range.p10, p90: b.range.p90 };
  const said =
    b.reason === "one-phase"
      ? message("check.budget-scope", {
          claimed,
          power: fig("power", power.value),
          allIn: fig("power", (usd / s.value.capexUSD) * power.value),
          buildings: fig("power", (usd / building) * power.value),
          low: money(range.p10),
          high: money(range.p90),
        })
      : message("check.budget", {
          claimed,
          modelled: money(s.value.capexUSD),
          power: fig("power", power.value),
          accelerator: s.value.accelerator,
          low: money(range.p10),
          high: money(range.p90),
          building: money(building),
        });
  return {
    kind: "budget",
    verdict: b.assessment,
    ...(b.reason ? { reason: b.reason } : {}),
    message: said,
    figures: [c.phrase, power.phrase],
    range,
  };
}

function countCheck(
  c: Attributed,
  power: Attributed,
  catalog: Catalog,
  published: string | undefined,
): ClaimCheck | undefined {
  const chip = c.unit !== "accelerator" ? c.unit : (c.hardware ?? power.hardware);
  if (!chip) return anyChipCountCheck(c, power, catalog, c.when ?? power.when ?? published);
  const s = sizeClaim(catalog, { powerW: power.value, accelerator: chip });
  if (!s.ok) return undefined;
  const range = rangeOf(s.value, "accelerators");
  // Other chips the article names beside these figures: a count far from this chip's range may be of one of them.
  const others = [c.unit, c.hardware, power.hardware]
    .filter((id): id is string => id !== undefined && id !== "accelerator" && id !== chip)
    .map((id) => sizeClaim(catalog, { powerW: power.value, accelerator: id }))
    .flatMap((o) => (o.ok ? [rangeOf(o.value, "accelerators")] : []));
  return countCheckOf(
    c,
    power,
    { range, others, facilityPerIt: s.value.pue * s.value.designOverhead },
    message("check.accelerators", {
      claimed: fig("count", c.value),
      modelled: fig("count", s.value.accelerators),
      accelerator: s.value.accelerator,
      power: fig("power", power.value),
      low: fig("count", range.p10),
      high: fig("count", range.p90),
    }),
  );
}

/**
 * A count that names no chip ("1.3 million GPUs") may be of any generation in service at its date, and a fleet mixes
 * them: its range runs from the most power-hungry generation's low end to the most frugal one's high end. Judging it
 * against the newest chip alone would call an installed base of H100s impossible.
 */
function anyChipCountCheck(
  c: Attributed,
  power: Attributed,
  catalog: Catalog,
  date: string | undefined,
): ClaimCheck | undefined {
  const chips = generationsInService(catalog, date);
  const sized = chips
    .map((id) => sizeClaim(catalog, { powerW: power.value, accelerator: id }))
    .flatMap((s) => (s.ok ? [s.value] : []));
  const usual = sizeClaim(catalog, { powerW: power.value });
  if (sized.length === 0 || !usual.ok) return undefined;
  const ranges = sized.map((s) => rangeOf(s, "accelerators"));
  const range = { p10: Math.min(...ranges.map((r) => r.p10)), p90: Math.max(...ranges.map((r) => r.p90)) };
  return countCheckOf(
    c,
    power,
    { range, facilityPerIt: usual.value.pue * usual.value.designOverhead },
    message("check.accelerators-any", {
      claimed: fig("count", c.value),
      power: fig("power", power.value),
      low: fig("count", range.p10),
      high: fig("count", range.p90),
      generations: sized.map((s) => s.accelerator).join(", "),
      modelled: fig("count", usual.value.accelerators),
      accelerator: usual.value.accelerator,
    }),
  );
}

/**
 * A count's check against what the power holds (sizing/count-check.ts, the site checks' own), with the message that
 * says what it was judged against. A count the article gives for one phase (a first cluster) reads as that phase.
 */
function countCheckOf(c: Attributed, power: Attributed, model: CountModel, said: Message): ClaimCheck {
  const k = checkCount(c.value, model, { phase: c.scope === "phase" });
  return {
    kind: "accelerators",
    verdict: k.assessment,
    ...(k.reason ? { reason: k.reason } : {}),
    message: said,
    figures: [c.phrase, power.phrase],
    range: model.range,
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
