import { HOURS_PER_YEAR, type QuantityKind } from "./kinds.js";

/** [factor, symbol] ladders used to scale a value for reading, smallest first. */
type Ladder = ReadonlyArray<readonly [number, string]>;

const si = (unit: string, from = 0): Ladder =>
  (
    [
      [1, ` ${unit}`],
      [1e3, ` k${unit}`],
      [1e6, ` M${unit}`],
      [1e9, ` G${unit}`],
      [1e12, ` T${unit}`],
      [1e15, ` P${unit}`],
      [1e18, ` E${unit}`],
      [1e21, ` Z${unit}`],
    ] as const
  ).slice(from);

const LADDERS: Readonly<Record<Exclude<QuantityKind, "duration" | "fraction">, Ladder>> = {
  power: si("W"),
  energy: si("Wh"),
  money: [
    [1, ""],
    [1e3, "k"],
    [1e6, "M"],
    [1e9, "B"],
    [1e12, "T"],
  ],
  count: [
    [1, ""],
    [1e3, "k"],
    [1e6, "M"],
    [1e9, "B"],
    [1e12, "T"],
  ],
  bandwidth: si("bps"),
  carbonIntensity: [[1, " gCO2e/kWh"]],
  waterIntensity: [[1, " L/kWh"]],
  flopRate: si("FLOPS"),
  flop: si("FLOP"),
  electricityPrice: [[1, "/MWh"]],
  mass: [
    [1e-3, " kg"],
    [1, " t"],
    [1e3, " kt"],
    [1e6, " Mt"],
    [1e9, " Gt"],
  ],
  volume: [
    [1, " L"],
    [1e3, " kL"],
    [1e6, " ML"],
    [1e9, " GL"],
    [1e12, " TL"],
  ],
};
// Prefixes fix the decimal point by SI ("M" = 1e6 in every ladder).

/** Formats a base-unit value for reading: `5 GW`, `$10.0B`, `1.30M`, `54.0 days`, `41.0%`. */
export function formatQuantity(kind: QuantityKind, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (kind === "fraction") return `${significant(value * 100, digits)}%`;
  if (kind === "duration") return formatDuration(value, digits);
  // Small whole counts are exact: "1 trial", not "1.00".
  if (kind === "count" && Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  // Training compute is written as analysts and papers write it: 3.80e25 FLOP.
  if (kind === "flop" && Math.abs(value) >= 1e21)
    return `${value.toExponential(digits - 1).replace("e+", "e")} FLOP`;
  const ladder = LADDERS[kind];
  const scaled = scale(ladder, value, digits);
  return kind === "money" || kind === "electricityPrice"
    ? `${value < 0 ? "-" : ""}$${scaled.replace(/^-/, "")}`
    : scaled;
}

function scale(ladder: Ladder, value: number, digits: number): string {
  const magnitude = Math.abs(value);
  let index = 0;
  for (let i = 0; i < ladder.length; i++) {
    const step = ladder[i];
    if (step && magnitude >= step[0]) index = i;
  }
  // Rounding can carry a mantissa to 1000 (999.7 -> "1.00e3"): step up one rung when it does.
  let [factor, symbol] = ladder[index] as readonly [number, string];
  let text = significant(value / factor, digits);
  const next = ladder[index + 1];
  if (next && Math.abs(Number(text.replaceAll(",", ""))) >= next[0] / factor) {
    [factor, symbol] = next;
    text = significant(value / factor, digits);
  }
  return `${text}${symbol}`;
}

/** `digits` significant figures, never in exponent form, grouping thousands from 10,000 up. */
export function significant(value: number, digits = 3): string {
  if (value === 0) return "0";
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e21) return rounded.toExponential(digits - 1).replace("e+", "e");
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  // toFixed, not toLocaleString: this runs for every assumption of every estimate, and Intl is 50 times slower.
  const fixed = rounded.toFixed(Math.min(20, Math.max(0, digits - 1 - magnitude)));
  if (Math.abs(rounded) < 1e4) return fixed;
  const [whole = "", fraction] = fixed.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatDuration(seconds: number, digits: number): string {
  const abs = Math.abs(seconds);
  const hours = seconds / 3600;
  if (abs < 1) return `${significant(seconds * 1000, digits)} ms`;
  if (abs < 120) return `${significant(seconds, digits)} s`;
  if (abs < 2 * 3600) return `${significant(seconds / 60, digits)} min`;
  if (abs < 48 * 3600) return `${significant(hours, digits)} h`;
  if (abs < 2 * HOURS_PER_YEAR * 3600) return `${significant(hours / 24, digits)} days`;
  return `${significant(hours / HOURS_PER_YEAR, digits)} years`;
}
