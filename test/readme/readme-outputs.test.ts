import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { firstMismatch, readmeCommands, sameLine } from "./readme-commands.js";

// Every command README.md shows is run, and what the README shows under it must be what the tool prints: a change
// of model cannot leave the README behind.
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const COMMANDS = readmeCommands(README);

describe("README.md's outputs", () => {
  it("shows at least the tour's eight commands", () => {
    expect(COMMANDS.length).toBeGreaterThanOrEqual(8);
  });

  it("compares numbers to their shown rounding and words exactly", () => {
    expect(sameLine("duration   9.96 days  MFU 30.5%", "duration 9.961 days MFU 30.54%")).toBe(true);
    expect(sameLine("duration   9.96 days", "duration 232 days")).toBe(false);
    expect(sameLine("17 cases", "32 cases")).toBe(false);
    expect(firstMismatch(["a", "...", "c"], ["a", "b", "c"])).toBeUndefined();
    expect(firstMismatch(["a", "c"], ["a", "b", "c"])).toMatch(/shown: c/);
  });

  it.each(COMMANDS.map((c) => [c.args.join(" "), c] as const))(
    "gigawatt %s prints what the README shows",
    (_, c) => {
      const r = spawnSync(process.execPath, [MAIN, ...c.args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC", NO_COLOR: "1", COLUMNS: "120" },
        maxBuffer: 64e6,
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const output = r.stdout.replace(/\n+$/, "").split("\n");
      expect(firstMismatch(c.shown, output)).toBeUndefined();
    },
    300_000,
  );
});
