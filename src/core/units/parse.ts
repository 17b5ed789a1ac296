import { KINDS, type QuantityKind, type UnitSpec } from "./kinds.js";

export type ParseOutcome =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: string };

// A number: plain, with thousands grouped by commas/spaces/underscores in threes, a decimal point, an exponent.
const NUMBER =
  /^(?<sign>[+-])?(?<digits>\d{1,3}(?:[,_ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)(?<exp>[eE][+-]?\d+)?/;
const CURRENCY_PREFIX = /^(?:US\$|\$|USD\s+|usd\s+)/;

/** Parses `"5 GW"`, `"$10B"`, `"1,200 MW"`, `"15.6T"`, `"54 days"` or a bare number into the kind's base unit. */
export function parseQuantity(kind: QuantityKind, input: string | number): ParseOutcome {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, reason: "is not a finite number" };
    if (!KINDS[kind].bareNumber)
      return { ok: false, reason: `needs a unit (write it as a string such as '${KINDS[kind].example}')` };
    return { ok: true, value: input };
  }
  let text = input.trim();
  if (text === "") return { ok: false, reason: "is empty" };
  let hadCurrency = false;
  const currency = CURRENCY_PREFIX.exec(text);
  if (currency) {
    if (kind !== "money" && kind !== "electricityPrice")
      return { ok: false, reason: "has a currency sign but is not an amount of money" };
    hadCurrency = true;
    text = text.slice(currency[0].length).trim();
  }
  const match = NUMBER.exec(text);
  if (!match?.groups) return { ok: false, reason: "does not start with a number" };
  const { sign = "", digits = "", exp = "" } = match.groups;
  const magnitude = Number(`${digits.replace(/[,_ \u00a0\u202f]/g, "")}${exp}`);
  const number = sign === "-" ? -magnitude : magnitude;
  const rest = text.slice(match[0].length).trim();
  if (/^[,.]\d/.test(rest))
    return { ok: false, reason: "has an ambiguous decimal separator (write 1.3, not 1,3)" };
  const unit = findUnit(kind, rest);
  if (unit === "case")
    return {
      ok: false,
      reason: `has a unit '${rest}' whose prefix is lower case: '${rest[0]}' is ${SMALL_PREFIXES[rest[0] ?? ""]}, not ${rest[0]?.toUpperCase()} (write ${rest[0]?.toUpperCase()}${rest.slice(1)} if you mean ${LARGE_PREFIXES[rest[0]?.toUpperCase() ?? ""]})`,
    };
  if (unit === "ambiguous")
    return { ok: false, reason: `has an ambiguous unit '${rest}' (mind the case: Gb is bits, GB bytes)` };
  if (unit === undefined) {
    return {
      ok: false,
      reason: rest === "" ? "needs a unit" : `has a unit '${rest}' that is not a ${kindName(kind)}`,
    };
  }
  if (rest === "" && !hadCurrency && !KINDS[kind].bareNumber) return { ok: false, reason: "needs a unit" };
  const value = number * unit.toBase;
  if (!Number.isFinite(value)) return { ok: false, reason: "is too large to represent" };
  return { ok: true, value };
}

/** SI prefixes whose lower case is another, smaller prefix: "5 mW" is five milliwatts, never megawatts. */
const SMALL_PREFIXES: Readonly<Record<string, string>> = { m: "milli", p: "pico", z: "zepto" };
const LARGE_PREFIXES: Readonly<Record<string, string>> = { M: "mega", P: "peta", Z: "zetta" };

/**
 * Exact symbol first (MW vs mW, GB/s vs Gb/s); then case-insensitive when every match agrees, except that a
 * lower-case m, p or z never stands for M, P or Z before an SI unit symbol (kinds whose symbols have case).
 */
function findUnit(kind: QuantityKind, symbol: string): UnitSpec | "ambiguous" | "case" | undefined {
  const units = KINDS[kind].units;
  const exact = units.find((u) => u.symbols.includes(symbol));
  if (exact) return exact;
  const lower = symbol.toLowerCase().replace(/\s+/g, " ");
  const matching = (u: UnitSpec) => u.symbols.filter((s) => s.toLowerCase() === lower);
  const loose = units.filter((u) => matching(u).length > 0);
  if (loose.length === 0) return undefined;
  const first0 = symbol[0] ?? "";
  const caseMatters = loose.every((u) =>
    matching(u).every(
      (s) => s[0] !== first0 && s[0] === first0.toUpperCase() && s.length > 1 && s[1] !== s[1]?.toLowerCase(),
    ),
  );
  if (first0 in SMALL_PREFIXES && symbol.length > 1 && caseMatters) return "case";
  const first = loose[0] as UnitSpec;
  return loose.every((u) => u.toBase === first.toBase) ? first : "ambiguous";
}

const KIND_NAMES: Readonly<Record<QuantityKind, string>> = {
  power: "power",
  energy: "energy",
  money: "amount of money",
  count: "count",
  duration: "duration",
  bandwidth: "bandwidth",
  carbonIntensity: "carbon intensity",
  waterIntensity: "water intensity",
  fraction: "fraction",
  flopRate: "compute rate",
  flop: "amount of compute",
  mass: "mass",
  volume: "volume",
  electricityPrice: "electricity price",
};

/** "power", "amount of money": used in messages. */
export function kindName(kind: QuantityKind): string {
  return KIND_NAMES[kind];
}
