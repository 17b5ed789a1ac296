import type { Language } from "./language.js";
import { numberWordsPattern } from "./number-words.js";
import {
  COUNTED_THINGS,
  CURRENCY_PREFIXES,
  CURRENCY_WORDS,
  GENERIC_ACCELERATOR,
  PHYSICAL_UNITS,
  type UnitWord,
} from "./units.js";

// Numbers in figures as each language writes them: French groups thousands with spaces and uses a decimal comma.
// Every repetition is bounded or anchored by a non-digit, so a match attempt costs at most the number's length.
const DIGITS: Readonly<Record<Language, string>> = {
  fr: String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
};

export const SCALE = String.raw`(?:thousand|millions?|milliards?|billions?|trillions?|mille|lakh\s+crores?|crores?|lakhs?|mds?|bn|mn|tn|[kKMBT])`;

export const QUALIFIER = String.raw`(?:well\s+over|up\s+to|as\s+(?:many|much)\s+as|jusqu['’]\s*à|pouvant\s+aller\s+jusqu['’]\s*à|about|around|roughly|nearly|almost|approximately|close\s+to|an\s+estimated|some|près\s+d['’]|près\s+de|environ|quelque|autour\s+de|quasiment|de\s+l['’]ordre\s+de|more\s+than|over|upwards?\s+of|north\s+of|in\s+excess\s+of|(?:could|will|to|would|may)\s+exceed|exceed(?:s|ed|ing)?|tops?|topped|topping|pass(?:es|ed)?|dépass\w*|at\s+least|au\s+moins|plus\s+d['’]|plus\s+de|supérieure?s?\s+(?:à|aux)|less\s+than|fewer\s+than|under|below|moins\s+d['’]|moins\s+de|within)`;

// Words that may stand between a number and what it counts ("600,000 Nvidia chips", "41 permanent gas turbines").
// Chip families (Blackwell, Hopper ...) count accelerators without naming one model; a hyphenated word ("high-skilled",
// "single-storey") and a possessive ("of Google's") describe what is counted.
const COUNT_ADJECTIVE = String.raw`(?:Nvidia|AMD|Google|Intel|Amazon|AWS|Microsoft|Meta|Grace|Blackwell|Hopper|Vera|Rubin|Instinct|graphics|small|modular|new|advanced|additional|more|permanent|temporary|natural[\s-]gas|gas[\s-]fired|trailer[\s-]mounted|mobile|construction|union|onsite|skilled|permitted|full[\s-]time|direct|indirect|large|hyperscale|Stargate|AI|IA|nouveaux|nouvelles|petits|supplémentaires|permanents|directs|indirects|de\s+ses|des|first|premiers|premières|projets?\s+de|\p{L}{2,15}-\p{L}{2,15}|of\s{1,3}(?:its|their|the|these|those|\p{Lu}\p{L}{1,20}['’]s))`;

const alternation = (units: readonly UnitWord[]) => units.map((u) => `(?:${u.pattern})`).join("|");

/** The named groups of a figure's match. */
export type FigureGroups = Readonly<Record<string, string | undefined>>;

/**
 * One figure: an optional qualifier and "between"; a first number with its own scale and unit (joined by a space or a
 * hyphen: "250-megawatt", "$11-billion"); optionally a range's second number ("-", "to", "à", or "and"/"et" after
 * "between"/"entre"); then the scale and unit they share. `accelerators` is the catalog's names (accelerators.ts).
 */
export function figurePattern(language: Language, accelerators: string): RegExp {
  // Compiled once per language and catalog: the pattern is large, and V8 compiles it again for every new RegExp.
  const key = `${language}/${accelerators}`;
  let re = figurePatterns.get(key);
  if (!re) {
    re = compileFigurePattern(language, accelerators);
    if (figurePatterns.size >= 16) figurePatterns.clear();
    figurePatterns.set(key, re);
  }
  return re;
}

// Shared: a global pattern keeps its place in lastIndex, which its user sets before each read.
const figurePatterns = new Map<string, RegExp>();

/**
 * The named groups of a figure's match as a plain object: V8 gives them as a dictionary, slow to read and to copy for
 * every figure of a long text.
 */
export function figureGroupsOf(g: FigureGroups): Record<string, string | undefined> {
  return {
    qual: g.qual,
    between: g.between,
    pre: g.pre,
    a: g.a,
    scaleA: g.scaleA,
    halfSA: g.halfSA,
    unitA: g.unitA,
    themA: g.themA,
    halfUA: g.halfUA,
    conn: g.conn,
    preB: g.preB,
    b: g.b,
    scale: g.scale,
    halfS: g.halfS,
    unit: g.unit,
    them: g.them,
    halfU: g.halfU,
  };
}

function compileFigurePattern(language: Language, accelerators: string): RegExp {
  const n = `(?:${DIGITS[language]}|${numberWordsPattern(language)})`;
  const half = String.raw`(?:\s+et\s+demie?|\s+and\s+a\s+half)`;
  const generic = `(?:${GENERIC_ACCELERATOR})`;
  const named = String.raw`(?:${accelerators})(?:\s{1,3}(?:and|et|or|ou|&)\s{1,3}(?:${accelerators}))?(?:\s{1,3}${generic})?`;
  const adjective = String.raw`${COUNT_ADJECTIVE}(?:\s{1,3}(?:and|et)\s{1,3}${COUNT_ADJECTIVE})?`;
  // A noun in guillemets counts too: "jusqu'à cinq « gigausines »", "une vingtaine d'« usines d'IA »".
  const counted = String.raw`(?:de\s+|d['’]\s*)?(?:«\s{0,2})?(?:${adjective}\s{1,3}){0,3}(?:${named}|${generic}|${alternation(COUNTED_THINGS)})(?![\p{L}\p{N}])`;
  const them = String.raw`(?:of\s+them|d['’]entre\s+(?:eux|elles)|more(?=\s*[,.;:)]|\s+(?:in|at|to|by|for|on|are|were)\b)|(?:autres|suivant(?:e)?s)(?=\s*[,.;:)]|\s+(?:en|à|au|aux|dans|sont|seront|vont|ont|auront)\b))`;
  const physical = String.raw`(?:de\s+|d['’]\s*)?(?:${alternation(PHYSICAL_UNITS)})(?![\p{L}\p{N}])`;
  const currency = String.raw`(?:de\s+|d['’]\s*)?(?:${alternation(CURRENCY_WORDS)})(?![\p{L}])`;
  const unit = (anaphor: string) => `(?:${currency}|${physical}|${counted}|(?<${anaphor}>${them}))`;
  const pre = `(?:${alternation(CURRENCY_PREFIXES)})`;
  // Every part of the match is a group, the glue too (w1 ... g4), so that where each group stands is the sum of the
  // lengths before it (`figureIndices`): cheaper than V8's indices (the `d` flag) for every figure.
  const gap = (name: string) => String.raw`(?<${name}>\s{0,3}|-)`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}]|\p{L}-|\d[.,])(?:(?<qual>${QUALIFIER})(?<w1>\s{1,3}))?(?:(?<between>between|entre)(?<w2>\s{1,3}))?(?<pre>${pre})?(?<s1>\s?)(?<a>${n})(?:${gap("g1")}(?<scaleA>${SCALE})(?![\p{L}])(?<halfSA>${half})?)?(?:${gap("g2")}(?<unitA>${unit("themA")})(?<halfUA>${half})?)?(?:(?<c1>\s{0,3})(?<conn>-|–|to|à|and|et)(?<c2>\s{0,3})(?<preB>${pre})?(?<s2>\s?)(?<b>${n}))?(?:${gap("g3")}(?<scale>${SCALE})(?![\p{L}])(?<halfS>${half})?)?(?:${gap("g4")}(?<unit>${unit("them")}))?(?<halfU>${half})?`,
    "giu",
  );
}

// The groups of a figure's match in the order they stand in it, one after another.
const IN_ORDER = [
  "qual",
  "w1",
  "between",
  "w2",
  "pre",
  "s1",
  "a",
  "g1",
  "scaleA",
  "halfSA",
  "g2",
  "unitA",
  "halfUA",
  "c1",
  "conn",
  "c2",
  "preB",
  "s2",
  "b",
  "g3",
  "scale",
  "halfS",
  "g4",
  "unit",
  "halfU",
] as const;

/** Where each group of a figure's match stands ([start, end]), as the `d` flag would give it. */
export function figureIndices(m: RegExpExecArray): Record<string, [number, number] | undefined> {
  const g = m.groups ?? {};
  const out: Record<string, [number, number] | undefined> = {};
  let at = m.index;
  for (const name of IN_ORDER) {
    const part = g[name];
    if (part === undefined) continue;
    out[name] = [at, at + part.length];
    at += part.length;
  }
  return out;
}

// The unit tables as anchored patterns, compiled once: a unit's text is looked up for every figure of a text.
const UNITS = [...CURRENCY_WORDS, ...PHYSICAL_UNITS];
// A unit's text is looked up alone, without the words before it: a lookbehind ("won" only after a scale word) has
// done its work in the figure's pattern and is dropped here (one level of groups inside it).
const withoutLookbehind = (pattern: string) => pattern.replace(/\(\?<=(?:[^()]|\([^()]*\))*\)/g, "");
const anchored = (u: UnitWord, flags: "u" | "iu") =>
  new RegExp(`^(?:${withoutLookbehind(u.pattern)})$`, flags);
const UNITS_EXACT = UNITS.map((u) => [u, anchored(u, "u")] as const);
const UNITS_ANY_CASE = UNITS.map((u) => [u, anchored(u, "iu")] as const);
const PREFIXES = CURRENCY_PREFIXES.map((u) => [u, anchored(u, "iu")] as const);
const THINGS = COUNTED_THINGS.map((u) => [u, new RegExp(`(?:^|\\s)(?:${u.pattern})$`, "iu")] as const);

/** The answers already given for a unit's text (a text names few units, many times), bounded in size. */
function memoised<T>(find: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const found = find(text);
    if (known.size >= 10_000) known.clear();
    known.set(text, found);
    return found;
  };
}

/** Which unit word a matched unit text is: the first entry of the tables whose pattern matches all of it. */
export const unitOf = memoised((text: string): UnitWord | undefined => {
  const t = text.replace(/^(?:de\s+|d['’]\s*)/iu, "");
  // Symbols are case-exact ("MW" is a megawatt, "mW" is not); words are not ("Gigawatts").
  return (
    UNITS_EXACT.find(([, re]) => re.test(t))?.[0] ??
    (t.length > 3 ? UNITS_ANY_CASE.find(([, re]) => re.test(t))?.[0] : undefined)
  );
});

/** Which currency a prefix is ("$", "€", "£", "AED"). */
export const prefixOf = memoised(
  (text: string): UnitWord | undefined => PREFIXES.find(([, re]) => re.test(text.trim()))?.[0],
);

/** What a counted noun counts ("gas turbines" is turbine), when it is not an accelerator. */
export const countedThingOf = memoised(
  (text: string): UnitWord | undefined => THINGS.find(([, re]) => re.test(text))?.[0],
);
