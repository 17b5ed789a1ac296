import type { Catalog } from "../catalog/index.js";
import type { Mention } from "./entities.js";

/** The gazetteer's names by their lower-cased first word, longest first, with the grid that holds each. */
type Lookup = ReadonlyMap<string, readonly { readonly name: string; readonly grid: string }[]>;

const lookups = new WeakMap<Catalog, Lookup>();
// A capitalised word not inside another word: where a place name can start. Capitals of Latin-1 only (the schema
// holds names to them): a pattern that starts with \p{Lu} costs six times as much to scan.
const WORD = /(?<![\p{L}\p{N}])[A-ZÀ-ÖØ-Þ][\p{L}\p{M}]*/gu;
const FIRST = /^[\p{L}\p{M}]+/u;
// A company's seat is not where its figures stand ("the Amsterdam-based group", "basée à Paris").
const SEAT_AFTER = /^[-‐]\s?(?:based|headquartered)\b/iu;
const SEAT_BEFORE = /\b(?:based|headquartered|basée?|siège)\s+(?:in|à|au|en)\s+$/iu;

function lookupOf(catalog: Catalog): Lookup {
  let lookup = lookups.get(catalog);
  if (!lookup) {
    const map = new Map<string, { name: string; grid: string }[]>();
    for (const g of catalog.places)
      for (const name of g.names) {
        const first = FIRST.exec(name)?.[0].toLowerCase();
        if (!first) continue;
        const list = map.get(first) ?? [];
        list.push({ name: name.toLowerCase(), grid: g.grid });
        map.set(first, list);
      }
    for (const list of map.values()) list.sort((a, b) => b.name.length - a.name.length);
    lookup = map;
    lookups.set(catalog, lookup);
  }
  return lookup;
}

/**
 * Places of the gazetteer (data/places.yaml) named in a text, as place mentions of the grid that holds them
 * ("Amarillo", "in Richland Parish", "près de Dunkerque"). One pass over the capitalised words, each looked up by its
 * lower-cased first word, the longest name that the text spells out winning: linear in the text, however many names.
 */
export function findPlaces(text: string, catalog: Catalog): Mention[] {
  const lookup = lookupOf(catalog);
  const out: Mention[] = [];
  let from = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (start < from) continue;
    const names = lookup.get(m[0].toLowerCase());
    if (!names) continue;
    for (const { name, grid } of names) {
      const end = start + name.length;
      if (text.slice(start, end).toLowerCase() !== name || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
      from = end;
      const seat =
        SEAT_AFTER.test(text.slice(end, end + 16)) ||
        SEAT_BEFORE.test(text.slice(Math.max(0, start - 24), start));
      // A town in capitals opens a dateline ("SAN JOSE, Calif. -"): where the news was told, not where it stands.
      const written = text.slice(start, end);
      const dateline = written === written.toUpperCase();
      if (!seat && !dateline) out.push({ kind: "place", id: grid, start, end });
      break;
    }
  }
  return out;
}

/**
 * The catalog's place mentions (grid names and aliases) and the gazetteer's, in text order. Where two overlap, the
 * longer wins ("Indiana County" over "Indiana", "New Mexico" over "Mexico"); at equal length, the catalog's.
 */
export function mergePlaces(named: readonly Mention[], gazetteer: readonly Mention[]): Mention[] {
  const all = [...named, ...gazetteer].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
