/** The kinds of quantity an infrastructure story states (test/fixtures/LABELS-v2.md). */
export type QuantityKind =
  | "money"
  | "power"
  | "energy"
  | "count"
  | "area"
  | "distance"
  | "water"
  | "emissions"
  | "stake";

/** A unit word or symbol and what it measures: a kind, the unit its value is given in, and the factor to it. */
export interface UnitWord {
  readonly kind: QuantityKind;
  /** "W", "Wh", "m2", "m", "L", "t", "percent"; a currency code for money; for counts what is counted. */
  readonly unit: string;
  readonly factor: number;
  /** Regular-expression source of the word or symbol, anchored by the caller. */
  readonly pattern: string;
}

const ACRE_M2 = 4046.8564224;
const SQ_FT_M2 = 0.09290304;
const SQ_MI_M2 = 2_589_988.110336;
const MILE_M = 1609.344;
const GALLON_L = 3.785411784;
const SHORT_TON_T = 0.90718474;

// A separator inside a multi-word unit ("square feet", "square-foot", "mètres carrés").
const S = String.raw`[\s-]`;

/**
 * Physical units, longest forms first within a kind (the pattern is an alternation tried in order). Prefixes are
 * case-exact where case matters: "MW" is a megawatt, "mW" nothing a datacenter states.
 */
export const PHYSICAL_UNITS: readonly UnitWord[] = [
  {
    kind: "energy",
    unit: "Wh",
    factor: 1e12,
    pattern: String.raw`TWh|t[ée]rawatt${S}?heures?|terawatt${S}?hours?`,
  },
  {
    kind: "energy",
    unit: "Wh",
    factor: 1e9,
    pattern: String.raw`GWh|gigawatt${S}?heures?|gigawatt${S}?hours?`,
  },
  {
    kind: "energy",
    unit: "Wh",
    factor: 1e6,
    pattern: String.raw`MWh|m[ée]gawatt${S}?heures?|megawatt${S}?hours?`,
  },
  {
    kind: "energy",
    unit: "Wh",
    factor: 1e3,
    pattern: String.raw`kWh|kilowatt${S}?heures?|kilowatt${S}?hours?`,
  },
  { kind: "power", unit: "W", factor: 1e9, pattern: String.raw`GW|gigawatts?` },
  { kind: "power", unit: "W", factor: 1e6, pattern: String.raw`MW|m[ée]gawatts?` },
  { kind: "power", unit: "W", factor: 1e3, pattern: String.raw`kW|kilowatts?` },
  {
    kind: "area",
    unit: "m2",
    factor: SQ_FT_M2,
    pattern: String.raw`square${S}(?:feet|foot)|sq\.?${S}?ft\.?|pieds${S}carr[ée]s`,
  },
  {
    kind: "area",
    unit: "m2",
    factor: SQ_MI_M2,
    pattern: String.raw`square${S}miles?|miles${S}carr[ée]s|sq\.?${S}?mi\.?`,
  },
  {
    kind: "area",
    unit: "m2",
    factor: 1e6,
    pattern: String.raw`square${S}kilomet(?:er|re)s?|kilom[èe]tres${S}carr[ée]s|km²|km2`,
  },
  {
    kind: "area",
    unit: "m2",
    factor: 1,
    pattern: String.raw`square${S}met(?:er|re)s?|m[èe]tres${S}carr[ée]s|m²`,
  },
  { kind: "area", unit: "m2", factor: ACRE_M2, pattern: String.raw`acres?` },
  { kind: "area", unit: "m2", factor: 1e4, pattern: String.raw`hectares?|ha` },
  {
    kind: "water",
    unit: "L",
    factor: 1000,
    pattern: String.raw`cubic${S}met(?:er|re)s?|m[èe]tres${S}cubes|m³|m3`,
  },
  { kind: "water", unit: "L", factor: GALLON_L, pattern: String.raw`gallons?` },
  { kind: "water", unit: "L", factor: 1, pattern: String.raw`lit(?:re|er)s?` },
  { kind: "distance", unit: "m", factor: MILE_M, pattern: String.raw`miles?` },
  { kind: "distance", unit: "m", factor: 1000, pattern: String.raw`km|kilom[èe]t(?:re|er)s?` },
  { kind: "emissions", unit: "t", factor: 1, pattern: String.raw`metric${S}tons?|tonnes?` },
  { kind: "emissions", unit: "t", factor: SHORT_TON_T, pattern: String.raw`tons?` },
  { kind: "stake", unit: "percent", factor: 1, pattern: String.raw`%|percent|per${S}cent|pour${S}cent` },
];

/** Currencies as written after a figure ("10 milliards de dollars", "£2.5bn" takes the prefix). */
// Other dollars first: the pattern reads the first alternative that matches ("dollars canadiens" is not USD).
// "won" and a bare "livres" are currencies only after a scale word ("7 trillion won", "5 milliards de livres").
export const CURRENCY_WORDS: readonly UnitWord[] = [
  {
    kind: "money",
    unit: "CAD",
    factor: 1,
    pattern: String.raw`Canadian\s+dollars?|dollars?\s+canadiens?|CAD`,
  },
  {
    kind: "money",
    unit: "AUD",
    factor: 1,
    pattern: String.raw`Australian\s+dollars?|dollars?\s+australiens?|AUD`,
  },
  {
    kind: "money",
    unit: "SGD",
    factor: 1,
    pattern: String.raw`Singapore\s+dollars?|dollars?\s+de\s+Singapour|SGD`,
  },
  { kind: "money", unit: "USD", factor: 1, pattern: String.raw`dollars?|USD|US\$|\$` },
  { kind: "money", unit: "EUR", factor: 1, pattern: String.raw`euros?|EUR|€` },
  {
    kind: "money",
    unit: "GBP",
    factor: 1,
    pattern: String.raw`pounds?(?:\s+sterling)?|livres?\s+sterling|(?<=(?:illions?|illiards?)\s{1,3}(?:de\s{1,3})?)livres?|GBP|£`,
  },
  { kind: "money", unit: "JPY", factor: 1, pattern: String.raw`yens?|JPY|¥` },
  { kind: "money", unit: "CNY", factor: 1, pattern: String.raw`yuans?|renminbi|CNY` },
  { kind: "money", unit: "AED", factor: 1, pattern: String.raw`dirhams?|AED` },
  { kind: "money", unit: "SAR", factor: 1, pattern: String.raw`riyals?|SAR` },
  { kind: "money", unit: "INR", factor: 1, pattern: String.raw`rupees?|roupies?|INR|₹` },
  {
    kind: "money",
    unit: "KRW",
    factor: 1,
    pattern: String.raw`(?<=(?:illions?|illiards?|ousand)\s{1,3})won|KRW|₩`,
  },
  { kind: "money", unit: "BRL", factor: 1, pattern: String.raw`reais|r[ée]aux|BRL` },
  { kind: "money", unit: "CHF", factor: 1, pattern: String.raw`Swiss\s+francs?|francs?\s+suisses|CHF` },
  {
    kind: "money",
    unit: "SEK",
    factor: 1,
    pattern: String.raw`(?:Swedish\s+)?kronor|couronnes?\s+su[ée]doises|SEK`,
  },
  {
    kind: "money",
    unit: "NOK",
    factor: 1,
    pattern: String.raw`Norwegian\s+kron(?:er|e)|couronnes?\s+norv[ée]giennes|NOK`,
  },
  {
    kind: "money",
    unit: "DKK",
    factor: 1,
    pattern: String.raw`Danish\s+kron(?:er|e)|couronnes?\s+danoises|DKK`,
  },
  { kind: "money", unit: "MYR", factor: 1, pattern: String.raw`ringgits?|MYR` },
  // Read as money and left unconverted (data/currencies.yaml has no official rate for it): never taken as euros.
  { kind: "money", unit: "PLN", factor: 1, pattern: String.raw`z[łl]oty(?:s|ch)?|PLN|zł` },
];

/** Currency symbols and codes written before a figure ("$10B", "€109 billion", "£2.5bn", "AED 1 billion"). */
export const CURRENCY_PREFIXES: readonly UnitWord[] = [
  { kind: "money", unit: "CAD", factor: 1, pattern: String.raw`CA?\$|CAD` },
  { kind: "money", unit: "AUD", factor: 1, pattern: String.raw`AU?\$|AUD` },
  { kind: "money", unit: "SGD", factor: 1, pattern: String.raw`S\$|SGD` },
  { kind: "money", unit: "BRL", factor: 1, pattern: String.raw`R\$|BRL` },
  { kind: "money", unit: "USD", factor: 1, pattern: String.raw`US\$|\$|USD` },
  { kind: "money", unit: "EUR", factor: 1, pattern: String.raw`€|EUR` },
  { kind: "money", unit: "GBP", factor: 1, pattern: String.raw`£|GBP` },
  { kind: "money", unit: "JPY", factor: 1, pattern: String.raw`¥|JPY` },
  { kind: "money", unit: "CNY", factor: 1, pattern: String.raw`CNY|RMB` },
  { kind: "money", unit: "AED", factor: 1, pattern: String.raw`AED` },
  { kind: "money", unit: "SAR", factor: 1, pattern: String.raw`SAR` },
  { kind: "money", unit: "INR", factor: 1, pattern: String.raw`INR|₹|Rs\.?` },
  { kind: "money", unit: "KRW", factor: 1, pattern: String.raw`₩|KRW` },
  { kind: "money", unit: "CHF", factor: 1, pattern: String.raw`CHF` },
  { kind: "money", unit: "MYR", factor: 1, pattern: String.raw`RM|MYR` },
];

/** Things counted other than accelerators: the unit of the count, the nouns that name it (English and French). */
export const COUNTED_THINGS: readonly UnitWord[] = [
  {
    kind: "count",
    unit: "reactor",
    factor: 1,
    pattern: String.raw`r[ée]acteurs?(?:\s+(?:nucl[ée]aires?|EPR2?|modulaires?))*|(?:nuclear\s+)?reactors?|EPR2?s?|SMRs?|AP1000s?|AP1000\s+units`,
  },
  {
    kind: "count",
    unit: "turbine",
    factor: 1,
    pattern: String.raw`(?:gas\s+)?turbines?(?:\s+[àa]\s+gaz)?`,
  },
  {
    kind: "count",
    unit: "generator",
    factor: 1,
    pattern: String.raw`generators?|gensets?|engines?|fuel\s+cells?|groupes?\s+[ée]lectrog[èe]nes|piles?\s+[àa]\s+combustible|moteurs?`,
  },
  {
    kind: "count",
    unit: "datacenter",
    factor: 1,
    pattern: String.raw`(?:AI\s+)?data[\s-]?cent(?:er|re)s?|campus(?:es)?|centres?\s+de\s+(?:donn[ée]es|calcul)|sites?|terrains?|usines?\s+d['’]\s*IA|AI\s+factories|gigafactories|gigausines`,
  },
  {
    kind: "count",
    unit: "building",
    factor: 1,
    pattern: String.raw`(?:data\s+)?halls?|buildings?|warehouses?|b[âa]timents?|entrep[ôo]ts?|salles?`,
  },
  {
    kind: "count",
    unit: "job",
    factor: 1,
    // "people"/"personnes" are jobs only after a word of employing (extract-quantities.ts: PEOPLE).
    pattern: String.raw`jobs?|employees?|workers?|emplois?|postes?|salari[ée]s?|ouvriers?|travailleurs?|engineers?|ing[ée]nieurs?|technicians?|techniciens?|people|personnes`,
  },
  { kind: "count", unit: "warrant", factor: 1, pattern: String.raw`warrants?|bons\s+de\s+souscription` },
  { kind: "count", unit: "share", factor: 1, pattern: String.raw`shares?|actions?` },
];

/** Generic names for accelerators, when no model is named ("GPUs", "puces", "Tensor Processing Units"). */
export const GENERIC_ACCELERATOR = String.raw`acc[ée]l[ée]rateurs?(?:\s+d['’]\s*IA)?|superpuces?|puces?|processeurs?(?:\s+graphiques)?|cartes?\s+graphiques|GPUs?|TPUs?|accelerators?|superchips?|chips?|processors?|graphics\s+processing\s+units?|tensor\s+processing\s+units?`;
