/**
 * The kinds of quantity gigawatt reads and writes, each with its base unit and the unit symbols it accepts.
 * Decimal SI prefixes only (k = 1e3 ... T = 1e12): a "GB" is 1e9 bytes, never 2^30.
 */
export type QuantityKind =
  | "power"
  | "energy"
  | "money"
  | "count"
  | "duration"
  | "bandwidth"
  | "carbonIntensity"
  | "waterIntensity"
  | "fraction"
  | "flopRate"
  | "mass"
  | "volume"
  | "flop"
  | "electricityPrice";

/** A unit symbol and its factor to the kind's base unit. */
export interface UnitSpec {
  readonly symbols: readonly string[];
  readonly toBase: number;
}

export interface KindSpec {
  /** Base unit, named in results and error messages. */
  readonly base: string;
  /** Example written in error messages: "expected a power such as 5 GW". */
  readonly example: string;
  readonly units: readonly UnitSpec[];
  /**
   * Whether a bare number (no unit) is accepted; it is then in the base unit. Power, energy, durations and rates
   * need a unit: a bare 1200 could mean W or MW, a bare 54 seconds or days.
   */
  readonly bareNumber: boolean;
}

const SI: ReadonlyArray<readonly [string, string, number]> = [
  ["", "", 1],
  ["k", "kilo", 1e3],
  ["M", "mega", 1e6],
  ["G", "giga", 1e9],
  ["T", "tera", 1e12],
  ["P", "peta", 1e15],
  ["E", "exa", 1e18],
  ["Z", "zetta", 1e21],
];

/** Every SI-prefixed form of a symbol and of its long name: W, kW, MW ... watt, kilowatts ... */
function prefixed(symbol: string, longNames: readonly string[], factor = 1): UnitSpec[] {
  return SI.map(([p, long, f]) => ({
    symbols: [`${p}${symbol}`, ...longNames.map((n) => `${long}${n}`)],
    toBase: f * factor,
  }));
}

const HOUR_S = 3600;
const DAY_S = 24 * HOUR_S;
/** A year is 365 days (8,760 h), the convention of yearly energy figures (SemiAnalysis, IEA). */
export const YEAR_S = 365 * DAY_S;
export const HOURS_PER_YEAR = YEAR_S / HOUR_S;

export const KINDS: Readonly<Record<QuantityKind, KindSpec>> = {
  power: {
    base: "W",
    example: "5 GW",
    bareNumber: false,
    units: prefixed("W", ["watt", "watts"]),
  },
  energy: {
    base: "Wh",
    example: "1.59 TWh",
    bareNumber: false,
    units: [
      ...prefixed("Wh", ["watt-hour", "watt-hours", "watthour", "watthours"]),
      ...prefixed("J", ["joule", "joules"], 1 / HOUR_S),
    ],
  },
  money: {
    base: "USD",
    example: "$10B",
    bareNumber: true,
    units: [
      { symbols: ["", "usd", "dollar", "dollars", "us$"], toBase: 1 },
      { symbols: ["k", "thousand", "k usd", "thousand usd", "thousand dollars"], toBase: 1e3 },
      { symbols: ["m", "mn", "million", "m usd", "million usd", "million dollars", "millions"], toBase: 1e6 },
      {
        symbols: ["b", "bn", "billion", "b usd", "bn usd", "billion usd", "billion dollars", "billions"],
        toBase: 1e9,
      },
      { symbols: ["t", "tn", "trillion", "t usd", "trillion usd", "trillion dollars"], toBase: 1e12 },
    ],
  },
  count: {
    base: "",
    example: "400k",
    bareNumber: true,
    units: [
      { symbols: ["", "x"], toBase: 1 },
      { symbols: ["k", "thousand"], toBase: 1e3 },
      { symbols: ["m", "million", "millions"], toBase: 1e6 },
      { symbols: ["b", "bn", "billion", "billions"], toBase: 1e9 },
      { symbols: ["t", "trillion", "trillions"], toBase: 1e12 },
    ],
  },
  duration: {
    base: "s",
    example: "54 days",
    bareNumber: false,
    units: [
      { symbols: ["ms", "millisecond", "milliseconds"], toBase: 1e-3 },
      { symbols: ["us", "µs", "microsecond", "microseconds"], toBase: 1e-6 },
      { symbols: ["s", "sec", "secs", "second", "seconds"], toBase: 1 },
      { symbols: ["min", "mins", "minute", "minutes"], toBase: 60 },
      { symbols: ["h", "hr", "hrs", "hour", "hours"], toBase: HOUR_S },
      { symbols: ["d", "day", "days"], toBase: DAY_S },
      { symbols: ["w", "wk", "week", "weeks"], toBase: 7 * DAY_S },
      { symbols: ["mo", "month", "months"], toBase: YEAR_S / 12 },
      { symbols: ["y", "yr", "yrs", "year", "years"], toBase: YEAR_S },
    ],
  },
  bandwidth: {
    base: "bit/s",
    example: "400 Gbps",
    bareNumber: false,
    units: [
      ...prefixed("bps", ["bit/s", "bits/s"]),
      ...prefixed("b/s", []),
      ...prefixed("bit/s", []),
      ...prefixed("B/s", ["byte/s", "bytes/s"], 8),
      ...prefixed("Bps", [], 8),
    ],
  },
  carbonIntensity: {
    base: "gCO2e/kWh",
    example: "380 gCO2e/kWh",
    bareNumber: true,
    units: [
      {
        symbols: ["gco2e/kwh", "gco2/kwh", "g/kwh", "gco2eq/kwh", "kgco2e/mwh", "kgco2/mwh", "kg/mwh"],
        toBase: 1,
      },
      {
        symbols: ["kgco2e/kwh", "kgco2/kwh", "kg/kwh", "kgco2eq/kwh", "tco2e/mwh", "tco2/mwh", "t/mwh"],
        toBase: 1000,
      },
      // US eGRID publishes lb/MWh: 1 lb = 453.59237 g.
      { symbols: ["lb/mwh", "lbco2/mwh", "lbco2e/mwh", "lbs/mwh"], toBase: 0.45359237 },
    ],
  },
  waterIntensity: {
    base: "L/kWh",
    example: "1.8 L/kWh",
    bareNumber: true,
    units: [
      { symbols: ["l/kwh", "m3/mwh"], toBase: 1 },
      { symbols: ["ml/kwh", "l/mwh"], toBase: 1e-3 },
      // US gallon = 3.785411784 L.
      { symbols: ["gal/mwh"], toBase: 3.785411784e-3 },
      { symbols: ["gal/kwh"], toBase: 3.785411784 },
    ],
  },
  fraction: {
    base: "",
    example: "41% or 0.41",
    bareNumber: true,
    units: [
      { symbols: [""], toBase: 1 },
      { symbols: ["%", "percent", "pct"], toBase: 0.01 },
    ],
  },
  flopRate: {
    base: "FLOP/s",
    example: "989 TFLOPS",
    bareNumber: false,
    units: [...prefixed("FLOPS", ["flop/s"]), ...prefixed("FLOP/s", [])],
  },
  flop: {
    base: "FLOP",
    example: "3.8e25 FLOP",
    bareNumber: true,
    units: [...prefixed("FLOP", ["flop"]), { symbols: ["FLOPs", "flops"], toBase: 1 }],
  },
  electricityPrice: {
    base: "USD/MWh",
    example: "$80/MWh",
    bareNumber: true,
    units: [
      { symbols: ["usd/mwh", "/mwh", "$/mwh"], toBase: 1 },
      { symbols: ["usd/kwh", "/kwh", "$/kwh"], toBase: 1000 },
      { symbols: ["c/kwh", "cents/kwh", "¢/kwh"], toBase: 10 },
    ],
  },
  mass: {
    base: "t",
    example: "8930 tCO2e",
    bareNumber: true,
    units: [
      { symbols: ["g", "gco2e"], toBase: 1e-6 },
      { symbols: ["kg", "kgco2e"], toBase: 1e-3 },
      { symbols: ["t", "tco2e", "tonne", "tonnes"], toBase: 1 },
      { symbols: ["kt", "ktco2e"], toBase: 1e3 },
      { symbols: ["Mt", "mtco2e"], toBase: 1e6 },
      { symbols: ["Gt", "gtco2e"], toBase: 1e9 },
    ],
  },
  volume: {
    base: "L",
    example: "1.1 ML",
    bareNumber: true,
    units: [
      { symbols: ["mL", "ml"], toBase: 1e-3 },
      ...prefixed("L", ["litre", "litres", "liter", "liters"]),
      { symbols: ["m3", "m³"], toBase: 1e3 },
      { symbols: ["gal", "gallon", "gallons"], toBase: 3.785411784 },
    ],
  },
};
