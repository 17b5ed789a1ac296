import type { Catalog } from "../catalog/index.js";
import { alternationOf } from "./alternation.js";
import { plainPattern, readsPlain } from "./scan.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Names that are also ordinary words or too short to stand for one chip in running text.
const TOO_SHORT = 3;

/** The catalog's accelerators as a text reads them: a pattern of every name and alias, and the id each names. */
export interface AcceleratorNames {
  /** Regular-expression source: any name or alias, with an optional plural "s" ("GB200s"). */
  readonly pattern: string;
  /** The catalog id a matched name stands for, or undefined for a name the catalog lacks. */
  idOf(name: string): string | undefined;
  /** The distinct catalog ids named in a short phrase ("GB200 and GB300 accelerators" names two). */
  idsIn(phrase: string): Set<string>;
  /** Where names stand in a text, in text order; the last text's answer is kept (two readers ask for it). */
  spansIn(text: string): readonly NameSpan[];
}

/** A name of an accelerator found in a text. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const cache = new WeakMap<Catalog, AcceleratorNames>();

/**
 * The accelerator names of a catalog (ids, names and aliases: "H100", "Trainium 2", "MI355X", "Ironwood"), longest
 * first, so that an accelerator added to data/ alone is read in articles. Spaces inside a name match any white space
 * or a hyphen ("Trainium-2").
 */
export function acceleratorNames(catalog: Catalog): AcceleratorNames {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const byKey = new Map<string, string>();
  const key = (name: string) => name.toLowerCase().replace(/[\s-]+/g, " ");
  for (const a of catalog.accelerators.all) {
    for (const name of [a.id, a.name, ...a.aliases]) {
      const k = key(name);
      if (k.length >= TOO_SHORT && !byKey.has(k)) byKey.set(k, a.id);
    }
  }
  const names = [...byKey.keys()].sort((a, b) => b.length - a.length).map((k) => Array.from(k));
  const token = (c: string) => (c === " " ? String.raw`[\s-]` : escapeRegExp(c));
  const pattern = names.length === 0 ? "(?!)" : `${alternationOf(names, token)}s?`;
  const idOf = (name: string) => {
    const k = key(name);
    return byKey.get(k) ?? (k.endsWith("s") ? byKey.get(k.slice(0, -1)) : undefined);
  };
  const matcher = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
  let last: { text: string; spans: NameSpan[] } | undefined;
  const names2: AcceleratorNames = {
    pattern,
    idOf,
    idsIn(phrase) {
      const ids = new Set<string>();
      for (const m of phrase.matchAll(matcher)) {
        const id = idOf(m[0]);
        if (id) ids.add(id);
      }
      return ids;
    },
    spansIn(text) {
      if (last?.text !== text) {
        const spans: NameSpan[] = [];
        for (const m of text.matchAll(readsPlain(text) ? plainPattern(matcher) : matcher))
          spans.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
        last = { text, spans };
      }
      return last.spans;
    },
  };
  cache.set(catalog, names2);
  return names2;
}
