import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GOLDEN } from "./commands.js";
import { compareJson } from "./compare-json.js";

// The safety net under any large move (docs/architecture.md): the CLI's output on every example is pinned, as JSON
// number by number and as text. `GOLDEN_UPDATE=1 npx vitest run test/golden` rewrites the expected files; a commit
// that does so lists why each changed.
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const UPDATE = process.env.GOLDEN_UPDATE === "1";

function gigawatt(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, TZ: "UTC", NO_COLOR: "1", COLUMNS: "120" };
    execFile(
      process.execPath,
      [MAIN, ...args],
      { cwd: ROOT, env, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

describe.concurrent("golden outputs of the examples, size, explain and validate", () => {
  it.each(GOLDEN.map((g) => [`${g.name}.${g.format === "json" ? "json" : "txt"}`, g] as const))(
    "%s is unchanged",
    async (file, g) => {
      const run = await gigawatt(g.args);
      // Paths of this checkout are written as <root>, so the files hold on any machine.
      const r = { ...run, stdout: run.stdout.split(ROOT).join("<root>/") };
      expect(r.stderr).toBe("");
      expect([0, 1]).toContain(r.status);
      const path = new URL(`expected/${file}`, import.meta.url);
      if (UPDATE)
        writeFileSync(
          path,
          g.format === "json" ? `${JSON.stringify(JSON.parse(r.stdout), null, 1)}\n` : r.stdout,
        );
      const expected = readFileSync(path, "utf8");
      if (g.format === "json") expect(compareJson(JSON.parse(r.stdout), JSON.parse(expected))).toEqual([]);
      else expect(r.stdout).toBe(expected);
    },
    // Each case starts the CLI (about a second alone); on a loaded machine many run at once.
    180_000,
  );
});
