// The ledger's announcements as one list, whether they come from the store's saved articles or, without a server,
// from the catalog's own dated figures: a date, a value in a unit, what was announced, and where it was read.
import type { LedgerClaim } from "../lib/api.js";
import { type Catalog, formatQuantity } from "../lib/core.js";
import { dateOf } from "./sites-model.js";

export type Unit = "W" | "USD" | "EUR" | "count";

export interface Announcement {
  readonly date: Date;
  readonly value: number;
  readonly unit: Unit;
  /** What was announced, in the article's or the catalog's words. */
  readonly what: string;
  /** Who announced it, when known. */
  readonly who: string;
  /** The source's title (or the article's address). */
  readonly source: string;
  /** Where to read it. */
  readonly href?: string;
}

const UNITS: readonly Unit[] = ["W", "USD", "EUR", "count"];

/** A value as the page writes it: "2.00 GW", "$10.0B", "€3.00B", "400k". */
export function show(unit: Unit, value: number): string {
  if (unit === "W") return formatQuantity("power", value);
  if (unit === "count") return formatQuantity("count", value);
  const text = formatQuantity("money", value);
  return unit === "EUR" ? text.replace("$", "€") : text;
}

/** The store's claims of a project, dated by their article; undated claims cannot be placed and are left out. */
export function fromStore(
  claims: readonly LedgerClaim[],
  urls: ReadonlyMap<string, string | null>,
): Announcement[] {
  const out: Announcement[] = [];
  for (const c of claims) {
    const unit = UNITS.find((u) => u === c.unit);
    if (!c.published || !unit) continue;
    const url = urls.get(c.articleId) ?? null;
    out.push({
      date: new Date(`${c.published.slice(0, 10)}T00:00:00Z`),
      value: c.value,
      unit,
      what: c.phrase,
      who: c.organisation ?? "",
      source: url ?? `saved article ${c.articleId.slice(0, 8)}`,
      href: url ?? `./v1/articles/${encodeURIComponent(c.articleId)}`,
    });
  }
  return out;
}

/** The catalog's dated figures of a project: its phases (power) and its deals (money). */
export function fromCatalog(catalog: Catalog, id: string): Announcement[] {
  const p = catalog.projects.get(id);
  if (!p) return [];
  const out: Announcement[] = [];
  const cite = (sid: string | undefined) => {
    const s = sid === undefined ? undefined : catalog.sources.get(sid);
    return { source: s?.title ?? sid ?? "", ...(s?.url ? { href: s.url } : {}) };
  };
  for (const ph of p.phases) {
    const date = ph.online ? dateOf(String(ph.online.value)) : undefined;
    const power = ph.facilityPowerMW ?? ph.itPowerMW;
    if (date && power)
      out.push({
        date,
        value: power.value * 1e6,
        unit: "W",
        what: `${ph.name} (online)`,
        who: p.owner,
        ...(power.source ? cite(power.source) : { source: power.assumption ?? "" }),
      });
  }
  for (const d of catalog.deals.all) {
    const date = d.project === p.id ? dateOf(String(d.announced.value)) : undefined;
    if (date)
      out.push({
        date,
        value: d.amountUSD.value,
        unit: "USD",
        what: `${d.kind}: ${d.purpose}`,
        who: p.owner,
        ...cite(d.amountUSD.source),
      });
  }
  return out.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** Announcements grouped by unit, in a fixed order, each group in date order. */
export function byUnit(list: readonly Announcement[]): [Unit, Announcement[]][] {
  return UNITS.map((u): [Unit, Announcement[]] => [
    u,
    list.filter((a) => a.unit === u).sort((a, b) => a.date.getTime() - b.date.getTime()),
  ]).filter(([, l]) => l.length > 0);
}
