import type { Currency } from "./site-schemas.js";

/** An amount converted to US dollars, with the rate and the year of the rate used. */
export interface Converted {
  readonly usd: number;
  readonly usdPerUnit: number;
  readonly rateYear: string;
}

/**
 * Converts `amount` of `currency` to US dollars at the yearly rate of `year` (a date's first four digits). A year
 * before the first rate uses the first; after the last, the last (a pegged currency lists one rate for all years).
 */
export function toUSD(amount: number, currency: Currency, year: string | number): Converted {
  const y = Number(String(year).slice(0, 4));
  const rates = [...currency.rates].sort((a, b) => a.year.localeCompare(b.year));
  const first = rates[0] as (typeof rates)[number];
  let chosen = first;
  for (const r of rates) if (Number(r.year.slice(0, 4)) <= y) chosen = r;
  return {
    usd: amount * chosen.usdPerUnit.value,
    usdPerUnit: chosen.usdPerUnit.value,
    rateYear: chosen.year,
  };
}
