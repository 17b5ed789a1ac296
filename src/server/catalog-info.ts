// The catalog as the API lists it (the core's listing, the same as `gigawatt catalog --json`), and the version a
// result ran on.
import { createHash } from "node:crypto";
import {
  CATALOG_KINDS,
  type Catalog,
  type CatalogKind,
  catalogCounts,
  catalogKindOf,
  findCatalogEntry,
  type Outcome,
} from "../core/index.js";
import { readDataFiles } from "../node/data-files.js";
import { ProblemError } from "./problem.js";

/** The version of the catalog: a digest of every data file, so a saved result says which figures it used. */
export function catalogVersion(): string {
  const h = createHash("sha256");
  for (const f of readDataFiles()) h.update(f.name).update("\0").update(f.text).update("\0");
  return `sha256:${h.digest("hex").slice(0, 16)}`;
}

// A name or id in the path that the catalog lacks is a resource that does not exist: 404.
function orNotFound<T>(o: Outcome<T>): T {
  if (!o.ok) throw new ProblemError(o.issues, 404);
  return o.value;
}

export const kindOf = (text: string): CatalogKind => orNotFound(catalogKindOf(text, ["kind"]));

export const listKind = (c: Catalog, kind: CatalogKind) => CATALOG_KINDS[kind](c);

export const counts = catalogCounts;

/** One entry by id or alias, with every source it cites; an unknown id is 404 with the nearest ids. */
export function entryOf(c: Catalog, kind: CatalogKind, id: string) {
  const { entry, sources } = orNotFound(findCatalogEntry(c, kind, id, ["id"]));
  return { ...entry, sources };
}
