import type { Catalog, Deal } from "../catalog/index.js";
import { InputError } from "../kernel/issues.js";
import { evaluateScenario, parseScenario, type SiteResult } from "../scenario/index.js";
import { formatQuantity as q } from "../units/index.js";
import { findDateline, findDates } from "./dates.js";
import { findMentions, type Mention } from "./entities.js";
import { extractQuantities, type QuantityClaim } from "./extract-quantities.js";
import { detectLanguage, isReadable, type Language } from "./language.js";
import { actorOf, type Relation, rolesOf } from "./relations.js";

/** A verdict on a claim, with the reasoning a careful analyst would give. */
export interface ClaimCheck {
  readonly verdict: "consistent" | "inconsistent" | "needs-context";
  readonly reasoning: string;
}

/** One claim of a text, explained with the models (PRODUCT.md: `gigawatt explain --json`). */
export interface ExplainedClaim {
  readonly kind: QuantityClaim["kind"];
  readonly value: number;
  readonly unit: QuantityClaim["unit"];
  readonly currency?: "USD" | "EUR";
  readonly qualifier?: QuantityClaim["qualifier"];
  /** Who the figure is about (an organisation id), what (a project id) and where (a grid id), when the text says. */
  readonly subject?: string;
  /** The counterparty (who is paid, lent by, contracted with) and what the subject does: invests-in, builds ... */
  readonly object?: string;
  readonly relation?: Relation;
  readonly project?: string;
  readonly place?: string;
  /** When the text says it happens: "2024", "by 2028-12", "by 2030". */
  readonly when?: string;
  readonly phrase: string;
  readonly explanation: string;
  readonly checks: readonly ClaimCheck[];
}

export interface Explanation {
  readonly language: Language;
  /** The article's date ("YYYY-MM-DD"), given or read from its dateline, which relative dates are resolved against. */
  readonly published?: string;
  readonly claims: readonly ExplainedClaim[];
  /** Why there are no claims, when there are none. */
  readonly note?: string;
}

/** Accelerator nouns that a count of "accelerators" can mean, as opposed to other things counted. */
const ACCELERATOR_NOUN = /accél|puce|processeur|gpu|tpu|accelerator|chip|gb\d00|[hb]\d00|blackwell/i;

/** Beyond this factor either way, an accelerator count and a power in one sentence likely describe different scopes. */
const SCOPE_MISMATCH = 2.5;

/** Within this factor either way, "the equivalent of" holds (an equivalence is a tighter claim than a budget). */
const EQUIVALENT_WITHIN = 1.25;

/** The catalog comparison ("EPR") a count refers to, named in the count or just after it. */
function comparisonOf(c: QuantityClaim, text: string, catalog: Catalog) {
  if (c.kind !== "count" || !c.counted) return undefined;
  const around = `${c.counted} ${text.slice(c.end, c.end + 40)}`.toLowerCase();
  return catalog.comparisons.all.find((k) =>
    [k.id, ...k.aliases].some((a) =>
      new RegExp(`(?<![\\p{L}])${a.toLowerCase()}(?![\\p{L}])`, "u").test(around),
    ),
  );
}

// The kinds of catalog deal each relation can describe: "spends $10 billion on a campus" is not a cloud contract.
const DEAL_KINDS_BY_RELATION: Readonly<Record<Relation, readonly Deal["kind"][]>> = {
  "spends-on": ["capex-plan", "forecast", "joint-venture"],
  builds: ["capex-plan", "joint-venture", "forecast"],
  "invests-in": ["equity-investment", "joint-venture", "capex-plan", "forecast"],
  borrows: ["loan", "bond"],
  "contracts-with": ["cloud-contract", "chip-purchase", "joint-venture"],
  buys: ["chip-purchase", "cloud-contract", "equity-investment"],
  sells: ["chip-purchase", "cloud-contract", "bond"],
};

/**
 * The catalog deal an amount matches: same organisation (as payer or payee), amount within 10% (or inside the deal's
 * range), of a kind the sentence's relation can describe. Its date and purpose place the claim among the catalog's
 * money flows.
 */
function matchingDeal(
  catalog: Catalog,
  subject: string | undefined,
  project: string | undefined,
  relation: Relation | undefined,
  usd: number,
) {
  if (!subject && !project) return undefined;
  const near = (v: number) => Math.abs(v / usd - 1) <= 0.1;
  const candidates = catalog.deals.all.filter((d) => {
    const about =
      (subject !== undefined && (d.payer === subject || d.payee === subject)) ||
      (project !== undefined && d.project === project);
    const r = d.amountUSD.range;
    const kindFits = relation === undefined || DEAL_KINDS_BY_RELATION[relation].includes(d.kind);
    return about && kindFits && (near(d.amountUSD.value) || (r !== undefined && usd >= r[0] && usd <= r[1]));
  });
  // A deal about the project named with the figure comes first.
  return candidates.find((d) => project !== undefined && d.project === project) ?? candidates[0];
}

/** Adds the matching catalog deal, if any, to a money claim's explanation. */
function withDeal(
  explanation: string,
  c: QuantityClaim,
  subject: string | undefined,
  project: string | undefined,
  relation: Relation | undefined,
  catalog: Catalog,
): string {
  if (c.kind !== "money" || c.unit !== "USD") return explanation;
  const deal = matchingDeal(catalog, subject, project, relation, c.value);
  if (!deal) return explanation;
  const who = `${deal.payer}${deal.payee ? ` → ${deal.payee}` : ""}`;
  return `${explanation}. The catalog has it: ${deal.id} (${who}, ${deal.kind}, announced ${deal.announced.value}): ${deal.purpose}`;
}

/** Sentences, so that figures stated together are checked together. */
function sentences(text: string): { start: number; end: number }[] {
  // A sentence ends at . ! or ? followed by a space or the end (not inside "1.2"), or at a line break.
  const out: { start: number; end: number }[] = [];
  const re = /[\s\S]+?(?:[.!?](?=\s|$)|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) break;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** The site a figure describes, or undefined when the figure is outside what the models accept (too small, absurd). */
function siteOf(catalog: Catalog, fields: Record<string, string | number>): SiteResult | undefined {
  try {
    return evaluateScenario(parseScenario({ sites: [{ id: "claim", ...fields }] }), catalog).sites.claim;
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
}

const OUT_OF_RANGE =
  "outside the range the sizing models accept (too small for one accelerator, or implausibly large)";

function explainOne(c: QuantityClaim, catalog: Catalog, place: string | undefined, text: string): string {
  if (c.kind === "power") {
    const grid = place ?? "us";
    const s = siteOf(catalog, { power: `${c.value} W`, grid });
    if (!s) return `${q("power", c.value)}: ${OUT_OF_RANGE}`;
    const gridName = catalog.grids.get(grid)?.name ?? grid;
    return `${q("power", c.value)} of facility power runs about ${q("count", s.accelerators)} ${s.accelerator} accelerators (PUE ${s.pue}), ${q("flopRate", s.peakPFLOPS * 1e15)} of BF16 compute; it uses ${q("energy", s.energyMWh * 1e6)} a year, ${q("mass", s.co2eTonnes)} CO2e on the ${gridName} grid, and costs about ${q("money", s.capexUSD)} to build and equip`;
  }
  if (c.kind === "money") {
    if (c.unit === "EUR")
      return `${q("money", c.value).replace("$", "€")}: amounts in euros are not converted (no exchange rate in the catalog)`;
    if (c.value < 1e6)
      return `${q("money", c.value)}: too small to be an infrastructure amount (a price or a subscription)`;
    const s = siteOf(catalog, { budget: c.value });
    if (!s) return `${q("money", c.value)}: ${OUT_OF_RANGE}`;
    return `${q("money", c.value)} buys about ${q("count", s.accelerators)} ${s.accelerator} accelerators with their share of network and building, ${q("power", s.facilityPowerMW * 1e6)} of facility power (the model's capex of ${q("money", s.capexUSD / Math.max(1, s.facilityPowerMW))} per MW)`;
  }
  const comparison = comparisonOf(c, text, catalog);
  if (comparison) {
    return `${q("count", c.value)} × ${comparison.name} at ${q("power", comparison.powerW.value)} each is ${q("power", c.value * comparison.powerW.value)}`;
  }
  if (!c.counted || !ACCELERATOR_NOUN.test(c.counted))
    return `${q("count", c.value)} ${c.counted ?? ""}`.trim();
  const s = siteOf(catalog, { accelerators: Math.round(c.value) });
  if (!s) return `${q("count", c.value)} accelerators: ${OUT_OF_RANGE}`;
  return `${q("count", c.value)} accelerators (taken as ${s.accelerator}) draw about ${q("power", s.facilityPowerMW * 1e6)} of facility power and cost about ${q("money", s.capexUSD)} with their building`;
}

/**
 * Every figure of a text with what it means in accelerators, power, energy, carbon and money, and, where a sentence
 * states several, whether they agree (money against the power it should buy, accelerators against the power).
 */
export function explainText(
  text: string,
  catalog: Catalog,
  options: { readonly published?: string } = {},
): Explanation {
  const language = detectLanguage(text);
  if (!isReadable(text)) {
    return {
      language,
      claims: [],
      note: "the text is in neither English nor French, the two languages gigawatt reads: no claims were looked for",
    };
  }
  const published = options.published ?? findDateline(text);
  const claims = extractQuantities(text, language);
  if (claims.length === 0) {
    return {
      language,
      ...(published ? { published } : {}),
      claims: [],
      note:
        text.trim() === ""
          ? "the text is empty"
          : "no figure with a unit (money, power, accelerators) was found",
    };
  }
  const mentions = findMentions(text, catalog);
  const dates = findDates(text, published);
  const organisations = mentions.filter((m) => m.kind === "organisation");
  // What a figure is about: the nearest mention before it in the same sentence, else within the 300 characters before.
  const nearest = (c: QuantityClaim, kind: Mention["kind"], sentence: { start: number } | undefined) => {
    const before = mentions.filter((m) => m.kind === kind && m.end <= c.start && c.start - m.end < 300);
    const inSentence = sentence ? before.filter((m) => m.start >= sentence.start) : [];
    const after = mentions.find(
      (m) => m.kind === kind && m.start >= c.end && sentence !== undefined && m.start - c.end < 80,
    );
    return (inSentence.at(-1) ?? after ?? before.at(-1))?.id;
  };
  const sentenceList = sentences(text);
  const sentenceOf = (c: QuantityClaim) => sentenceList.find((s) => c.start >= s.start && c.start < s.end);
  const checks = new Map<QuantityClaim, ClaimCheck[]>();
  for (const sentence of sentenceList) {
    const inside = claims.filter((c) => c.start >= sentence.start && c.start < sentence.end);
    const power = inside.find((c) => c.kind === "power");
    if (!power) continue;
    for (const c of inside) {
      const k = comparisonOf(c, text, catalog);
      if (!k) continue;
      const equivalent = c.value * k.powerW.value;
      const ratio = power.value / equivalent;
      const holds = ratio >= 1 / EQUIVALENT_WITHIN && ratio <= EQUIVALENT_WITHIN;
      checks.set(c, [
        ...(checks.get(c) ?? []),
        {
          verdict: holds ? "consistent" : "inconsistent",
          reasoning: `${q("power", power.value)} is ${q("fraction", ratio)} of ${q("count", c.value)} × ${k.name} (${q("power", equivalent)}); and a reactor's rating is its output around the clock, a datacenter's is its peak draw`,
        },
      ]);
    }
    const money = inside.find((c) => c.kind === "money" && c.unit === "USD" && c.value >= 1e6);
    const count = inside.find(
      (c) => c.kind === "count" && c.counted !== undefined && ACCELERATOR_NOUN.test(c.counted),
    );
    if (!money && !count) continue;
    const site = siteOf(catalog, {
      power: `${power.value} W`,
      ...(money ? { budget: money.value } : {}),
      ...(count ? { accelerators: Math.round(count.value) } : {}),
    });
    for (const check of site?.checks ?? []) {
      const claim = check.claim === "budget" ? money : check.claim === "accelerators" ? count : undefined;
      if (!claim) continue;
      // An accelerator count far from what the power runs (beyond ×2.5 either way) most likely counts something
      // else (a company's whole fleet beside one site): the text needs context rather than being wrong.
      const otherScope =
        check.claim === "accelerators" && (check.ratio > SCOPE_MISMATCH || check.ratio < 1 / SCOPE_MISMATCH);
      checks.set(claim, [
        ...(checks.get(claim) ?? []),
        otherScope
          ? {
              verdict: "needs-context",
              reasoning: `${check.reasoning}: so far apart that the two figures probably describe different things (a whole fleet and one site, or different dates)`,
            }
          : { verdict: check.verdict, reasoning: check.reasoning },
      ]);
    }
  }
  // The actor of the latest earlier sentence that names one: a story follows one company across sentences.
  const actors = sentenceList.map((sentence) => actorOf(text, sentence, organisations));
  const roles = claims.map((c) => {
    const index = sentenceList.findIndex((s) => c.start >= s.start && c.start < s.end);
    const sentence = sentenceList[index] ?? { start: c.start, end: c.end };
    const previous = actors.slice(0, Math.max(0, index)).findLast((a) => a !== undefined);
    return rolesOf(text, sentence, c, organisations, previous);
  });
  return {
    language,
    ...(published ? { published } : {}),
    claims: claims.map((c, i) => {
      const sentence = sentenceOf(c);
      const { subject, object, relation } = roles[i] ?? {};
      const project = nearest(c, "project", sentence);
      const place =
        nearest(c, "place", sentence) ?? (project ? catalog.projects.get(project)?.grid : undefined);
      // The date stated in the figure's sentence, nearest to it.
      const when = sentence
        ? dates
            .filter((d) => d.start >= sentence.start && d.start < sentence.end)
            .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0]?.when
        : undefined;
      return {
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        ...(c.kind === "money" ? { currency: c.unit as "USD" | "EUR" } : {}),
        ...(c.qualifier ? { qualifier: c.qualifier } : {}),
        ...(subject ? { subject } : {}),
        ...(object ? { object } : {}),
        ...(relation ? { relation } : {}),
        ...(project ? { project } : {}),
        ...(place ? { place } : {}),
        ...(when ? { when } : {}),
        phrase: c.phrase,
        explanation: withDeal(explainOne(c, catalog, place, text), c, subject, project, relation, catalog),
        checks: checks.get(c) ?? [],
      };
    }),
  };
}
