// The data files as plain data, saved at build time next to the compiled code, so that every command does not parse
// 500 kB of YAML again (about a second of a short `gigawatt explain`). A file's entry is used only for the very text
// it was made from (its SHA-256); any other text, a missing or unreadable cache, is parsed as before.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DataFile, readYaml } from "../core/index.js";

export const DATA_CACHE = fileURLToPath(new URL("./data-cache.json", import.meta.url));

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

type Entry = { readonly sha256: string; readonly data: unknown };

/** Whether a value comes back the same from JSON: text, finite numbers (not -0), booleans, null, lists, mappings. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([k, v]) => k !== "__proto__" && jsonSafe(v));
}

/** The files with the data of those whose text the cache holds. */
export function withCachedData(files: readonly DataFile[], cache = DATA_CACHE): DataFile[] {
  let entries: Record<string, Entry>;
  try {
    entries = JSON.parse(readFileSync(cache, "utf8")) as Record<string, Entry>;
  } catch {
    return [...files];
  }
  return files.map((f) => {
    const entry = Object.hasOwn(entries, f.name) ? entries[f.name] : undefined;
    return entry && entry.sha256 === digest(f.text) ? { ...f, data: entry.data } : f;
  });
}

/** Writes the cache of the files that read without error and come back the same from JSON. */
export function writeDataCache(files: readonly DataFile[], cache = DATA_CACHE): number {
  const entries: Record<string, Entry> = {};
  for (const f of files) {
    let data: unknown;
    try {
      data = readYaml(f.text, f.name).data;
    } catch {
      continue;
    }
    if (jsonSafe(data)) entries[f.name] = { sha256: digest(f.text), data };
  }
  // Written aside and renamed, so that a command reading it meanwhile sees the old cache or the new, never half.
  writeFileSync(`${cache}.${process.pid}.tmp`, JSON.stringify(entries));
  renameSync(`${cache}.${process.pid}.tmp`, cache);
  return Object.keys(entries).length;
}
