import type { Catalog } from "../catalog/index.js";
import { acceleratorNames } from "./accelerators.js";
import type { ClauseRoles } from "./clause.js";
import { type DateMention, findDates } from "./dates.js";
import { findMentions, type Mention } from "./entities.js";
import type { QuantityClaim } from "./extract-quantities.js";
import { findPlaces, mergePlaces } from "./gazetteer.js";
import type { Language } from "./language.js";
import { CLAUSE, WINDOW } from "./reach.js";
import { findCues, type Relation, rolesOf } from "./relations.js";
import { type Twin, testTwin, twin } from "./scan.js";
import type { Scope } from "./scope.js";
import { firstAtOrAfter, type Span, sentenceSpans, spanIndexAt } from "./sentences.js";
import { whereOf } from "./where.js";
import { storyActors, whoOf } from "./who.js";
import type { Meter } from "./work.js";

/** Who and what a figure is about, where and when, as the reader attributes it. */
export interface Attribution {
  /** The organisation that invests, spends, builds, buys, borrows, owns, sells or states the figure (an id). */
  readonly subject?: string;
  /** The counterparty: who is paid, lent by, contracted with, invested in. */
  readonly object?: string;
  readonly relation?: Relation;
  /** A catalog project (one site) the figure is about. */
  readonly project?: string;
  /** A multi-site programme the figure is about (programmes.ts). */
  readonly programme?: string;
  /** A grid id where the figure is tied to a place. */
  readonly place?: string;
  /** When the text says it happens: "2024", "by 2028-12", "by 2030". */
  readonly when?: string;
  readonly scope?: Scope;
  /** For rates: "year", "day", "hour". */
  readonly per?: "year" | "day" | "hour";
  /** For emissions: "CO2", "CO2e", "NOx", "PM2.5" ... */
  readonly substance?: string;
  /** The accelerator the article names for the figure (a catalog id). */
  readonly hardware?: string;
}

// A rate's period, read in the few words after the figure ("423 tons of nitrogen oxides a year", "10 TWh par an").
const PER = [
  [
    "year",
    twin(
      /^[^.;\n\d]{0,40}?(?:\b(?:a|per|par|an?|each|every|chaque)\s{1,3}|\/)(?:year|yr|an|année)\b|^[^.;\n\d]{0,40}?\b(?:annually|yearly|annuels?|annuellement)\b/iu,
    ),
  ],
  [
    "day",
    twin(
      /^[^.;\n\d]{0,40}?(?:\b(?:a|per|par|each|every|chaque)\s{1,3}|\/)(?:day|jour)\b|^[^.;\n\d]{0,40}?\b(?:daily|quotidiens?)\b/iu,
    ),
  ],
  ["hour", twin(/^[^.;\n\d]{0,20}?(?:\b(?:an?|per|par|each)\s{1,3}|\/)(?:hour|heure)\b/iu)],
] as const;

const SUBSTANCES: readonly (readonly [string, Twin])[] = [
  [
    "CO2e",
    twin(/CO2[\s-]?(?:e|eq|équivalent|equivalent)\b|CO₂e|carbon\s+dioxide\s+equivalent|équivalent\s+CO2/iu),
  ],
  ["CO2", twin(/CO2|CO₂|carbon\s+dioxide|dioxyde\s+de\s+carbone|carbon/iu)],
  ["NOx", twin(/nitrogen\s+oxides?|NOx|oxydes?\s+d['’]azote/iu)],
  ["PM2.5", twin(/PM\s?2[.,]5|fine\s+particles|particules\s+fines|particulate/iu)],
  ["formaldehyde", twin(/formaldehyde|formaldéhyde/iu)],
  ["SO2", twin(/sulfur\s+dioxide|SO2|dioxyde\s+de\s+soufre/iu)],
];

// How far after a figure a horizon ("by 2030") is still its own: 30 and 120 characters measured the same or worse.
const HORIZON = 60;

/** The date of the figure's sentence nearest to it, not past the figures beside it (a date does not carry across
 * sentences: it measured worse). */
function dateOf(
  dates: readonly DateMention[],
  c: Span,
  sentence: Span,
  neighbours: { readonly before?: Span | undefined; readonly after?: Span | undefined },
): string | undefined {
  let best: DateMention | undefined;
  let horizon: DateMention | undefined;
  for (let i = firstAtOrAfter(dates, Math.max(sentence.start, c.start - WINDOW)); i < dates.length; i++) {
    const d = dates[i] as DateMention;
    if (d.start >= sentence.end || d.start > c.end + WINDOW) break;
    // A date beyond the figure's neighbour in the sentence is the neighbour's ("$4 billion in May and, last week, a
    // further $6.5 billion, bringing the total to $22.4 billion": May is not the total's date), unless it opens it.
    const { before, after } = neighbours;
    const opens = d.start - sentence.start <= 4;
    if ((before && d.end <= before.start && !opens) || (after && d.start >= after.end)) continue;
    // A horizon just after the figure ("10 gigawatts and $500 billion by the end of this year") is its date, even
    // when a plain date stands nearer before it ("the goal it set in January: 10 gigawatts").
    if (!horizon && d.start >= c.end && d.start - c.end <= HORIZON && d.when.startsWith("by ")) horizon = d;
    if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
  }
  return (horizon ?? best)?.when;
}

interface NamedChip extends Span {
  readonly id: string;
}

function chipsOf(text: string, catalog: Catalog): NamedChip[] {
  const names = acceleratorNames(catalog);
  const out: NamedChip[] = [];
  for (const m of names.spansIn(text)) {
    const id = names.idOf(m.name);
    if (id) out.push({ start: m.start, end: m.end, id });
  }
  return out;
}

/** The mentions of each kind, in text order, sorted in one pass over them all. */
function kindsOf(mentions: readonly Mention[]): (kind: Mention["kind"]) => readonly Mention[] {
  const kinds = new Map<Mention["kind"], Mention[]>();
  for (const m of mentions) {
    const list = kinds.get(m.kind);
    if (list) list.push(m);
    else kinds.set(m.kind, [m]);
  }
  return (kind) => kinds.get(kind) ?? [];
}

/**
 * Attributes each figure: who does what to whom (the figure's clause, else the story's last actor: a pronoun or "the
 * company" refers back to it), which project or programme, where, when, with what scope, rate and hardware.
 */
export function attribute(
  text: string,
  claims: readonly QuantityClaim[],
  catalog: Catalog,
  options: { readonly language: Language; readonly published?: string; readonly meter?: Meter },
): { claim: QuantityClaim; attribution: Attribution; sentence: number }[] {
  const sentences = sentenceSpans(text);
  const mentions = findMentions(text, catalog);
  const byKind = kindsOf(mentions);
  // A country named as a place ("en France", "the UAE") is where, not who: its government acts only when named
  // otherwise ("the French government", "l'État").
  const placeAt = new Set(byKind("place").map((m) => m.start));
  const organisations = byKind("organisation").filter((m) => !placeAt.has(m.start));
  // The gazetteer's towns and regions name places too, unless the catalog reads the same words as an organisation.
  const organisationAt = new Set(organisations.map((m) => m.start));
  const towns = findPlaces(text, catalog).filter((m) => !organisationAt.has(m.start));
  const places = mergePlaces(byKind("place"), towns);
  const where = { projects: byKind("project"), programmes: byKind("programme"), places };
  const cues = findCues(text);
  const dates = findDates(text, options.published);
  const chips = chipsOf(text, catalog);
  options.meter?.add(7 * text.length + sentences.length);
  const story = storyActors(text, sentences, organisations);
  return claims.map((c, k) => {
    const index = spanIndexAt(sentences, c.start);
    const sentence = sentences[index] ?? c;
    const window = {
      start: Math.max(sentence.start, c.start - WINDOW),
      end: Math.min(sentence.end, c.end + WINDOW),
    };
    options.meter?.add(window.end - window.start);
    const { clause: own, ...roles } = fitting(
      c,
      rolesOf(
        text,
        window,
        c,
        organisations,
        story.refersBack[index] ? story.before[index] : undefined,
        cues,
      ),
    );
    const when = dateOf(dates, c, sentence, { before: claims[k - 1], after: claims[k + 1] });
    const clause = {
      start: Math.max(sentence.start, c.start - CLAUSE),
      end: Math.min(sentence.end, c.end + CLAUSE),
    };
    const found = whereOf(text, c, { sentence, window, clause }, where, catalog);
    const { programme, scope, place } = found;
    const project = projectInClause(own, where.projects) ?? found.project;
    const after = text.slice(c.end, Math.min(text.length, c.end + 60));
    const per = PER.find(([, re]) => testTwin(re, after))?.[0];
    const substance =
      c.kind === "emissions" ? SUBSTANCES.find(([, re]) => testTwin(re, after))?.[0] : undefined;
    const hardware = hardwareOf(c, chips, sentence, catalog);
    const who = whoOf(text, c, clause, roles, { organisations, project, scope, catalog });
    const attribution: Attribution = {
      ...who,
      ...(project ? { project } : {}),
      ...(programme ? { programme } : {}),
      ...(place ? { place } : {}),
      ...(when ? { when } : {}),
      // A figure with an actor, no site and no word of scope is the actor's own (LABELS-v2.md: "company").
      ...(scope ? { scope } : who.subject && !project ? { scope: "company" as const } : {}),
      ...(per ? { per } : {}),
      ...(substance ? { substance } : {}),
      ...(hardware ? { hardware } : {}),
    };
    return { claim: c, attribution, sentence: index };
  });
}

/** The project named in the figure's own clause (clause.ts), which wins over one named nearby or by the story. */
function projectInClause(own: ClauseRoles, projects: readonly Mention[]): string | undefined {
  const named = projects[firstAtOrAfter(projects, own.clause.start)];
  return named && named.end <= own.clause.end ? named.id : undefined;
}

/** Drops a relation the figure cannot have: only emissions are emitted, only jobs employed. */
function fitting<T extends { readonly relation?: Relation }>(c: QuantityClaim, roles: T): T {
  const emits = c.kind === "emissions";
  const employs = c.kind === "count" && c.unit === "job";
  if ((roles.relation === "emits" && !emits) || (roles.relation === "employs" && !employs)) {
    const { relation: _, ...rest } = roles;
    return rest as T;
  }
  return roles;
}

/** The chip a figure is about: the one its count names, else the nearest one named before it nearby. */
function hardwareOf(
  c: QuantityClaim,
  chips: readonly NamedChip[],
  sentence: Span,
  catalog: Catalog,
): string | undefined {
  if (c.kind === "count" && catalog.accelerators.get(c.unit)) return c.unit;
  if (c.kind !== "count" && c.kind !== "power" && c.kind !== "money") return undefined;
  const i = firstAtOrAfter(chips, c.start);
  const before = chips[i - 1];
  if (before && c.start - before.end < WINDOW * 2) return before.id;
  const after = chips[i];
  if (after && after.start < sentence.end) return after.id;
  return undefined;
}
