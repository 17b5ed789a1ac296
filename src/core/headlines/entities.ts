import type { Catalog } from "../catalog/index.js";
import { alternationOf } from "./alternation.js";
import { PROGRAMMES } from "./programmes.js";
import { plainPattern, readsPlain } from "./scan.js";

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
    // A project is also named by the parts of its catalog name and by its town ("Campus IA", "Bruyères-le-Châtel",
    // "Fouju", "Sines"), when no other entry and no other project uses that name.
    const derived = new Map<string, string | null>();
    for (const p of catalog.projects.all)
      for (const name of derivedNames(p.name, p.place.name)) {
        const key = name.toLowerCase();
        derived.set(key, derived.has(key) && derived.get(key) !== p.id ? null : p.id);
      }
    for (const [key, id] of derived) if (id && !byKey.has(key)) add("project", id, [key]);
    const names = [...byKey.keys()].sort((a, b) => b.length - a.length).map((k) => Array.from(k));
    const any = alternationOf(names, escapeRegExp);
    m = { re: new RegExp(`(?<![\\p{L}\\p{N}])${any}(?![\\p{L}\\p{N}])`, "giu"), byKey };
    matchers.set(catalog, m);
  }
  return m;
}

// Words that name a kind of place rather than one place.
const GENERIC_PART =
  /^(?:site not disclosed|former .*|.* metro|.* region|.* plant|.* county|.* parish|.* township)$/iu;

/** Names a project goes by besides its catalog name: the name's parts around brackets and slashes, its town. */
function derivedNames(name: string, place: string): string[] {
  // Only the first of comma-separated words: "(Ellendale, North Dakota)" names the town, then its state.
  const parts = [...name.split(/[()/]/u), place].map((p) => p.split(/[,(]/u)[0] ?? "");
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length >= 4 && /^\p{Lu}/u.test(p) && !GENERIC_PART.test(p));
}

/** Organisations, projects and places of the catalog named in a text (by name or alias, any case). */
export function findMentions(text: string, catalog: Catalog): Mention[] {
  const { re, byKey } = matcherOf(catalog);
  const out: Mention[] = [];
  for (const match of text.matchAll(readsPlain(text) ? plainPattern(re) : re)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const hit of byKey.get(match[0].toLowerCase()) ?? [])
      out.push({ kind: hit.kind, id: hit.id, start, end });
  }
  return out;
}
