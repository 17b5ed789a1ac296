import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCatalog, type Catalog, type DataFile } from "../core/index.js";
import { withCachedData } from "./data-cache.js";

/** The package's own `data/` folder, found from this file (dist/node/ or src/node/). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads every YAML file of a data folder, sorted by name so the catalog is the same on every machine. */
export function readDataFiles(dir = DATA_DIR): DataFile[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: join("data", f), text: readFileSync(join(dir, f), "utf8") }));
}

let cached: Catalog | undefined;

/** The project's catalog, loaded once per process (data/ as parsed at build time where its text is unchanged). */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(withCachedData(readDataFiles()));
  return cached;
}
