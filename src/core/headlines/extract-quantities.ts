import type { Language } from "./language.js";

/** A number with its unit found in a text, in base units (USD or EUR, W, count), with the exact phrase. */
export interface QuantityClaim {
  readonly kind: "money" | "power" | "count";
  /** The figure in base units; for a range, its upper end ("$60-65 billion" is 65e9). */
  readonly value: number;
  readonly range?: readonly [number, number];
  readonly unit: "USD" | "EUR" | "W" | "count";
  /** What is counted ("accélérateurs", "GPUs", "GB200"), for counts. */
  readonly counted?: string;
  /** "up to", "about", "more than", as the text qualifies the figure. */
  readonly qualifier?: "up-to" | "about" | "more-than";
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

// Numbers as each language writes them: French groups thousands with spaces and uses a decimal comma.
const NUMBER: Readonly<Record<Language, string>> = {
  fr: String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
};

const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousand|mille|k)$/i, 1e3],
  [/^(?:millions?|mn|m)$/i, 1e6],
  [/^(?:billions?|bn|b|milliards?|mds?)$/i, 1e9],
  [/^(?:trillions?|tn|t)$/i, 1e12],
];
// In French "billion" is 10^12 (a million millions).
const FRENCH_BILLION = /^billions?$/i;

const CURRENCY_WORD = String.raw`(?:de\s+|d['’]\s*)?(?:dollars?|euros?|USD|EUR|\$|€)`;
const POWER_UNIT = `(?:[kKMG]W|gigawatts?|mégawatts?|megawatts?|kilowatts?)`;
const COUNTED = String.raw`(?:de\s+|d['’]\s*)?(?:accélérateurs?|puces?|processeurs?|GPUs?|TPUs?|accelerators?|chips?|(?:Nvidia\s+)?(?:GB200|GB300|H100|H200|B200|Blackwell)\w*|réacteurs?(?:\s+nucléaires?)?|(?:nuclear\s+)?reactors?|EPRs?)`;
const QUALIFIER = String.raw`(?:up\s+to|jusqu['’]\s*à|pouvant\s+aller\s+jusqu['’]\s*à|about|around|nearly|près\s+de|environ|quelque|some|more\s+than|over|plus\s+de|supérieure?s?\s+(?:à|aux))`;

function parseNumber(text: string, language: Language): number {
  const clean =
    language === "fr" ? text.replace(/[ \u00a0\u202f]/g, "").replace(",", ".") : text.replace(/,/g, "");
  return Number(clean);
}

function scaleOf(word: string | undefined, language: Language): number {
  if (!word) return 1;
  if (language === "fr" && FRENCH_BILLION.test(word)) return 1e12;
  for (const [re, factor] of SCALES) if (re.test(word)) return factor;
  return 1;
}

function powerFactor(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith("g")) return 1e9;
  if (u.startsWith("m")) return 1e6;
  if (u.startsWith("k")) return 1e3;
  return 1;
}

function qualifierOf(text: string | undefined): QuantityClaim["qualifier"] {
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/^(?:more|over|plus|sup)/.test(t)) return "more-than";
  if (/^(?:up|jusqu|pouvant)/.test(t)) return "up-to";
  return "about";
}

/**
 * Finds amounts of money, power and counts of accelerators in English or French text, each with the exact phrase it
 * came from: "$60-65 billion", "10 milliards de dollars", "5 gigawatts", "1 200 MW", "1,3 million d'accélérateurs",
 * "400,000 GB200". A figure without a recognised unit is left out rather than guessed.
 */
export function extractQuantities(text: string, language: Language): QuantityClaim[] {
  const n = NUMBER[language];
  const scale = `(?:thousand|millions?|milliards?|billions?|trillions?|mille|mds?|bn|tn|[kKMBT])`;
  const pattern = new RegExp(
    String.raw`(?:(?<qual>${QUALIFIER})\s+)?(?<pre>\$|€|US\$)?\s?(?<a>${n})(?:\s*(?:-|–|à|to|and|et)\s*(?<b>${n}))?\s*(?<scale>${scale})?\b\s*(?<unit>${CURRENCY_WORD}|${POWER_UNIT}|${COUNTED})?`,
    "gu",
  );
  const claims: QuantityClaim[] = [];
  for (const m of text.matchAll(pattern)) {
    const g = m.groups ?? {};
    const unitText = g.unit?.trim();
    const currencyPrefix = g.pre;
    // "50 milliards" with no unit, shortly after an amount of money, is money in the same currency.
    const previous = claims.at(-1);
    const inheritsMoney =
      !unitText &&
      !currencyPrefix &&
      g.scale !== undefined &&
      /^(?:milliards?|billions?|bn|trillions?)$/i.test(g.scale) &&
      previous?.kind === "money" &&
      (m.index ?? 0) - previous.end < 200;
    if (!unitText && !currencyPrefix && !inheritsMoney) continue;
    const factor = scaleOf(g.scale, language);
    const a = parseNumber(g.a ?? "", language) * factor;
    const b = g.b === undefined ? undefined : parseNumber(g.b, language) * factor;
    if (!Number.isFinite(a) || (b !== undefined && !Number.isFinite(b))) continue;
    const range = b === undefined ? undefined : ([Math.min(a, b), Math.max(a, b)] as const);
    const value = range ? range[1] : a;
    const qualifier = qualifierOf(g.qual);
    const base = {
      value,
      ...(range ? { range } : {}),
      ...(qualifier ? { qualifier } : {}),
      phrase: m[0].trim(),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    };
    const isMoney =
      inheritsMoney ||
      Boolean(currencyPrefix) ||
      (unitText !== undefined && new RegExp(`^${CURRENCY_WORD}$`, "i").test(unitText));
    if (isMoney) {
      const euro = inheritsMoney
        ? previous?.unit === "EUR"
        : /€|euro|EUR/i.test(`${currencyPrefix ?? ""}${unitText ?? ""}`);
      claims.push({ kind: "money", unit: euro ? "EUR" : "USD", ...base });
    } else if (unitText && new RegExp(`^${POWER_UNIT}$`).test(unitText)) {
      const f = powerFactor(unitText);
      claims.push({
        kind: "power",
        unit: "W",
        ...base,
        value: value * f,
        ...(range ? { range: [range[0] * f, range[1] * f] as const } : {}),
      });
    } else if (unitText) {
      claims.push({
        kind: "count",
        unit: "count",
        counted: unitText.replace(/^(?:de\s+|d['’]\s*)/i, ""),
        ...base,
      });
    }
  }
  return claims;
}
