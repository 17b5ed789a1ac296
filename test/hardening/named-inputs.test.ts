import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { NAMED_INPUTS } from "./named-inputs.js";

// The CLI as a user runs it: the built dist/cli/main.js (npm test builds first).
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("output read by a reader that stops early", () => {
  it("ends quietly with status 0 when the pipe closes (gigawatt run --json | head)", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${MAIN}" run examples/multi-datacenter.yaml --trials 200 --json | head -c 10 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr).toBe("status 0\n");
  });
});

describe("named bad inputs", () => {
  it("are at least 60", () => {
    expect(NAMED_INPUTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(NAMED_INPUTS.map((n) => [n.name, n] as const))(
    "%s: the right exit status and one clear message, never a stack trace",
    (_, n) => {
      const dir = mkdtempSync(join(tmpdir(), "gigawatt-named-"));
      for (const [name, text] of Object.entries(n.files ?? {})) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const args = n.args.map((a) => a.replaceAll("{dir}", dir));
      const r = spawnSync(process.execPath, [MAIN, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
        maxBuffer: 64e6,
        ...(n.stdin === undefined ? {} : { input: n.stdin }),
      });
      expect(r.signal, "not killed by the time limit").toBeNull();
      expect(r.stderr).not.toMatch(/\n\s+at |Maximum call stack|ReferenceError|TypeError|RangeError/);
      expect(r.stdout + r.stderr).not.toMatch(/\bNaN%|Invalid input\b/);
      expect({ status: r.status, says: n.status === 0 ? r.stdout : r.stderr }).toMatchObject({
        status: n.status,
        says: expect.stringMatching(n.says),
      });
      if (n.status !== 0) expect(r.stdout).toBe("");
    },
    90_000,
  );
});
