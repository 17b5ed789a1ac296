import type { Catalog } from "../catalog/index.js";
import { checkChips, phaseReason } from "../sizing/budget-check.js";
import { roadmapAccelerator } from "../sizing/roadmap.js";
import type { Attributed, ClaimCheck } from "./check-types.js";
import type { MoneyKind } from "./figure-kind.js";
import { fig, message, money } from "./messages/message.js";
import { claimCapexModel, sizeClaim } from "./size-claim.js";

/** The accelerator a figure's money buys: the chip the article names, else the generation shipping at its date. */
function budgetHardware(c: Attributed, power: Attributed, catalog: Catalog, published: string | undefined) {
  const named = c.hardware ?? power.hardware;
  if (named) return named;
  const date = (c.when ?? power.when ?? published)?.replace(/^by /, "");
  return date && /^\d{4}/.test(date) ? roadmapAccelerator(catalog, date)?.id : undefined;
}

/**
 * What a sum pays for: the words around it (figure-kind.ts), else a chip maker named as its party (an agreement with
 * AMD "for 500 MW" is a chip supply), else a site's capex.
 */
export function moneyKind(c: Attributed, catalog: Catalog): MoneyKind {
  if (c.moneyKind) return c.moneyKind;
  if (c.relation === "borrows" || c.relation === "lends") return "financing";
  const vendors = new Set(catalog.accelerators.all.map((a) => a.vendor as string));
  const sells = c.relation === "sells" || c.relation === "supplies" || c.relation === "contracts-with";
  const seller = c.subject !== undefined && vendors.has(c.subject) && sells;
  const bought = c.object !== undefined && vendors.has(c.object) && c.relation === "buys";
  return seller || bought ? "chips" : "capex";
}

/**
 * A sum against the facility power stated with it, as what it pays for: a site's capex against the model's capex, a
 * chip order against the accelerators' share of it, a financing as paying for part of the site when low (nothing is
 * said of one above the capex: a loan or a round may serve more than the site). A contract's value, revenue, a
 * valuation or a power plant's cost is not a data centre's capex: no check.
 */
export function moneyCheck(
  c: Attributed,
  usd: number,
  power: Attributed,
  catalog: Catalog,
  published: string | undefined,
): ClaimCheck | undefined {
  const kind = moneyKind(c, catalog);
  if (kind === "chips") return chipsCheck(c, usd, power, catalog, published);
  if (kind !== "capex" && kind !== "financing") return undefined;
  const check = budgetCheck(c, usd, power, catalog, published);
  if (!check || kind === "capex") return check;
  if (check.verdict === "consistent") return check;
  const low =
    check.verdict === "plausible-low" ||
    (check.verdict === "scope-mismatch" && check.reason !== "includes-more");
  return low ? { ...check, reason: "financing" } : undefined;
}

/** A chip order against the accelerators and network the power holds (sizing/budget-check.ts, checkChips). */
function chipsCheck(
  c: Attributed,
  usd: number,
  power: Attributed,
  catalog: Catalog,
  published: string | undefined,
): ClaimCheck | undefined {
  const accelerator = budgetHardware(c, power, catalog, published);
  const claimed = { powerW: power.value, ...(accelerator ? { accelerator } : {}) };
  const m = claimCapexModel(catalog, claimed);
  const s = sizeClaim(catalog, claimed);
  if (!m || !s.ok) return undefined;
  const k = checkChips(usd, m);
  const reason = c.scope === "phase" ? phaseReason(k) : k.reason;
  return {
    kind: "budget",
    verdict: k.assessment,
    ...(reason ? { reason } : {}),
    message: message("check.chips", {
      claimed: money(c.value, c.unit),
      modelled: money(Math.max(m.chipsUSD, m.capexUSD - m.buildingUSD)),
      power: fig("power", power.value),
      accelerator: s.value.accelerator,
      low: money(k.range.p10),
      high: money(k.range.p90),
      capex: money(m.capexUSD),
    }),
    figures: [c.phrase, power.phrase],
    range: { p10: k.range.p10, p90: k.range.p90 },
  };
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
