import { type ClauseRoles, clauseRoles } from "./clause.js";
import type { Mention } from "./entities.js";
import { scan, scanner, testTwin, twin } from "./scan.js";
import { firstAtOrAfter } from "./sentences.js";

/** What a figure's sentence says the subject does with it, and with whom. */
export type Relation =
  | "invests-in"
  | "spends-on"
  | "builds"
  | "borrows"
  | "lends"
  | "contracts-with"
  | "buys"
  | "sells"
  | "supplies"
  | "owns"
  | "emits"
  | "employs";

export interface Roles {
  /** The organisation acting (who invests, spends, builds, borrows, buys, sells). */
  readonly subject?: string;
  /** The counterparty (who is invested in, paid, lent by, contracted with, bought from). */
  readonly object?: string;
  readonly relation?: Relation;
}

// Verbs and nouns that name each relation, English and French. Order matters: the first that matches nearest the
// figure wins, and more specific cues ("loan", "contract") come before general ones ("invest").
const CUES: readonly (readonly [Relation, RegExp])[] = [
  [
    "borrows",
    /\b(?:borrow\w*|loans?|debt|bonds?|lend\w*|lent|credit\s+line|emprunt\w*|prêt\w*|dette|obligations?|financement\s+bancaire)\b/giu,
  ],
  [
    "contracts-with",
    /\b(?:contract\w*|agreements?|deals?|signed|power\s+purchase|ppa|partnership|lease\w*|contrat\w*|accords?|sign\w*|partenariat|protocole)\b/giu,
  ],
  [
    "buys",
    /\b(?:buy\w*|bought|purchas\w*|order\w*|acquir\w*|acquisition|achat\w*|achète\w*|acheter|acquiert|acquérir|commande\w*)\b/giu,
  ],
  ["sells", /\b(?:sell\w*|sold|supply|supplies|supplying|vend\w*|fourni\w*|livr\w*)\b/giu],
  ["emits", /\b(?:emit\w*|emissions?|pollut\w*|émet\w*|émissions?|rejet\w*)\b/giu],
  ["employs", /\b(?:employ\w*|hir(?:e|es|ed|ing)|embauch\w*|emplo(?:ie|ier|yer)\w*)\b/giu],
  [
    "spends-on",
    /\b(?:spend\w*|spent|capex|capital\s+expenditures?|capital\s+spending|budget\w*|dépens\w*|investissements?\s+annuels?)\b/giu,
  ],
  [
    "builds",
    /\b(?:build\w*|built|construct\w*|campus|develop\w*|expand\w*|constru\w*|bâti\w*|érig\w*|développ\w*|aménag\w*|install\w*)\b/giu,
  ],
  [
    "invests-in",
    /\b(?:invest\w*|stake|funding|fund\w*|rais\w*|pledg\w*|commit\w*|financ\w*|injecte\w*|mise\s+de\s+fonds|participation|lev\w+|promis|engag\w*)\b/giu,
  ],
];

// A name right after one of these words is the counterparty, not the actor: "a loan from Morgan Stanley", "avec EDF".
// Not "by"/"par": they introduce a passive's agent, who acts ("a loan package led by JPMorgan").
const OBJECT_CUE = twin(
  /(?:\b(?:from|with|to|for|at|via|against|avec|auprès\s+d[eu']?|pour|chez|à|au|aux|of)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*|its\s+|ses\s+|sa\s+|son\s+)?(?:\p{L}+\s+){0,2})$/iu,
);

type Span = { readonly start: number; readonly end: number };

/** The organisations named inside a span, found by binary search in the text-ordered list. */
function namedIn(sentence: Span, organisations: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(organisations, sentence.start); i < organisations.length; i++) {
    const m = organisations[i] as Mention;
    if (m.start >= sentence.end) break;
    out.push(m);
  }
  return out;
}

// A maker named as the brand of what is bought ("100,000 Nvidia H100 GPUs", "Nvidia's Vera Rubin platform", "18 000
// puces Nvidia") qualifies the hardware: it is not who acts.
const BRAND_AFTER =
  /^(?:['’]s)?\s{1,3}(?:(?:\p{Lu}{1,4}\d{1,4}\p{L}?|GPUs?|chips?|systems?|accelerators?|processors?|hardware|servers?|Blackwell|Hopper|Rubin|Vera|Grace|Instinct|TPUs?|Trainium\d?|platform|silicon|racks?)\b)/u;
const BRAND_BEFORE = twin(
  /(?:\b(?:puces|GPU|processeurs(?:\s+graphiques)?|systèmes|accélérateurs|serveurs|cartes)\s{1,3}(?:[\p{L}\p{N}-]+\s{1,3}){0,3}(?:d['’]\s*|de\s+)?)$/iu,
);

// Whether each mention is a brand, asked again for every figure of its sentence: a mention's answer never changes.
const brandOf = new WeakMap<Mention, boolean>();

function isBrand(text: string, m: Mention): boolean {
  let brand = brandOf.get(m);
  if (brand === undefined) {
    brand =
      BRAND_AFTER.test(text.slice(m.end, m.end + 24)) ||
      testTwin(BRAND_BEFORE, text.slice(Math.max(0, m.start - 32), m.start));
    brandOf.set(m, brand);
  }
  return brand;
}

function isCounterparty(text: string, sentence: Span, m: Mention): boolean {
  return testTwin(OBJECT_CUE, text.slice(Math.max(sentence.start, m.start - 40), m.start));
}

/** The organisation a sentence is about: the first one named that is not a counterparty. */
export function actorOf(text: string, sentence: Span, organisations: readonly Mention[]): string | undefined {
  const inSentence = namedIn(sentence, organisations).filter((m) => !isBrand(text, m));
  return (inSentence.find((m) => !isCounterparty(text, sentence, m)) ?? inSentence[0])?.id;
}

/**
 * The subject, counterparty and relation of a figure from its sentence: organisations named after "from", "with",
 * "avec"... are counterparties; the first other organisation of the sentence is the actor, else the actor of the
 * sentences before (a story follows one company); the relation is the cue word nearest the figure. The figure's
 * clause (clause.ts) comes with them.
 */
export function rolesOf(
  text: string,
  sentence: { readonly start: number; readonly end: number },
  figure: { readonly start: number; readonly end: number },
  organisations: readonly Mention[],
  previousSubject: string | undefined,
  cues: readonly Cue[],
): Roles & { readonly clause: ClauseRoles } {
  const named = namedIn(sentence, organisations);
  const inSentence = named.filter((m) => !isBrand(text, m));
  const isObject = (m: Mention) => isCounterparty(text, sentence, m);
  const actors = inSentence.filter((m) => !isObject(m));
  const counterparties = inSentence.filter(isObject);
  // The sentence's first actor, unless a relative clause names another just before the figure ("Anthropic and
  // Amazon, which invested $8 billion").
  const relative = actors.filter((m) => m.end <= figure.start).at(-1);
  // The actor of the figure's own clause (no comma, semicolon, colon or bracket between them), when one is named there.
  const inClause =
    relative && !/[,;:()]/u.test(text.slice(relative.end, figure.start)) ? relative : undefined;
  const actor =
    inClause ??
    (relative &&
    /^\s*,?\s*(?:which|who|that|qui|lequel|laquelle)\b/iu.test(text.slice(relative.end, figure.start))
      ? relative
      : actors[0]);
  // The figure's clause names its agent (active subject, passive "by/par", a relative clause's antecedent) when it can.
  const clause = clauseRoles(text, sentence, figure, inSentence);
  // A sentence that names only counterparties ("a venture with funds managed by Blue Owl") keeps the story's actor.
  // A pronoun subject refers to the last actor named before its clause in the sentence, else to the story's actor.
  const referred = clause.pronoun
    ? (previousSubject ?? actors.filter((m) => m.end <= clause.clause.start).at(-1)?.id)
    : undefined;
  const subject = clause.agent?.id ?? referred ?? actor?.id ?? previousSubject ?? inSentence[0]?.id;
  const brands = named.filter((m) => !inSentence.includes(m));
  const relation = nearestCue(cues, sentence, figure);
  // With a relation and no counterparty after "from/with/avec ...", the other actor of the sentence is the object.
  const others = relation ? actors.filter((m) => m.id !== subject && m.start > figure.start) : [];
  const fromClause =
    clause.counterparty && clause.counterparty.id !== subject ? clause.counterparty.id : undefined;
  const object = fromClause ?? [...counterparties, ...brands, ...others].find((m) => m.id !== subject)?.id;
  return {
    clause,
    ...(subject ? { subject } : {}),
    ...(object ? { object } : {}),
    ...(relation ? { relation } : {}),
  };
}

/** A cue word of a relation, where it stands in the text. */
export interface Cue {
  readonly relation: Relation;
  readonly start: number;
}

const CUE_SCANNER = scanner(CUES.map(([, re]) => re));

/** Every cue word of the text, in text order: one pass for all relations (scan.ts), so linear in the text. */
export function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  scan(text, CUE_SCANNER).forEach((matches, i) => {
    const relation = (CUES[i] as (typeof CUES)[number])[0];
    for (const m of matches) out.push({ relation, start: m.index });
  });
  // Earlier relations in CUES win ties at one place, as the order of the table says.
  return out.sort((a, b) => a.start - b.start);
}

// A cue further than this from the figure is not about it; the bound keeps the reading linear.
const CUE_WINDOW = 160;

/** The relation whose cue stands nearest the figure in its sentence (a cue after the figure weighs double). */
export function nearestCue(
  cues: readonly Cue[],
  sentence: { readonly start: number; readonly end: number },
  figure: { readonly start: number; readonly end: number },
): Relation | undefined {
  const from = Math.max(sentence.start, figure.start - CUE_WINDOW);
  const to = Math.min(sentence.end, figure.end + CUE_WINDOW);
  let best: { relation: Relation; distance: number } | undefined;
  for (let i = firstAtOrAfter(cues, from); i < cues.length; i++) {
    const cue = cues[i] as Cue;
    if (cue.start >= to) break;
    const distance = cue.start < figure.start ? figure.start - cue.start : 2 * (cue.start - figure.end);
    if (!best || distance < best.distance) best = { relation: cue.relation, distance };
  }
  return best?.relation;
}
