import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files.js";

// The rules of docs/architecture.md, checked on the source so a change that breaks one fails here.
const files = sourceFiles();

/**
 * The core's folders from the bottom up: a folder may import (values) only from its own or a lower one. Types may
 * be imported from anywhere in the core (they vanish at run time) but never from an adapter.
 */
const CORE_LAYERS = [
  ["units", "kernel", "yaml"],
  ["catalog"],
  ["footprint", "simulation"],
  ["sizing"],
  ["distributed", "reliability"],
  ["workload"],
  ["training", "serving"],
  ["scenario"],
  ["headlines", "validation"],
  ["index.ts"],
] as const;

const layerOf = (path: string): number => {
  const part = path.split("/")[1] ?? "";
  return CORE_LAYERS.findIndex((names) => (names as readonly string[]).includes(part));
};

describe("the architecture's import rules", () => {
  it("places every folder of the core in a layer", () => {
    const unplaced = files
      .filter((f) => f.path.startsWith("core/") && layerOf(f.path) < 0)
      .map((f) => f.path);
    expect(unplaced).toEqual([]);
  });

  it("imports values in the core only from the same or a lower layer", () => {
    const upward = files
      .filter((f) => f.path.startsWith("core/"))
      .flatMap((f) =>
        f.valueImports
          .filter((t) => t.startsWith("core/") && layerOf(t) > layerOf(f.path))
          .map((t) => `${f.path} -> ${t}`),
      );
    expect(upward).toEqual([]);
  });

  it("keeps the core pure: no node: modules, no process, no console", () => {
    const impure = files
      .filter((f) => f.path.startsWith("core/"))
      .filter((f) => f.packages.some((p) => p.startsWith("node:")) || f.usesProcessOrConsole)
      .map((f) => f.path);
    expect(impure).toEqual([]);
  });

  it("lets adapters reach the core only through core/index.ts", () => {
    const deep = files
      .filter((f) => !f.path.startsWith("core/") && !f.path.startsWith("bench/"))
      .flatMap((f) =>
        f.imports
          .filter((t) => t.startsWith("core/") && t !== "core/index.ts")
          .map((t) => `${f.path} -> ${t}`),
      );
    expect(deep).toEqual([]);
  });

  it("has no import circle anywhere", () => {
    const graph = new Map(files.map((f) => [f.path, f.imports]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(" -> "));
        return;
      }
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, "done");
    };
    for (const f of files) visit(f.path, []);
    expect(cycles).toEqual([]);
  });

  it("keeps scenario/ a thin orchestrator: under 500 lines", () => {
    const lines = files.filter((f) => f.path.startsWith("core/scenario/")).reduce((s, f) => s + f.lines, 0);
    expect(lines).toBeLessThan(500);
  });
});

/** Loops that run millions of times, kept whole so the engine optimises them as one function (each says why). */
const HOT_LOOPS = new Set([
  "core/simulation/simulate-run.ts:simulateTrials",
  "core/serving/simulate-day.ts:simulateDay",
]);

describe("the size of files and functions", () => {
  it("keeps every source file to 300 lines", () => {
    expect(files.filter((f) => f.lines > 300).map((f) => `${f.path} (${f.lines})`)).toEqual([]);
  });

  it("keeps every function to 80 lines, hot simulation loops excepted", () => {
    const long = files.flatMap((f) =>
      f.functions
        .filter((fn) => fn.lines > 80 && !HOT_LOOPS.has(`${f.path}:${fn.name}`))
        .map((fn) => `${f.path}:${fn.line} ${fn.name} (${fn.lines})`),
    );
    expect(long).toEqual([]);
  });
});
