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

/** The positions in the catalog's deal list of each organisation's (payer or payee) and each project's deals. */
interface DealIndex {
  readonly byParty: Map<string, number[]>;
  readonly byProject: Map<string, number[]>;
}

const indexes = new WeakMap<Catalog, DealIndex>();

function indexOf(catalog: Catalog): DealIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const built: DealIndex = { byParty: new Map(), byProject: new Map() };
    const add = (map: Map<string, number[]>, key: string | undefined, i: number) => {
      if (key === undefined) return;
      const list = map.get(key);
      if (!list) map.set(key, [i]);
      else if (list.at(-1) !== i) list.push(i);
    };
    catalog.deals.all.forEach((d, i) => {
      add(built.byParty, d.payer, i);
      add(built.byParty, d.payee, i);
      add(built.byProject, d.project, i);
    });
    index = built;
    indexes.set(catalog, index);
  }
  return index;
}

/** The deals naming the subject or the project, in the catalog's order, without scanning every deal. */
function dealsAbout(catalog: Catalog, subject: string | undefined, project: string | undefined): Deal[] {
  const { byParty, byProject } = indexOf(catalog);
  const a = (subject === undefined ? undefined : byParty.get(subject)) ?? [];
  const b = (project === undefined ? undefined : byProject.get(project)) ?? [];
  const all = catalog.deals.all;
  const out: Deal[] = [];
  // The two lists are in the catalog's order: merged, a deal in both taken once.
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(all[Math.min(x, y)] as Deal);
  }
  return out;
}

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
  const candidates = dealsAbout(catalog, subject, project).filter((d) => {
    const r = d.amountUSD.range;
    const kindFits = relation === undefined || DEAL_KINDS_BY_RELATION[relation].includes(d.kind);
    return kindFits && (near(d.amountUSD.value) || (r !== undefined && usd >= r[0] && usd <= r[1]));
  });
  return candidates.find((d) => project !== undefined && d.project === project) ?? candidates[0];
}
