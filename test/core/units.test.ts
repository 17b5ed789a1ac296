import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, parseQuantity, type QuantityKind, readField } from "../../src/core/index.js";

const value = (kind: QuantityKind, text: string | number) => {
  const r = parseQuantity(kind, text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.value;
};

describe("parseQuantity: the units of PRODUCT.md", () => {
  it.each([
    ["power", "5 GW", 5e9],
    ["power", "5GW", 5e9],
    ["power", "1,200 MW", 1.2e9],
    ["power", "1 200 MW", 1.2e9],
    ["power", "5 gigawatts", 5e9],
    ["energy", "1.59 TWh", 1.59e12],
    ["energy", "3.6 MJ", 1000],
    ["money", "$10B", 1e10],
    ["money", "$500 billion", 5e11],
    ["money", "US$ 1.5 trillion", 1.5e12],
    ["money", "30000", 3e4],
    ["count", "400k", 4e5],
    ["count", "1.3M", 1.3e6],
    ["count", "15.6T", 1.56e13],
    ["count", "405B", 4.05e11],
    ["count", "1e6", 1e6],
    ["duration", "54 days", 54 * 86400],
    ["duration", "2 h", 7200],
    ["duration", "25 ms", 0.025],
    ["duration", "1 year", 365 * 86400],
    ["bandwidth", "100 Tbps", 1e14],
    ["bandwidth", "400 Gb/s", 4e11],
    ["bandwidth", "50 GB/s", 4e11],
    ["carbonIntensity", "390 gCO2e/kWh", 390],
    ["carbonIntensity", "0.39 kgCO2e/kWh", 390],
    ["carbonIntensity", "1000 lb/MWh", 453.59237],
    ["waterIntensity", "1.8 L/kWh", 1.8],
    ["fraction", "80%", 0.8],
    ["fraction", "0.8", 0.8],
    ["electricityPrice", "$80/MWh", 80],
  ] as const)("%s %s", (kind, text, expected) => {
    expect(value(kind, text)).toBeCloseTo(expected, 9);
  });

  it.each([
    ["power", "5km", "not a power"],
    ["power", "NaN", "does not start with a number"],
    ["power", "", "is empty"],
    ["power", "$5 GW", "currency"],
    ["count", "1,3 million", "ambiguous decimal separator"],
    ["bandwidth", "100 gb/s", "ambiguous unit"],
    ["power", "1e400 W", "too large"],
    ["power", "700", "needs a unit"],
  ] as const)("rejects %s '%s'", (kind, text, reason) => {
    const r = parseQuantity(kind, text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it("rejects non-finite numbers given as numbers", () => {
    expect(parseQuantity("power", Number.NaN).ok).toBe(false);
    expect(parseQuantity("power", Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe("formatQuantity", () => {
  it.each([
    ["power", 5e9, "5.00 GW"],
    ["power", 1.2e9, "1.20 GW"],
    ["power", 999.7e6, "1.00 GW"],
    ["energy", 1.59e12, "1.59 TWh"],
    ["money", 5e11, "$500B"],
    ["count", 1.3e6, "1.30M"],
    ["fraction", 0.41, "41.0%"],
    ["duration", 54 * 86400, "54.0 days"],
    ["bandwidth", 1e14, "100 Tbps"],
  ] as const)("%s %d → %s", (kind, v, text) => {
    expect(formatQuantity(kind, v)).toBe(text);
  });
});

// Kinds whose formatted form the parser reads back (mass and volume are output-only).
const ROUND_TRIP: QuantityKind[] = ["power", "energy", "money", "count", "bandwidth", "flopRate", "flop"];

describe("properties", () => {
  it("format then parse gives the value back, to the printed precision", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUND_TRIP),
        fc.double({ min: 1, max: 1e17, noNaN: true }),
        (kind, v) => {
          const text = formatQuantity(kind, v, 6);
          const back = parseQuantity(kind, text);
          expect(back.ok, text).toBe(true);
          if (back.ok) expect(Math.abs(back.value - v) / v).toBeLessThan(1e-5);
        },
      ),
    );
  });

  it("parsing is monotonic: a larger number with the same unit is a larger quantity", () => {
    const units = fc.constantFrom("W", "kW", "MW", "GW", "TW");
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        units,
        (a, b, unit) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(value("power", `${lo} ${unit}`)).toBeLessThanOrEqual(value("power", `${hi} ${unit}`));
        },
      ),
    );
  });

  it("a larger unit prefix is a larger quantity", () => {
    const ladder = ["1 W", "1 kW", "1 MW", "1 GW", "1 TW"].map((t) => value("power", t));
    expect([...ladder].sort((a, b) => a - b)).toEqual(ladder);
  });

  it("never returns NaN or Infinity, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom<QuantityKind>("power", "money", "count", "duration", "bandwidth"),
        (text, kind) => {
          const r = parseQuantity(kind, text);
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.reason.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("readField: limits give one message naming the value and what is accepted", () => {
  it("rejects zero power", () => {
    const r = readField(["power"], { kind: "power", min: 0, exclusiveMin: true }, "0 GW");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.message).toMatch(/'0 GW'.*expected/);
  });
  it("rejects negative power", () => {
    const r = readField(["power"], { kind: "power", min: 0, exclusiveMin: true }, "-5 GW");
    expect(r.ok).toBe(false);
  });
  it("rejects 1e30 accelerators", () => {
    const r = readField(["accelerators"], { kind: "count", min: 1, max: 1e9, integer: true }, "1e30");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.message).toContain("1e30");
  });
  it("accepts a value inside the limits", () => {
    expect(readField(["power"], { kind: "power", min: 0, exclusiveMin: true }, "5 GW")).toEqual({
      ok: true,
      value: 5e9,
    });
  });
});
