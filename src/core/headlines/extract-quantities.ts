import type { Catalog } from "../catalog/index.js";
import { acceleratorNames } from "./accelerators.js";
import { amountOf } from "./figure-amount.js";
import { firstOfSentence, inheritance } from "./inherit.js";
import type { Language } from "./language.js";
import { ARTICLES } from "./number-words.js";
import { type Qualifier, qualifierOf } from "./qualifiers.js";
import {
  countedThingOf,
  type FigureGroups,
  figureGroupsOf,
  figureIndices,
  figurePattern,
  prefixOf,
  unitOf,
} from "./quantity-pattern.js";
import { testTwin, twin } from "./scan.js";
import { firstAtOrAfter, type Span } from "./sentences.js";
import { GENERIC_ACCELERATOR, type QuantityKind } from "./units.js";

/** A number with its unit found in a text, in the unit of its kind (LABELS-v2.md), with the exact phrase. */
export interface QuantityClaim {
  readonly kind: QuantityKind;
  /** The figure in its unit; for a range, its upper end ("$60-65 billion" is 65e9). */
  readonly value: number;
  readonly range?: readonly [number, number];
  /** A currency code, "W", "Wh", "m2", "m", "L", "t", "percent", or what is counted ("gb200", "turbine"). */
  readonly unit: string;
  /** The words that named what is counted ("GPUs", "gas turbines"), for counts. */
  readonly counted?: string;
  readonly qualifier?: Qualifier;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

// "shares closed at $668": a price of a share, not an amount spent.
const SHARE_PRICE_BEFORE = twin(
  /\b(?:shares?|stock|share\s+price|actions?|titre|cours)\b(?:(?!\.\s)[^\n]){0,70}$/iu,
);
// A percentage is a claim only as an equity stake or ownership share.
const STAKE_BEFORE = twin(
  /(?:stake|ownership|owns?|owned|owning|keeps?|kept|retains?|retained|détenant|equity|holding|interest|participation|détien\w*|détenir|détenue?s?|possède\w*|conserve\w*|c[èé]d\w*|capital|control\w*|part)\b[^\n.]{0,50}$/iu,
);
const STAKE_AFTER = twin(
  /^[^\n.]{0,25}\b(?:stake|ownership|interest|of\s+(?:the\s+)?(?:company|venture|joint|its\s+shares|the\s+shares)|du\s+capital|des\s+parts|de\s+participation|participation|des\s+actions|restants?\b)/iu,
);
// "600 people" is a count of jobs only where the text says they are employed ("employs roughly 600 people",
// "devrait employer environ 500 personnes"); otherwise people are a population, not a claim.
const PEOPLE = /^(?:people|personnes)$/iu;
const EMPLOYS_BEFORE = twin(
  /\b(?:employ\w*|hir(?:e|es|ed|ing)|staff\w*|workforce|employer|emploie\w*|emploient|embauch\w*|recrut\w*)\b[^.\n]{0,40}$/iu,
);
// "the roughly 320 people it employs at the site", "les 700 personnes qu'elle emploie".
const EMPLOYS_AFTER = twin(
  /^\s{0,3}(?:(?:that|who|whom)\s{1,3})?(?:it|they|the\s+company|the\s+firm|qu['’]\s*(?:elle|il)s?)\s{1,3}(?:now\s{1,3})?(?:employ\w*|hire[sd]?|emploi\w*|embauch\w*)/iu,
);
const GENERIC = new RegExp(`(?:^|\\s)(?:${GENERIC_ACCELERATOR})$`, "iu");
const VAGUE_BEFORE = twin(
  /\b(?:several|a\s+few|few|many|plusieurs|quelques|des|tens\s+of|dizaines\s+de)\s{1,3}$/iu,
);
const FROM_BEFORE = twin(/\b(?:from|de|passer\s+de|passant\s+de)\s{1,3}$/iu);
// Function words that may open a sentence before a number; a capitalised word other than these names a product.
const MODEL_NAME_BEFORE =
  /(?<![.!?:]\s{0,3})(?<!^\s{0,3})\b(?!(?:The|A|An|Some|About|Only|Just|All|Les|Le|La|Des|Un|Une|Et|Soit|Plus|Près|Environ)\b)\p{Lu}[\p{L}]+\s{1,2}$/u;

/**
 * Finds the figures of an English or French text, each with its exact phrase: money in any currency it names, power,
 * energy, area, distance, water, emissions, equity stakes, and counts of accelerators (by the catalog's names, or
 * generic words), reactors, turbines, generators, buildings, datacenters, jobs, shares and warrants. A figure without
 * a recognised unit is left out rather than guessed. Each match attempt is bounded, so the scan is linear.
 */
export function extractQuantities(text: string, language: Language, catalog?: Catalog): QuantityClaim[] {
  const names = catalog ? acceleratorNames(catalog) : undefined;
  const re = figurePattern(language, names?.pattern ?? "(?!)");
  const modelNames = names ? names.spansIn(text) : [];
  const claims: QuantityClaim[] = [];
  const ctx: Context = { text, language, claims, names, modelNames };
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const g = figureGroupsOf(m.groups ?? {});
    const at = figureIndices(m);
    const start = m.index;
    if (m[0].length === 0) {
      re.lastIndex = start + 1;
      continue;
    }
    // "and"/"et" join a range only after "between"/"entre"; otherwise ("by 2030 and 6 GW") the first number stands
    // alone, if it has its own unit, and the scan resumes at the second.
    // "from 300 MW to 480 MW", "de 300 MW à 480 MW": a change between two figures, each with its unit, not a range.
    const change =
      g.unitA !== undefined &&
      /^(?:to|à)$/i.test(g.conn ?? "") &&
      testTwin(FROM_BEFORE, text.slice(Math.max(0, start - 12), start));
    if (g.b !== undefined && ((/^(?:and|et)$/i.test(g.conn ?? "") && !g.between) || change)) {
      const firstEnd = Math.max(
        ...[at.a, at.scaleA, at.halfSA, at.unitA, at.halfUA].map((span) => span?.[1] ?? 0),
      );
      re.lastIndex = (at.preB ?? at.b)?.[0] ?? start + m[0].length;
      g.b = g.conn = g.preB = g.scale = g.unit = g.them = undefined;
      push(ctx, g, at, firstEnd);
      continue;
    }
    // Without a range, a figure ends at its own unit ("835 MW reactor" is power, "6 GW de puces" too).
    const own = g.b === undefined && g.unitA !== undefined;
    if (own) g.scale = g.unit = g.halfS = g.halfU = g.them = undefined;
    const end = own ? ((at.halfUA ?? at.unitA)?.[1] ?? start + m[0].length) : start + m[0].length;
    // A rejected candidate ("an $80 million", whose article is no number) resumes the scan after its first number.
    re.lastIndex = push(ctx, g, at, end) ? end : (at.a?.[1] ?? end);
  }
  return claims;
}

interface Context {
  readonly text: string;
  readonly language: Language;
  readonly claims: QuantityClaim[];
  readonly names: ReturnType<typeof acceleratorNames> | undefined;
  readonly modelNames: readonly Span[];
}

type Indices = Readonly<Record<string, [number, number] | undefined>>;

function insideName(spans: readonly Span[], offset: number): boolean {
  const i = firstAtOrAfter(spans, offset + 1) - 1;
  const s = spans[i];
  return s !== undefined && offset >= s.start && offset < s.end;
}

/** Reads one matched figure into a claim and adds it; false when it is not one (no unit, a product name ...). */
function push(ctx: Context, g: FigureGroups, at: Indices, end: number): boolean {
  const { text, language, claims } = ctx;
  const numberStart = (at.pre ?? at.a)?.[0] ?? 0;
  const phraseStart = (at.between ?? at.pre ?? at.a)?.[0] ?? 0;
  const unitText = (g.unit ?? g.unitA)?.trim();
  const prefix = g.pre ?? g.preB;
  const scaleWord = g.scale ?? g.scaleA;
  const first = g.a ?? "";
  const wordsOnly = !/^\d/.test(first);
  if (notAFigure(ctx, at, first, unitText, phraseStart)) return false;
  // "Trainium 2 chips", "Colossus 2", "Unit 1": a small bare number right after a capitalised name is a model number.
  const modelNumber =
    /^\d{1,2}$/.test(first) &&
    !scaleWord &&
    !prefix &&
    MODEL_NAME_BEFORE.test(text.slice(Math.max(0, numberStart - 30), numberStart));
  const unit = unitText === undefined || g.them || g.themA ? undefined : unitOf(unitText);
  const currency = prefix !== undefined ? prefixOf(prefix) : undefined;
  // "a"/"un" is one only before a scale ("a million GPUs"), never before a bare unit ("a gigawatt of demand").
  // French "un gigawatt" is one gigawatt as often as it is "a gigawatt"; English "a gigawatt" is a rate's unit.
  const frenchPower = language === "fr" && unit?.kind === "power";
  if (wordsOnly && ARTICLES.has(first.toLowerCase()) && !scaleWord && !frenchPower && !g.qual) return false;
  const amount = amountOf(g, first, scaleWord, language);
  if (!amount) return false;
  const { range, value } = amount;
  const phrase = text.slice(phraseStart, end).trim();
  const { inheritsMoney, inherits, continues } = inheritance(text, claims, phraseStart, {
    unitText,
    prefix,
    wordsOnly,
    scaleWord,
    value,
    end: phraseStart + phrase.length,
  });
  const approximate = /aine$/i.test(first) ? "about" : undefined;
  const qualifier = qualifierOf(g.qual) ?? approximate;
  const base = {
    value,
    ...(range ? { range } : {}),
    ...(qualifier ? { qualifier } : {}),
    phrase,
    start: phraseStart,
    end: phraseStart + phrase.length,
  };
  const scaled = (factor: number) => ({
    ...base,
    value: value * factor,
    ...(range ? { range: [range[0] * factor, range[1] * factor] as const } : {}),
  });
  if (currency || unit?.kind === "money" || inheritsMoney) {
    if (isSharePrice(text, phraseStart, scaleWord, value)) return false;
    const code = currency?.unit ?? unit?.unit ?? inheritsMoney?.unit ?? "USD";
    claims.push({ kind: "money", unit: code, ...base });
    return true;
  }
  if (unit) {
    if (unit.kind === "stake" && !isStake(text, phraseStart, base.end)) return false;
    if (unit.kind === "stake" && (value > 100 || scaleWord)) return false;
    claims.push({ kind: unit.kind, unit: unit.unit, ...scaled(unit.factor) });
    return true;
  }
  if (inherits) {
    // "It had 27 of them on the 114-acre site, up from 18": the sentence's first figure of that kind is what is
    // compared or continued.
    const first = firstOfSentence(text, claims, phraseStart);
    const model = continues ? (first?.kind === inherits.kind ? first : inherits) : (first ?? inherits);
    const factor = model.value / (model.range?.[1] ?? model.value);
    const { counted: _, ...rest } = model;
    claims.push({ ...rest, ...base, value: value * factor, unit: model.unit, kind: model.kind });
    return true;
  }
  // A year before a noun ("2026 building", "en 2025 sites") is a date, not a count.
  const year = /^(?:19|20)\d\d$/.test(first) && !range;
  if (unitText && !modelNumber && !year) return pushCount(ctx, unitText, Boolean(g.them || g.themA), base);
  return false;
}

/** "Colossus 2"-like names, vague amounts ("several hundred billion") and names such as "Three Mile Island". */
function notAFigure(
  ctx: Context,
  at: Indices,
  first: string,
  unitText: string | undefined,
  phraseStart: number,
): boolean {
  const { text } = ctx;
  const wordsOnly = !/^\d/.test(first);
  if (insideName(ctx.modelNames, at.a?.[0] ?? 0)) return true;
  // "several hundred billion dollars", "plusieurs centaines": a vague amount, not a figure.
  if (testTwin(VAGUE_BEFORE, text.slice(Math.max(0, phraseStart - 20), phraseStart))) return true;
  // "Three Mile Island": a number and a unit both capitalised inside a name.
  if (
    wordsOnly &&
    /^\p{Lu}/u.test(first) &&
    /^\p{Lu}/u.test(unitText ?? "") &&
    !/^[A-Z]{2}/.test(unitText ?? "")
  )
    return true;
  return false;
}

/** A share price ("shares closed at $668") is not an amount spent or raised. */
function isSharePrice(text: string, start: number, scaleWord: string | undefined, value: number): boolean {
  return (
    !scaleWord && value < 1e4 && testTwin(SHARE_PRICE_BEFORE, text.slice(Math.max(0, start - 90), start))
  );
}

function isStake(text: string, start: number, end: number): boolean {
  return (
    testTwin(STAKE_BEFORE, text.slice(Math.max(0, start - 60), start)) ||
    testTwin(STAKE_AFTER, text.slice(end, end + 60))
  );
}

// How far back "27 of them" or "deux autres" looks for what is counted (a live blog names it a few entries before).
const ANAPHOR_REACH = 1500;

type Base = Omit<QuantityClaim, "kind" | "unit" | "counted">;

/** A count: of a catalog accelerator, of accelerators in general, or of a thing; "27 of them" counts the last noun. */
function pushCount(ctx: Context, unitText: string, anaphor: boolean, base: Base): boolean {
  const counted = unitText.replace(/^(?:de\s+|d['’]\s*)/iu, "");
  if (anaphor) {
    const earlier = ctx.claims.findLast((c) => c.kind === "count" && base.start - c.end < ANAPHOR_REACH);
    if (!earlier) return false;
    ctx.claims.push({
      kind: "count",
      unit: earlier.unit,
      ...(earlier.counted ? { counted: earlier.counted } : {}),
      ...base,
    });
    return true;
  }
  const thing = countedThingOf(counted);
  if (
    thing &&
    PEOPLE.test(counted) &&
    !testTwin(EMPLOYS_BEFORE, ctx.text.slice(Math.max(0, base.start - 60), base.start)) &&
    !testTwin(EMPLOYS_AFTER, ctx.text.slice(base.end, base.end + 40))
  )
    return false;
  if (thing) {
    ctx.claims.push({ kind: "count", unit: thing.unit, counted, ...base });
    return true;
  }
  // What is left must name accelerators; "5 mW" (a unit in the wrong case) names nothing.
  if (!GENERIC.test(counted) && (ctx.names?.idsIn(counted).size ?? 0) === 0) return false;
  ctx.claims.push({ kind: "count", unit: acceleratorUnit(ctx, counted), counted, ...base });
  return true;
}

/** A catalog id when the words name one model ("400,000 GB200"), else "accelerator" (generic or mixed). */
function acceleratorUnit(ctx: Context, counted: string): string {
  const names = ctx.names;
  if (!names) return "accelerator";
  const ids = names.idsIn(counted);
  return ids.size === 1 ? ([...ids][0] as string) : "accelerator";
}
