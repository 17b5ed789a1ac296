import type { IssueCode } from "../kernel/issues.js";
import { fail, type Outcome, ok } from "../kernel/outcome.js";
import type { Catalog } from "./catalog-type.js";
import type { Source } from "./sourced.js";

/** An entry of any kind, as a listing needs it. */
export interface CatalogEntry {
  readonly id: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
}

/**
 * The kinds of entry the catalog lists, by the name a user types (`gigawatt catalog grids`, `/v1/catalog/grids`):
 * one table so the CLI, the API and the web app list the same kinds.
 */
export const CATALOG_KINDS = {
  accelerators: (c: Catalog) => c.accelerators.all,
  grids: (c: Catalog) => c.grids.all,
  cooling: (c: Catalog) => c.cooling.all,
  projects: (c: Catalog) => c.projects.all,
  programmes: (c: Catalog) => c.programmes.all,
  currencies: (c: Catalog) => c.currencies.all,
  deals: (c: Catalog) => c.deals.all,
  organisations: (c: Catalog) => c.organisations.all,
  "training-runs": (c: Catalog) => c.trainingRuns,
  parameters: (c: Catalog) => Object.entries(c.parameters).map(([id, p]) => ({ id, ...p })),
  serving: (c: Catalog) => Object.entries(c.servingFigures ?? {}).map(([id, p]) => ({ id, ...p })),
} satisfies Record<string, (c: Catalog) => readonly CatalogEntry[]>;
export type CatalogKind = keyof typeof CATALOG_KINDS;
export const CATALOG_KIND_NAMES = Object.keys(CATALOG_KINDS) as CatalogKind[];

/** The issue code of an id that a kind lacks. */
const UNKNOWN_CODE: Record<CatalogKind, IssueCode> = {
  accelerators: "unknown_accelerator",
  grids: "unknown_grid",
  cooling: "unknown_cooling",
  projects: "unknown_project",
  programmes: "unknown_programme",
  currencies: "unknown_currency",
  deals: "unknown_deal",
  organisations: "unknown_organisation",
  "training-runs": "unknown_training_run",
  parameters: "unknown_parameter",
  serving: "unknown_serving_figure",
};

/** A kind by its name, singular or plural, in any case; `path` names the field it came from. */
export function catalogKindOf(text: string, path: readonly (string | number)[]): Outcome<CatalogKind> {
  const k = text.toLowerCase();
  const match = CATALOG_KIND_NAMES.find((n) => n === k || n.replace(/s$/, "") === k || n === `${k}s`);
  if (match) return ok(match);
  return fail({
    code: "unknown_kind",
    path,
    message: `unknown catalog kind '${text}'`,
    accepted: CATALOG_KIND_NAMES,
  });
}

/** How many entries of each kind, and how many sources. */
export function catalogCounts(c: Catalog): { kinds: Record<CatalogKind, number>; sources: number } {
  const kinds = Object.fromEntries(CATALOG_KIND_NAMES.map((k) => [k, CATALOG_KINDS[k](c).length]));
  return { kinds: kinds as Record<CatalogKind, number>, sources: c.sources.size };
}

/** One entry by id or alias, with every source it cites; an unknown id names the three nearest ids. */
export function findCatalogEntry(
  c: Catalog,
  kind: CatalogKind,
  id: string,
  path: readonly (string | number)[],
): Outcome<{ entry: CatalogEntry; sources: Record<string, Source> }> {
  const entries: readonly CatalogEntry[] = CATALOG_KINDS[kind](c);
  const key = id.trim().toLowerCase();
  const found = entries.find((e) => e.id === key || (e.aliases ?? []).some((a) => a.toLowerCase() === key));
  if (found) return ok({ entry: found, sources: citedSources(found, c.sources) });
  const nearest = entries
    .map((e) => ({ id: e.id, d: distance(key, e.id) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((e) => e.id);
  return fail({ code: UNKNOWN_CODE[kind], path, message: `no ${kind} entry '${id}'`, accepted: nearest });
}

// A cheap closeness for suggestions: an id containing the key is nearest, else length and position differences.
function distance(a: string, b: string): number {
  return b.includes(a) ? 0 : Math.abs(a.length - b.length) + [...a].filter((ch, i) => b[i] !== ch).length;
}

/** Every source an entry cites, by id. */
export function citedSources(entry: unknown, all: ReadonlyMap<string, Source>): Record<string, Source> {
  const out: Record<string, Source> = {};
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        const source = typeof x === "string" && k === "source" ? all.get(x) : undefined;
        if (source) out[x as string] = source;
        else walk(x);
      }
    }
  };
  walk(entry);
  return out;
}
