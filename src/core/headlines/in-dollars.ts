import { toUSD } from "../catalog/currency.js";
import type { Catalog } from "../catalog/index.js";
import type { QuantityClaim } from "./extract-quantities.js";

/** An amount of another currency in US dollars, at the yearly average rate of the year it is dated. */
export interface InDollars {
  readonly value: number;
  readonly usdPerUnit: number;
  readonly rateYear: string;
}

/**
 * The dollar value of a non-dollar amount, at the rate of the figure's year (else the article's, else the latest
 * rate the catalog has: an undated article is most likely recent). Undefined for dollars and for currencies the
 * catalog has no rate for.
 */
export function inDollars(
  c: QuantityClaim,
  catalog: Catalog,
  date: string | undefined,
): InDollars | undefined {
  if (c.kind !== "money" || c.unit === "USD") return undefined;
  const currency = catalog.currencies.get(c.unit);
  if (!currency || currency.rates.length === 0) return undefined;
  const year = date && /^\d{4}/.test(date) ? date.slice(0, 4) : latestYear(currency.rates);
  const converted = toUSD(c.value, currency, year);
  return { value: converted.usd, usdPerUnit: converted.usdPerUnit, rateYear: converted.rateYear };
}

const latestYear = (rates: readonly { readonly year: string }[]) =>
  rates.reduce((latest, r) => (r.year > latest ? r.year : latest), "0000");
