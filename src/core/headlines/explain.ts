import type { Catalog } from "../catalog/index.js";
import { type Attribution, attribute } from "./attribute.js";
import { type Attributed, type ClaimCheck, sentenceChecks } from "./claim-checks.js";
import { findDateline } from "./dates.js";
import { explainClaim } from "./explain-claim.js";
import { explainDeal } from "./explain-deal.js";
import { extractQuantities, type QuantityClaim } from "./extract-quantities.js";
import { moneyKindOf, powerKindOf } from "./figure-kind.js";
import { type InDollars, inDollars } from "./in-dollars.js";
import { detectLanguage, isReadable, type Language } from "./language.js";
import { type Message, message } from "./messages/message.js";
import { phaseChecks, sumChecks } from "./sums.js";
import type { Meter } from "./work.js";

/** One claim of a text, explained with the models (PRODUCT.md: `gigawatt explain --json`). */
export interface ExplainedClaim extends Omit<Attribution, "hardware"> {
  readonly kind: QuantityClaim["kind"];
  /** The figure in its unit (LABELS-v2.md): a currency, W, Wh, m2, m, L, t, percent, or what is counted. */
  readonly value: number;
  readonly unit: string;
  readonly range?: readonly [number, number];
  readonly qualifier?: QuantityClaim["qualifier"];
  /** The accelerator the article names for the figure (a catalog id), used to size it. */
  readonly accelerator?: string;
  readonly phrase: string;
  /** What the figure means, as a message for the reader's language (messages/render.ts). */
  readonly explanation: Message;
  /** An amount in another currency, in US dollars at the average rate of its year (data/currencies.yaml). */
  readonly usd?: InDollars;
  /** The catalog deal the amount matches, when one does. */
  readonly deal?: Message;
  readonly checks: readonly ClaimCheck[];
}

export interface Explanation {
  readonly language: Language;
  /** The article's date ("YYYY-MM-DD"), given or read from its dateline, which relative dates are resolved against. */
  readonly published?: string;
  readonly claims: readonly ExplainedClaim[];
  /** Why there are no claims, when there are none. */
  readonly note?: Message;
}

export interface ExplainOptions {
  readonly published?: string;
  /** Counts the work done (characters and figures visited), for the linear-time property test. */
  readonly meter?: Meter;
}

/**
 * Every figure of a text with what it means in accelerators, power, energy, carbon and money, who and what it is
 * about, and the checks an analyst would make: money and accelerators against the power stated with them for the
 * same subject, project and period, reactor equivalences, sums of parts and phases inside a total.
 */
export function explainText(text: string, catalog: Catalog, options: ExplainOptions = {}): Explanation {
  const meter = options.meter;
  const language = detectLanguage(text);
  meter?.add(text.length);
  if (!isReadable(text)) return { language, claims: [], note: message("note.not-readable") };
  const published = options.published ?? findDateline(text);
  const claims = extractQuantities(text, language, catalog);
  meter?.add(text.length + claims.length);
  if (claims.length === 0) {
    return {
      language,
      ...(published ? { published } : {}),
      claims: [],
      note: message(text.trim() === "" ? "note.empty" : "note.no-figures"),
    };
  }
  const attributed = attribute(text, claims, catalog, {
    language,
    ...(published ? { published } : {}),
    ...(meter ? { meter } : {}),
  });
  const dollars = attributed.map(({ claim, attribution }) =>
    inDollars(claim, catalog, attribution.when ?? published),
  );
  const checks = checksOf(attributed, dollars, catalog, text, published);
  meter?.add(claims.length);
  return {
    language,
    ...(published ? { published } : {}),
    claims: attributed.map(({ claim: c, attribution: a }, i) => {
      const { hardware, ...about } = a;
      const usd = dollars[i];
      const dealUSD = c.kind === "money" ? (c.unit === "USD" ? c.value : usd?.value) : undefined;
      const deal = dealUSD === undefined ? undefined : explainDeal(catalog, about, dealUSD);
      return {
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        ...(c.range ? { range: c.range } : {}),
        ...(c.qualifier ? { qualifier: c.qualifier } : {}),
        ...about,
        ...(hardware ? { accelerator: hardware } : {}),
        ...(usd ? { usd } : {}),
        phrase: c.phrase,
        explanation: explainClaim(c, catalog, {
          text,
          ...(usd ? { usd } : {}),
          ...(a.place && catalog.grids.get(a.place) ? { grid: a.place } : {}),
          ...(hardware ? { accelerator: hardware } : {}),
        }),
        ...(deal ? { deal } : {}),
        checks: checks[i] ?? [],
      };
    }),
  };
}

/** The checks of every figure, each made once and given to the figure it judges. */
function checksOf(
  attributed: readonly {
    readonly claim: QuantityClaim;
    readonly attribution: Attribution;
    readonly sentence: number;
  }[],
  dollars: readonly (InDollars | undefined)[],
  catalog: Catalog,
  text: string,
  published: string | undefined,
): ClaimCheck[][] {
  const flat: Attributed[] = attributed.map(({ claim, attribution }, i) => {
    const usd = dollars[i]?.value;
    const moneyKind = claim.kind === "money" ? moneyKindOf(text, claim) : undefined;
    const kinds = {
      ...(moneyKind ? { moneyKind } : {}),
      ...(claim.kind === "power" ? { powerKind: powerKindOf(text, claim) } : {}),
    };
    return { ...claim, ...attribution, ...kinds, ...(usd === undefined ? {} : { usd }) };
  });
  const out: ClaimCheck[][] = flat.map(() => []);
  const seen = new Set<string>();
  const position = new Map(flat.map((c, i) => [c, i]));
  const add = (found: Map<Attributed, ClaimCheck>) => {
    for (const [c, check] of found) {
      const key = `${check.kind}:${check.figures.join("|")}`;
      const i = position.get(c);
      if (seen.has(key) || i === undefined) continue;
      seen.add(key);
      out[i]?.push(check);
    }
  };
  // Figures of one sentence are checked together.
  let from = 0;
  while (from < flat.length) {
    const sentence = attributed[from]?.sentence;
    let to = from;
    while (to < flat.length && attributed[to]?.sentence === sentence) to++;
    add(sentenceChecks(flat.slice(from, to), catalog, text, published));
    from = to;
  }
  const sums = sumChecks(flat);
  add(sums);
  add(phaseChecks(flat, text, sums));
  return out;
}
