import type { Catalog, Comparison } from "../catalog/index.js";
import type { QuantityClaim } from "./extract-quantities.js";
import type { InDollars } from "./in-dollars.js";
import { fig, type Message, message, money } from "./messages/message.js";
import { sizeClaim } from "./size-claim.js";

/** Money below this is a price or a subscription, not an infrastructure amount. */
const SMALLEST_INFRASTRUCTURE_USD = 1e6;

/** Whether a count is of accelerators: a catalog id, or "accelerator" for generic or mixed chips. */
export const isAcceleratorCount = (c: QuantityClaim, catalog: Catalog) =>
  c.kind === "count" && (c.unit === "accelerator" || catalog.accelerators.get(c.unit) !== undefined);

/** The catalog comparison ("EPR") a count refers to, named in the count or just after it. */
export function comparisonOf(c: QuantityClaim, text: string, catalog: Catalog): Comparison | undefined {
  if (c.kind !== "count" || c.unit !== "reactor") return undefined;
  const around = `${c.counted ?? ""} ${text.slice(c.end, c.end + 40)}`.toLowerCase();
  return catalog.comparisons.all.find((k) =>
    [k.id, ...k.aliases].some((a) =>
      new RegExp(`(?<![\\p{L}])${a.toLowerCase()}(?![\\p{L}])`, "u").test(around),
    ),
  );
}

const outOfRange = (quantity: Message["params"][string]) => message("explain.out-of-range", { quantity });

/**
 * What one figure means in accelerators, power, energy, carbon and money, sized with the sizing module on the
 * hardware the article names (`accelerator`, a catalog id) and the grid of its place.
 */
export function explainClaim(
  c: QuantityClaim,
  catalog: Catalog,
  context: {
    readonly text: string;
    readonly grid?: string;
    readonly accelerator?: string;
    readonly usd?: InDollars;
  },
): Message {
  const hardware = context.accelerator === undefined ? {} : { accelerator: context.accelerator };
  if (c.kind === "power") {
    const grid = context.grid ?? "us";
    const s = sizeClaim(catalog, { powerW: c.value, grid, ...hardware });
    if (!s.ok) return outOfRange(fig("power", c.value));
    return message("explain.power", {
      power: fig("power", c.value),
      accelerators: fig("count", s.value.accelerators),
      accelerator: s.value.accelerator,
      pue: s.value.pue,
      compute: fig("flopRate", s.value.peakPFLOPS * 1e15),
      energy: fig("energy", s.value.energyMWh * 1e6),
      co2: fig("mass", s.value.co2eTonnes),
      grid: catalog.grids.get(grid)?.name ?? grid,
      capex: money(s.value.capexUSD),
    });
  }
  if (c.kind === "money") return explainMoney(c, catalog, context.usd, hardware);
  if (c.kind === "count") return explainCount(c, catalog, context.text, hardware);
  return message("explain.quantity", { quantity: figureOf(c) });
}

function explainMoney(
  c: QuantityClaim,
  catalog: Catalog,
  converted: InDollars | undefined,
  hardware: { readonly accelerator?: string },
): Message {
  const amount = money(c.value, c.unit);
  if (c.unit !== "USD" && !converted)
    return message("explain.money.foreign", { money: amount, currency: c.unit });
  const usd = converted?.value ?? c.value;
  if (usd < SMALLEST_INFRASTRUCTURE_USD) return message("explain.money.small", { money: amount });
  const s = sizeClaim(catalog, { budgetUSD: usd, ...hardware });
  if (!s.ok) return outOfRange(amount);
  const bought = {
    money: amount,
    accelerators: fig("count", s.value.accelerators),
    accelerator: s.value.accelerator,
    power: fig("power", s.value.facilityPowerMW * 1e6),
    capexPerMW: money(s.value.capexUSD / Math.max(1, s.value.facilityPowerMW)),
  };
  if (!converted) return message("explain.money", bought);
  return message("explain.money.converted", { ...bought, usd: money(usd), rateYear: converted.rateYear });
}

function explainCount(
  c: QuantityClaim,
  catalog: Catalog,
  text: string,
  hardware: { readonly accelerator?: string },
): Message {
  const comparison = comparisonOf(c, text, catalog);
  if (comparison) {
    return message("explain.comparison", {
      count: fig("count", c.value),
      name: comparison.name,
      each: fig("power", comparison.powerW.value),
      total: fig("power", c.value * comparison.powerW.value),
    });
  }
  if (!isAcceleratorCount(c, catalog))
    return message("explain.count", { count: fig("count", c.value), noun: c.counted ?? c.unit });
  // The chip the count names, else the one the article names, else the sizing default.
  const named = c.unit === "accelerator" ? hardware : { accelerator: c.unit };
  const s = sizeClaim(catalog, { accelerators: c.value, ...named });
  if (!s.ok) return outOfRange(fig("count", c.value));
  return message("explain.accelerators", {
    count: fig("count", c.value),
    accelerator: s.value.accelerator,
    power: fig("power", s.value.facilityPowerMW * 1e6),
    capex: money(s.value.capexUSD),
  });
}

/** A figure of a physical kind, for the message layer to format. */
function figureOf(c: QuantityClaim) {
  switch (c.kind) {
    case "energy":
      return fig("energy", c.value);
    case "water":
      return fig("volume", c.value);
    case "emissions":
      return fig("mass", c.value);
    case "stake":
      return fig("fraction", c.value / 100);
    case "area":
      return { q: "area", v: c.value } as const;
    case "distance":
      return { q: "distance", v: c.value } as const;
    default:
      return fig("count", c.value);
  }
}
