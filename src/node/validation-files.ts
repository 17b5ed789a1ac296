import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, readCases, type ValidationCase } from "../core/index.js";
import { readText } from "./read-text.js";

/** The project's own validation cases, shipped with the package. */
export const VALIDATION_DIR = fileURLToPath(new URL("../../validation/", import.meta.url));

/** Reads validation cases from files and folders (YAML files in a folder, sorted by name). */
export function readValidationCases(paths: readonly string[]): (ValidationCase & { file: string })[] {
  const files = paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // a missing path is reported by readText with its name
    }
    if (!isDir) return [p];
    const inside = readdirSync(p)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join(p, f));
    if (inside.length === 0)
      throw new InputError([
        {
          code: "no_cases",
          path: [],
          message: "is a folder with no case files (.yaml or .yml)",
          location: { file: p },
        },
      ]);
    return inside;
  });
  // The project's own cases are named from the package root (validation/bloom.yaml), the same on every checkout.
  const shown = (f: string) =>
    f.startsWith(VALIDATION_DIR) ? join("validation", f.slice(VALIDATION_DIR.length)) : f;
  return files.flatMap((f) => readCases(readText(f), shown(f)));
}
