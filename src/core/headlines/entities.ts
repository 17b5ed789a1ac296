import type { Catalog } from "../catalog/index.js";
import { PROGRAMMES } from "./programmes.js";

/** A catalog entry named in a text: an organisation, a project or a place (a grid region). */
export interface Mention {
  readonly kind: "organisation" | "project" | "place" | "programme";
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Names too short or too common to be read as an entity on their own.
const TOO_COMMON = new Set([
  "us",
  "it",
  "in",
  "no",
  "ai",
  "ia",
  "x",
  "de",
  "la",
  "le",
  "eau",
  "est",
  "sa",
  "il",
  "ca",
]);

const matchers = new WeakMap<
  Catalog,
  { re: RegExp; byKey: Map<string, readonly { kind: Mention["kind"]; id: string }[]> }
>();

function matcherOf(catalog: Catalog) {
  let m = matchers.get(catalog);
  if (!m) {
    const byKey = new Map<string, { kind: Mention["kind"]; id: string }[]>();
    const add = (kind: Mention["kind"], id: string, names: readonly string[]) => {
      for (const name of names) {
        const key = name.toLowerCase();
        if (key.length < 2 || TOO_COMMON.has(key)) continue;
        const hits = byKey.get(key) ?? [];
        // A name is at most one entity of each kind: "France" is a government (who acts) and a place (where),
        // "Start Campus" a company and its campus; a programme's name stands for nothing else.
        if (hits.some((h) => h.kind === kind || h.kind === "programme")) continue;
        hits.push({ kind, id });
        byKey.set(key, hits);
      }
    };
    // Programmes first: "Stargate" alone is the programme, not its first campus (programmes.ts).
    for (const [id, names] of Object.entries(PROGRAMMES)) add("programme", id, names);
    // Projects are also named by their id ("hyperion", "colossus 2").
    for (const p of catalog.projects.all)
      add("project", p.id, [p.name, ...p.aliases, p.id, p.id.replace(/-/g, " ")]);
    for (const o of catalog.organisations.all) add("organisation", o.id, [o.name, ...o.aliases]);
    for (const g of catalog.grids.all) add("place", g.id, [g.name, ...g.aliases]);
    const names = [...byKey.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    m = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "giu"), byKey };
    matchers.set(catalog, m);
  }
  return m;
}

/** Organisations, projects and places of the catalog named in a text (by name or alias, any case). */
export function findMentions(text: string, catalog: Catalog): Mention[] {
  const { re, byKey } = matcherOf(catalog);
  const out: Mention[] = [];
  for (const match of text.matchAll(re)) {
    for (const hit of byKey.get(match[0].toLowerCase()) ?? [])
      out.push({ ...hit, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return out;
}
