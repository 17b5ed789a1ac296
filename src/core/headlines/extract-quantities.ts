import type { Language } from "./language.js";
import { ARTICLES, numberWordsPattern, parseNumberWords } from "./number-words.js";

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

// Numbers in figures as each language writes them: French groups thousands with spaces and uses a decimal comma.
const DIGITS: Readonly<Record<Language, string>> = {
  fr: String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
};

const SCALE = String.raw`(?:thousand|millions?|milliards?|billions?|trillions?|mille|mds?|bn|mn|tn|[kKMBT])`;
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousand|mille|k)$/i, 1e3],
  [/^(?:millions?|mn|m)$/i, 1e6],
  [/^(?:billions?|bn|b|milliards?|mds?)$/i, 1e9],
  [/^(?:trillions?|tn|t)$/i, 1e12],
];
// In French "billion" is 10^12 (a million millions).
const FRENCH_BILLION = /^billions?$/i;

const CURRENCY_PREFIX = String.raw`(?:US\$|\$|€)`;
const CURRENCY_WORD = String.raw`(?:de\s+|d['’]\s*)?(?:dollars?|euros?|USD|EUR|\$|€)`;
const POWER_UNIT = `(?:[kKMG]W(?![\\p{L}])|gigawatts?|gigawatt|mégawatts?|megawatts?|kilowatts?)`;
// Words that may stand between a number and what it counts ("600,000 Nvidia chips", "six small reactors").
const COUNT_ADJECTIVE = String.raw`(?:Nvidia|AMD|Google|Intel|small|modular|new|advanced|additional|more|nouveaux|nouvelles|petits|supplémentaires)`;
const COUNTED_NOUN = String.raw`(?:accélérateurs?|superpuces?|puces?|processeurs?|GPUs?|TPUs?|accelerators?|superchips?|chips?|(?:GB200|GB300|GH200|H100|H200|H800|H20|B200|B300|MI300X|MI355X|MI450|Blackwell|Rubin|Trainium\d?|Ironwood)\w*(?:\s+(?:GPUs?|chips?|accelerators?|superchips?))?|réacteurs?(?:\s+(?:nucléaires?|EPR2?|modulaires?))*|(?:nuclear\s+)?reactors?|EPR2?s?|SMRs?|AP1000s?)`;
const COUNTED = String.raw`(?:de\s+|d['’]\s*)?(?:${COUNT_ADJECTIVE}\s+){0,2}${COUNTED_NOUN}`;
const QUALIFIER = String.raw`(?:well\s+over|up\s+to|as\s+(?:many|much)\s+as|jusqu['’]\s*à|pouvant\s+aller\s+jusqu['’]\s*à|about|around|roughly|nearly|almost|approximately|close\s+to|an\s+estimated|some|près\s+d['’]|près\s+de|environ|quelque|autour\s+de|quasiment|more\s+than|over|at\s+least|plus\s+d['’]|plus\s+de|au\s+moins|supérieure?s?\s+(?:à|aux))`;
// "shares closed at $668": a price of a share, not an amount spent.
const SHARE_PRICE_CONTEXT =
  /\b(?:shares?|stock|share\s+price|actions?|titre|cours)\b(?:(?!\.\s)[^\n]){0,40}$/i;

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
  if (/^(?:more|over|plus|sup|at\s+least|au\s+moins)/.test(t)) return "more-than";
  if (/^(?:up|jusqu|pouvant|as\s+(?:many|much))/.test(t)) return "up-to";
  return "about";
}

const patterns = new Map<Language, RegExp>();

/**
 * One figure: an optional qualifier and "between"; a first number with its own scale and unit; optionally a range's
 * second number ("-", "to", "à", or "and"/"et" after "between"/"entre"); then the scale and unit they share.
 */
function patternFor(language: Language): RegExp {
  let re = patterns.get(language);
  if (!re) {
    const n = `(?:${DIGITS[language]}|${numberWordsPattern(language)})`;
    const half = String.raw`(?:\s+et\s+demie?|\s+and\s+a\s+half)`;
    const unit = `(?:${CURRENCY_WORD}|${POWER_UNIT}|${COUNTED})`;
    re = new RegExp(
      String.raw`(?<![\p{L}\p{N}]|\p{L}-)(?:(?<qual>${QUALIFIER})\s+)?(?:(?<between>between|entre)\s+)?(?<pre>${CURRENCY_PREFIX})?\s?(?<a>${n})(?:\s*(?<scaleA>${SCALE})(?![\p{L}])(?<halfSA>${half})?)?(?:\s*(?<unitA>${unit})(?<halfUA>${half})?)?(?:\s*(?<conn>-|–|to|à|and|et)\s*(?<preB>${CURRENCY_PREFIX})?\s?(?<b>${n}))?(?:\s*(?<scale>${SCALE})(?![\p{L}])(?<halfS>${half})?)?\s*(?<unit>${unit})?(?<halfU>${half})?`,
      "dgiu",
    );
    patterns.set(language, re);
  }
  return re;
}

function numberOf(text: string, language: Language): number {
  if (/^\d/.test(text)) {
    const clean =
      language === "fr" ? text.replace(/[ \u00a0\u202f]/g, "").replace(",", ".") : text.replace(/,/g, "");
    return Number(clean);
  }
  return parseNumberWords(text, language) ?? Number.NaN;
}

/**
 * Finds amounts of money, power and counts of accelerators or reactors in English or French text, each with the exact
 * phrase it came from: "$60-65 billion", "between €30 billion and €50 billion", "10 milliards de dollars",
 * "5 gigawatts", "two gigawatts", "1 200 MW", "1,3 million d'accélérateurs", "half a million chips", "400,000 GB200".
 * A figure without a recognised unit is left out rather than guessed.
 */
export function extractQuantities(text: string, language: Language): QuantityClaim[] {
  const re = patternFor(language);
  re.lastIndex = 0;
  const claims: QuantityClaim[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    if (m[0].length === 0) {
      re.lastIndex = start + 1;
      continue;
    }
    // "and"/"et" join a range only after "between"/"entre"; otherwise ("by 2030 and 6 GW") the first number stands
    // alone, if it has its own unit, and the scan resumes at the second.
    if (g.b !== undefined && /^(?:and|et)$/i.test(g.conn ?? "") && !g.between) {
      const spans = m.indices?.groups ?? {};
      const firstEnd = Math.max(
        ...[spans.a, spans.scaleA, spans.halfSA, spans.unitA, spans.halfUA].map((span) => span?.[1] ?? 0),
      );
      re.lastIndex = (spans.preB ?? spans.b)?.[0] ?? start + m[0].length;
      const first = {
        ...g,
        b: undefined,
        conn: undefined,
        preB: undefined,
        scale: undefined,
        unit: undefined,
        halfS: undefined,
        halfU: undefined,
      };
      pushClaim(claims, first, text.slice(start, firstEnd), start, text, language);
      continue;
    }
    // Without a range, a figure ends at its own unit ("835 MW reactor" is power, "6 GW de puces" too).
    const at = m.indices?.groups ?? {};
    const own = g.b === undefined && g.unitA !== undefined ? { ...g, scale: undefined, unit: undefined } : g;
    const end = own === g ? start + m[0].length : ((at.halfUA ?? at.unitA)?.[1] ?? start + m[0].length);
    // A rejected candidate ("an $80 million", whose article is no number) resumes the scan after its first number.
    if (!pushClaim(claims, own, text.slice(start, end), start, text, language))
      re.lastIndex = at.a?.[1] ?? end;
    else re.lastIndex = end;
  }
  return claims;
}

function pushClaim(
  claims: QuantityClaim[],
  g: Record<string, string | undefined>,
  matched: string,
  start: number,
  text: string,
  language: Language,
): boolean {
  const unitText = (g.unit ?? g.unitA)?.trim();
  const currencyPrefix = g.pre ?? g.preB;
  const scaleWord = g.scale ?? g.scaleA;
  const wordsOnly = !/^\d/.test(g.a ?? "");
  // "a"/"un" is one only before a scale ("a million GPUs"), never before a bare unit ("a gigawatt of demand").
  // French "un gigawatt" is one gigawatt as often as it is "a gigawatt"; English "a gigawatt" is a rate's unit.
  const frenchPower =
    language === "fr" && unitText !== undefined && new RegExp(`^${POWER_UNIT}$`, "u").test(unitText);
  // "well over a gigawatt", "près d'un gigawatt": with a qualifier, the article is a figure too.
  if (wordsOnly && ARTICLES.has((g.a ?? "").toLowerCase()) && !scaleWord && !frenchPower && !g.qual)
    return false;
  // "50 milliards" with no unit, shortly after an amount of money, is money in the same currency.
  const previous = claims.at(-1);
  const inheritsMoney =
    !unitText &&
    !currencyPrefix &&
    !wordsOnly &&
    scaleWord !== undefined &&
    /^(?:milliards?|billions?|bn|trillions?)$/i.test(scaleWord) &&
    previous?.kind === "money" &&
    start - previous.end < 200;
  if (!unitText && !currencyPrefix && !inheritsMoney) return false;
  const half = g.halfS || g.halfU || g.halfSA || g.halfUA ? 0.5 : 0;
  const aValue = numberOf(g.a ?? "", language);
  const bValue = g.b === undefined ? undefined : numberOf(g.b, language);
  // In a range the first number borrows the second's scale when it has none ("$60-65 billion").
  const a = (aValue + (g.b === undefined ? half : 0)) * scaleOf(g.scaleA ?? scaleWord, language);
  const b = bValue === undefined ? undefined : (bValue + half) * scaleOf(scaleWord, language);
  if (!Number.isFinite(a) || (b !== undefined && !Number.isFinite(b)) || a <= 0) return false;
  const range = b === undefined ? undefined : ([Math.min(a, b), Math.max(a, b)] as const);
  const value = range ? range[1] : a;
  const approximate = /dizaine|centaine/i.test(`${g.a ?? ""}`) ? "about" : undefined;
  const qualifier = qualifierOf(g.qual) ?? approximate;
  const phrase = matched.trim();
  const at = start + matched.indexOf(phrase);
  const base = {
    value,
    ...(range ? { range } : {}),
    ...(qualifier ? { qualifier } : {}),
    phrase,
    start: at,
    end: at + phrase.length,
  };
  const isMoney =
    inheritsMoney ||
    Boolean(currencyPrefix) ||
    (unitText !== undefined && new RegExp(`^${CURRENCY_WORD}$`, "iu").test(unitText));
  if (isMoney) {
    // A share price ("shares closed at $668") is not an amount spent or raised.
    if (!scaleWord && value < 1e4 && SHARE_PRICE_CONTEXT.test(text.slice(Math.max(0, at - 60), at)))
      return false;
    const euro = inheritsMoney
      ? previous?.unit === "EUR"
      : /€|euro|EUR/i.test(`${currencyPrefix ?? ""}${unitText ?? ""}`);
    claims.push({ kind: "money", unit: euro ? "EUR" : "USD", ...base });
    return true;
  } else if (unitText && new RegExp(`^${POWER_UNIT}$`, "u").test(unitText)) {
    const f = powerFactor(unitText);
    claims.push({
      kind: "power",
      unit: "W",
      ...base,
      value: value * f,
      ...(range ? { range: [range[0] * f, range[1] * f] as const } : {}),
    });
    return true;
  } else if (unitText) {
    claims.push({
      kind: "count",
      unit: "count",
      counted: unitText.replace(/^(?:de\s+|d['’]\s*)/i, ""),
      ...base,
    });
    return true;
  }
  return false;
}
