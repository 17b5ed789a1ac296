// The core, running in the page: the catalog is built from data/*.yaml bundled as text, as src/node/data-files.ts
// does from disk in Node.
import { signal } from "@preact/signals";
import { buildCatalog, type Catalog, type DataFile } from "../../../src/core/index.js";

const DATA = import.meta.glob("../../../data/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The data files, sorted by name and named as in Node (`data/grids-us.yaml`) so source ids are the same. */
export function dataFiles(): DataFile[] {
  return Object.keys(DATA)
    .sort()
    .map((path) => ({ name: `data/${path.split("/").pop() ?? path}`, text: DATA[path] ?? "" }));
}

let cached: Catalog | undefined;

/** The project's catalog, built once per page (or worker). */
export function catalog(): Catalog {
  cached ??= buildCatalog(dataFiles());
  return cached;
}

/**
 * The catalog once built. Building it parses 400 KB of YAML (a second or more on a laptop), so the page paints
 * first and builds it on the next task; pages show a short loading line until then.
 */
export const loadedCatalog = signal<Catalog | undefined>(undefined);

/** Builds the catalog after the first paint. */
export function loadCatalogSoon(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      loadedCatalog.value = catalog();
    }, 0),
  );
}

const EXAMPLES = import.meta.glob("../../../examples/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The project's example scenarios, by file name (`hyperion.yaml`). */
export const examples: ReadonlyArray<{ name: string; text: string }> = Object.keys(EXAMPLES)
  .sort()
  .map((path) => ({ name: path.split("/").pop() ?? path, text: EXAMPLES[path] ?? "" }));

const CASES = import.meta.glob("../../../validation/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The project's validation case files. */
export const validationFiles: ReadonlyArray<{ name: string; text: string }> = Object.keys(CASES)
  .sort()
  .map((path) => ({ name: `validation/${path.split("/").pop() ?? path}`, text: CASES[path] ?? "" }));

export * from "../../../src/core/index.js";
