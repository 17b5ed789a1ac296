// The catalog as the API lists it (the same shapes as `gigawatt catalog --json`), and the version a result ran on.
import { createHash } from "node:crypto";
import type { Catalog, IssueCode, Source } from "../core/index.js";
import { readDataFiles } from "../node/data-files.js";
import { fail } from "./problem.js";

type Entry = { readonly id: string; readonly aliases?: readonly string[] };

/** The kinds a client can list, as the CLI names them. */
export const KINDS = {
  accelerators: (c: Catalog) => c.accelerators.all,
  grids: (c: Catalog) => c.grids.all,
  cooling: (c: Catalog) => c.cooling.all,
  projects: (c: Catalog) => c.projects.all,
  deals: (c: Catalog) => c.deals.all,
  organisations: (c: Catalog) => c.organisations.all,
  "training-runs": (c: Catalog) => c.trainingRuns,
  parameters: (c: Catalog) => Object.entries(c.parameters).map(([id, p]) => ({ id, ...p })),
  serving: (c: Catalog) => Object.entries(c.servingFigures ?? {}).map(([id, p]) => ({ id, ...p })),
} satisfies Record<string, (c: Catalog) => readonly Entry[]>;
export type Kind = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

const UNKNOWN_CODE: Record<Kind, IssueCode> = {
  accelerators: "unknown_accelerator",
  grids: "unknown_grid",
  cooling: "unknown_cooling",
  projects: "unknown_project",
  deals: "unknown_deal",
  organisations: "unknown_organisation",
  "training-runs": "unknown_training_run",
  parameters: "unknown_parameter",
  serving: "unknown_serving_figure",
};

/** The version of the catalog: a digest of every data file, so a saved result says which figures it used. */
export function catalogVersion(): string {
  const h = createHash("sha256");
  for (const f of readDataFiles()) h.update(f.name).update("\0").update(f.text).update("\0");
  return `sha256:${h.digest("hex").slice(0, 16)}`;
}

export function kindOf(text: string): Kind {
  const k = text.toLowerCase();
  const match = KIND_NAMES.find((n) => n === k || n.replace(/s$/, "") === k || n === `${k}s`);
  if (!match) {
    throw fail("unknown_kind", ["kind"], `unknown catalog kind '${text}'`, 404).withAccepted(KIND_NAMES);
  }
  return match;
}

export function counts(c: Catalog) {
  return {
    kinds: Object.fromEntries(KIND_NAMES.map((k) => [k, KINDS[k](c).length])),
    sources: c.sources.size,
  };
}

/** One entry by id or alias, with every source it cites; an unknown id is 404 with the nearest ids. */
export function entryOf(c: Catalog, kind: Kind, id: string) {
  const entries: readonly Entry[] = KINDS[kind](c);
  const key = id.trim().toLowerCase();
  const found = entries.find((e) => e.id === key || (e.aliases ?? []).some((a) => a.toLowerCase() === key));
  if (!found) {
    const nearest = [...entries]
      .map((e) => ({ id: e.id, d: distance(key, e.id) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((e) => e.id);
    throw fail(UNKNOWN_CODE[kind], ["id"], `no ${kind} entry '${id}'`, 404).withAccepted(nearest);
  }
  return { ...found, sources: citedSources(found, c.sources) };
}

function distance(a: string, b: string): number {
  return b.includes(a) ? 0 : Math.abs(a.length - b.length) + [...a].filter((ch, i) => b[i] !== ch).length;
}

function citedSources(entry: unknown, all: ReadonlyMap<string, Source>): Record<string, Source> {
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
