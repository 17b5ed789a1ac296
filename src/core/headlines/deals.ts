import type { Catalog, Deal } from "../catalog/index.js";
import type { Relation } from "./relations.js";

// The kinds of catalog deal each relation can describe: "spends $10 billion on a campus" is not a cloud contract.
const DEAL_KINDS_BY_RELATION: Readonly<Record<Relation, readonly Deal["kind"][]>> = {
  "spends-on": ["capex-plan", "forecast", "joint-venture"],
  builds: ["capex-plan", "joint-venture", "forecast"],
  "invests-in": ["equity-investment", "joint-venture", "capex-plan", "forecast"],
  borrows: ["loan", "bond"],
  lends: ["loan", "bond"],
  "contracts-with": ["cloud-contract", "chip-purchase", "joint-venture"],
  buys: ["chip-purchase", "cloud-contract", "equity-investment"],
  sells: ["chip-purchase", "cloud-contract", "bond"],
  supplies: ["chip-purchase", "cloud-contract"],
  owns: ["equity-investment", "joint-venture"],
  emits: [],
  employs: [],
};

/**
 * The catalog deal an amount in dollars matches: same organisation (as payer or payee) or project, amount within 10%
 * (or inside the deal's range), of a kind the sentence's relation can describe; a deal about the named project first.
 */
export function matchingDeal(
  catalog: Catalog,
  about: { readonly subject?: string; readonly project?: string; readonly relation?: Relation },
  usd: number,
): Deal | undefined {
  const { subject, project, relation } = about;
  if (!subject && !project) return undefined;
  const near = (v: number) => Math.abs(v / usd - 1) <= 0.1;
  const candidates = catalog.deals.all.filter((d) => {
    const named =
      (subject !== undefined && (d.payer === subject || d.payee === subject)) ||
      (project !== undefined && d.project === project);
    const r = d.amountUSD.range;
    const kindFits = relation === undefined || DEAL_KINDS_BY_RELATION[relation].includes(d.kind);
    return named && kindFits && (near(d.amountUSD.value) || (r !== undefined && usd >= r[0] && usd <= r[1]));
  });
  return candidates.find((d) => project !== undefined && d.project === project) ?? candidates[0];
}
