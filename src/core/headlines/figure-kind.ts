import type { QuantityClaim } from "./extract-quantities.js";
import { readsPlain, type Twin, twin } from "./scan.js";

/**
 * What a sum of money pays for, as the words around it say: a site's capex (the default), its accelerators alone (a
 * chip order), a financing (a loan, bonds, an equity round, a stake), a contract's value or revenue, a valuation, or
 * power generation. Only capex is priced against the site model; chips are priced against its accelerators' share.
 */
export type MoneyKind = "capex" | "chips" | "financing" | "revenue" | "valuation" | "generation";

/**
 * What a power figure measures: a data centre's facility power (the default), generating capacity (a plant, a farm, a
 * power purchase agreement, reactors, turbines, fuel cells), or a region's or a grid's demand. Only facility power is
 * sized as a data centre.
 */
export type PowerKind = "facility" | "generation" | "demand";

// Cue words, each read in a bounded window around the figure: the nearest cue decides. Data-centre words are cues too,
// so "a 1.8-gigawatt data centre ... self-generated power" reads the data centre for the figure beside it.
const DATACENTRE =
  /\b(?:data[\s-]?cent(?:er|re)s?|datacenters?|campus(?:es)?|clusters?|supercomput\w+|AI\s+capacity|compute|computing|centres?\s+de\s+(?:données|calcul)|capacité\s+(?:d['’]IA|de\s+calcul)|IT\s+load|(?:connected|co-located|colocated)\s+load|racks?|baies?)\b/giu;
const GENERATION =
  /\b(?:solar|wind|farms?|turbines?|fuel[\s-]cells?|reactors?|SMRs?|nuclear|power\s+plants?|gas[\s-]fired|plants?|generat\w+|output|PPAs?|power\s+purchase|offtake|self-generated|batter(?:y|ies)|storage|hydro\w*|geothermal|centrales?|réacteurs?|éolien\w*|solaire|photovoltaïque|piles?\s+à\s+combustible|production|nucléaire|électricité\s+produite|contrat\s+d['’]achat)\b/giu;
const DEMAND =
  /\b(?:demand|peak|forecast|service\s+area|its\s+area|auction|load\s+growth|uses\s+today|whole\s+state|demande|consommation|pointe|prévision)\b/giu;
const CHIPS =
  /\b(?:chips?|GPUs?|TPUs?|accelerators?|processors?|Trainium\w*|Instinct|semiconductors?|puces?|processeurs?|accélérateurs?|semi-conducteurs?)\b/giu;
const FINANCING =
  /\b(?:loans?|debt|bonds?|notes|credit(?:\s+facilit(?:y|ies)|\s+lines?)?|financ\w+|refinanc\w+|rais(?:e|es|ed|ing)|funding|round|equity|IPO|money|stakes?|lenders?|borrow\w*|prêts?|dette|emprunts?|obligat\w+|levée|lever|lève|lèvent|tour\s+de\s+table|participation)\b/giu;
const REVENUE =
  /\b(?:revenues?|sales|contracts?|backlog|order\s+book|bookings|rents?|leases?|per\s+year|a\s+year|annual\w*|chiffre\s+d['’]affaires|contrats?|carnet|revenus?|loyers?|par\s+an)\b/giu;
const VALUATION = /\b(?:valuation|valued|worth\s+of\s+the\s+company|valoris\w+|capitalisation)\b/giu;
const CAPEX =
  /\b(?:build\w*|construct\w*|capex|capital\s+(?:expenditure|spending)|spend\w*|invest\w*|cost\w*|construire|construction|investi\w*|dépens\w*|coût\w*)\b/giu;

// How far the words that say what a figure is can sit from it, in characters, within its sentence.
const BEFORE = 160;
const AFTER = 90;

interface Cue {
  readonly kind: string;
  readonly distance: number;
}

/** The nearest match of each pattern in the window around the figure, as a distance from the figure. */
function nearest(
  text: string,
  c: QuantityClaim,
  cues: readonly (readonly [string, Twin])[],
): string | undefined {
  const from = sentenceStart(text, c.start);
  const to = sentenceEnd(text, c.end);
  const window = text.slice(from, to);
  // Without the `u` flag where the window reads the same (several times faster: one read per figure of a long text).
  const plain = readsPlain(window);
  let best: Cue | undefined;
  for (const [kind, t] of cues) {
    const re = plain ? t.plain : t.exact;
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      const at = from + m.index;
      const end = at + m[0].length;
      if (at < c.end && end > c.start) continue;
      const distance = end <= c.start ? c.start - end : at - c.end;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind;
}

// The window stops at the sentence's ends (a full stop followed by a space and a capital, or a line break).
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - BEFORE);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf("\n"), before.search(/[.!?]\s+\p{Lu}[^.!?]*$/u));
  return stop < 0 ? from : from + stop + 1;
}

function sentenceEnd(text: string, at: number): number {
  const after = text.slice(at, at + AFTER);
  const stop = after.search(/\n|[.!?](?:\s|$)/u);
  return stop < 0 ? at + after.length : at + stop;
}

const POWER_CUES = [
  ["facility", twin(DATACENTRE)],
  ["generation", twin(GENERATION)],
  ["demand", twin(DEMAND)],
] as const;

const MONEY_CUES = [
  ["capex", twin(DATACENTRE)],
  ["capex", twin(CAPEX)],
  ["chips", twin(CHIPS)],
  ["financing", twin(FINANCING)],
  ["revenue", twin(REVENUE)],
  ["valuation", twin(VALUATION)],
  ["generation", twin(GENERATION)],
] as const;

/** What a power figure measures, from the nearest words of its sentence. */
export function powerKindOf(text: string, c: QuantityClaim): PowerKind {
  return (nearest(text, c, POWER_CUES) as PowerKind | undefined) ?? "facility";
}

/** What a sum of money pays for, from the nearest words of its sentence; undefined when no word says. */
export function moneyKindOf(text: string, c: QuantityClaim): MoneyKind | undefined {
  return nearest(text, c, MONEY_CUES) as MoneyKind | undefined;
}
