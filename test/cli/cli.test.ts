import { spawnSync } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resultSchema } from "../../src/core/index.js";

// The CLI as a user runs it: the built dist/cli/main.js (npm test builds first).
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function gigawatt(...args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "gigawatt-")), name);
  writeFileSync(file, text);
  return file;
}

describe("gigawatt size", () => {
  it("sizes 5 GW of GB200 with the PRODUCT.md keys and its assumptions", () => {
    const r = gigawatt("size", "--power", "5GW", "--accelerator", "gb200", "--json");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    const site = Object.values(result.sites)[0] as Record<string, number>;
    for (const key of [
      "accelerators",
      "facilityPowerMW",
      "itPowerMW",
      "peakPFLOPS",
      "capexUSD",
      "opexUSDPerYear",
      "energyMWh",
      "co2eTonnes",
      "waterLitres",
    ]) {
      expect(Number.isFinite(site[key]), key).toBe(true);
    }
    expect(site.facilityPowerMW).toBe(5000);
    // 5 GW of GB200 NVL72 at 1.5-2.5 kW all-in per GPU and PUE 1.05-1.5 is 1.3M-3.2M accelerators.
    expect(site.accelerators).toBeGreaterThan(1.3e6);
    expect(site.accelerators).toBeLessThan(3.2e6);
    expect(result.assumptions.length).toBeGreaterThan(5);
  });

  it("sizes a catalog project: Hyperion", () => {
    const r = gigawatt("size", "--site", "hyperion", "--json");
    expect(r.status).toBe(0);
    const site = JSON.parse(r.stdout).sites.hyperion;
    expect(site.project).toBe("hyperion");
    expect(site.facilityPowerMW).toBeGreaterThanOrEqual(2000);
  });

  it("prints a readable table with scaled units", () => {
    const r = gigawatt("size", "--power", "1.2 GW", "--accelerator", "GB200");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1\.20 GW/);
    expect(r.stdout).toMatch(/accelerators/);
  });

  it.each([
    [["--power", "5km"], /--power.*5km/],
    [["--power", "0GW"], /--power/],
    [["--power", "-5GW"], /--power/],
    [["--power", "NaN"], /--power.*NaN/],
    [["--accelerators", "1e30"], /--accelerators.*1e30/],
    [["--power", "1GW", "--accelerator", "h1000"], /unknown accelerator 'h1000'.*h100/],
    [["--power", "1GW", "--grid", "mars"], /unknown grid 'mars'/],
    [["--site", "hyperoin"], /unknown project 'hyperoin'.*hyperion/],
  ])("rejects %j with one message, exit 1 and nothing on stdout", (args, pattern) => {
    const r = gigawatt("size", ...args, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe("gigawatt run", () => {
  it("runs every example", { timeout: 180_000 }, () => {
    for (const example of [
      "hyperion",
      "stargate-abilene",
      "colossus",
      "llama3-405b",
      "multi-datacenter",
      "pulse",
    ]) {
      const r = gigawatt("run", `examples/${example}.yaml`, "--json");
      expect(r.status, `${example}: ${r.stderr}`).toBe(0);
      expect(Object.keys(JSON.parse(r.stdout).sites).length).toBeGreaterThan(0);
    }
  });

  it("simulates training runs with --trials, the same seed giving the same result", () => {
    const once = gigawatt("run", "examples/llama3-405b.yaml", "--trials", "200", "--seed", "5", "--json");
    const again = gigawatt("run", "examples/llama3-405b.yaml", "--trials", "200", "--seed", "5", "--json");
    expect(once.status).toBe(0);
    const sim = JSON.parse(once.stdout).workloads["pretrain-405b"].simulation;
    expect(sim.trials).toBe(200);
    expect(sim.days.p5).toBeLessThanOrEqual(sim.days.p95);
    expect(again.stdout).toBe(once.stdout);
  });

  it("reports plans that cannot be carried out beside the one that can, and exits 1", () => {
    const file = "test/fixtures/scenarios/infeasible-plans.yaml";
    const r = gigawatt("run", file, "--json");
    expect(r.status).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(resultSchema.safeParse(result).success).toBe(true);
    expect(result.workloads.fits.kind).toBe("training");
    expect(result.workloads.fits.days).toBeGreaterThan(0);
    expect(result.workloads["too-many-gpus"].reasons[0].code).toBe("too_many_accelerators");
    expect(result.workloads["too-big-to-serve"]).toMatchObject({
      kind: "infeasible",
      workloadKind: "serving",
      reasons: [{ code: "model_does_not_fit", path: ["workloads", 2, "acceleratorsPerReplica"] }],
    });
    // One line per reason on stderr, so a script sees why it failed; stdout stays the JSON alone.
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^infeasible: workload 'too-many-gpus': workloads\[1\]\.accelerators: .*4096.*1024/,
      ),
      expect.stringMatching(/^infeasible: workload 'too-big-to-serve': .*at least 64 accelerators/),
    ]);
    const text = gigawatt("run", file);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/training too-many-gpus: cannot be carried out on its sites/);
    expect(text.stderr).toBe("");
  });

  it("simulates a day of serving with --day", () => {
    const r = gigawatt("run", "examples/pulse.yaml", "--day", "--json");
    expect(r.status).toBe(0);
    const day = JSON.parse(r.stdout).workloads["chat-and-pulse-for-all"].daySimulation;
    expect(day.briefingsOnTime).toBeGreaterThan(0);
    expect(day.hourlyUtilisation).toHaveLength(24);
  });

  it.each([["0"], ["-3"], ["1.5"], ["lots"]])("rejects --trials %s", (n) => {
    const r = gigawatt("run", "examples/llama3-405b.yaml", "--trials", n, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--trials/);
  });

  it("reports a misspelt key with file and line", () => {
    const file = tempFile("bad.yaml", "sites:\n  - id: a\n    powr: 5 GW\n");
    const r = gigawatt("run", file, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/bad\.yaml:2.*powr/);
  });

  it.each([
    ["empty", "", /empty/],
    ["malformed", "sites: [\n", /malformed YAML/],
  ])("rejects an %s file", (_, text, pattern) => {
    const r = gigawatt("run", tempFile("s.yaml", text), "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(pattern);
  });

  it("rejects a missing file", () => {
    const r = gigawatt("run", "no/such/file.yaml");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no\/such\/file\.yaml/);
  });
});

describe("gigawatt explain", () => {
  it("explains a seed article, with --json per PRODUCT.md", () => {
    const r = gigawatt("explain", "test/fixtures/seeds/002_f4e52bb3d930e5e2.txt", "--json");
    expect(r.status).toBe(0);
    const claims = JSON.parse(r.stdout).claims;
    expect(claims.length).toBeGreaterThanOrEqual(9);
    for (const c of claims)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(["kind", "value", "unit", "phrase", "explanation", "checks"]),
      );
  });

  it("reads text given on the command line and from standard input", () => {
    expect(gigawatt("explain", "Oracle sold $18 billion of bonds.").stdout).toMatch(/\$18\.0B/);
    const r = spawnSync(process.execPath, [MAIN, "explain", "-", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      input: "A 2 GW site.",
    });
    expect(JSON.parse(r.stdout).claims[0].kind).toBe("power");
  });

  it("rejects binary input", () => {
    const file = tempFile("blob.txt", "abc\u0000def");
    const r = gigawatt("explain", file, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
  });

  it("refuses a 50 MB file before reading it, saying the limit", () => {
    const file = tempFile("huge.txt", "");
    truncateSync(file, 50e6);
    const r = gigawatt("explain", file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/50\.0 MB; articles are at most 10 MB/);
  });

  it("says why a text in another language has no claims", () => {
    const german =
      "Die Bundesregierung hat heute angekündigt, dass das neue Rechenzentrum in Frankfurt mit einer Leistung von 300 MW im nächsten Jahr gebaut wird und rund zwei Milliarden Euro kostet.";
    const r = gigawatt("explain", german);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/neither English nor French/);
  });

  it("resolves relative dates against --date, and rejects a malformed one", () => {
    const r = gigawatt("explain", "Meta spent $72 billion last year.", "--date", "2026-03-04", "--json");
    expect(JSON.parse(r.stdout).claims[0].when).toBe("2025");
    const bad = gigawatt("explain", "Meta spent $72 billion last year.", "--date", "March 2026");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/invalid date 'March 2026'.*YYYY-MM-DD/);
  });
});

describe("gigawatt catalog", () => {
  it("lists the kinds, a kind, and shows one entry with its sources", { timeout: 120_000 }, () => {
    expect(gigawatt("catalog").stdout).toMatch(/accelerators/);
    expect(gigawatt("catalog", "accelerators").stdout).toMatch(/h100-sxm/);
    const entry = JSON.parse(gigawatt("catalog", "accelerators", "H100", "--json").stdout);
    expect(entry.id).toBe("h100-sxm");
    expect(Object.keys(entry.sources).length).toBeGreaterThan(0);
    expect(gigawatt("catalog", "projects", "hyperion").stdout).toMatch(/https:\/\//);
  });

  it("rejects an unknown kind or id", () => {
    expect(gigawatt("catalog", "planets").status).toBe(1);
    const r = gigawatt("catalog", "accelerators", "h1000");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/h1000/);
  });
});

describe("gigawatt validate", () => {
  it("passes every public case and reports the median error", () => {
    const r = gigawatt("validate", "--json");
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.cases).toBeGreaterThanOrEqual(12);
    expect(report.summary.failed).toBe(0);
    expect(report.summary.medianAbsError).toBeGreaterThanOrEqual(0);
    // PRODUCT.md: every metric has these five; a metric may also say its figure kind and capability, and one whose
    // path has a range adds range and inRange.
    const optional = new Set(["capability", "figure", "range", "inRange", "knownMiss"]);
    for (const c of report.cases) {
      for (const m of c.metrics) {
        const keys = Object.keys(m);
        expect(keys.filter((k) => !optional.has(k)).sort()).toEqual([
          "error",
          "pass",
          "path",
          "predicted",
          "published",
        ]);
      }
    }
  });

  it("runs cases written elsewhere, and fails with exit 1 when one misses", () => {
    const file = tempFile(
      "mine.yaml",
      "id: too-much\nsource: test\ninputs:\n  sites: [{ id: a, power: 1 GW, accelerator: h100 }]\npublished:\n  sites.a.facilityPowerMW: { value: 2000, tolerance: 0.1 }\n",
    );
    const r = gigawatt("validate", file, "--json");
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.failed).toBe(1);
  });

  it("reports a case marked as a known miss with its reason, and exits 0", () => {
    const file = tempFile(
      "known.yaml",
      'id: known\nsource: test\nknownMiss: "Read as IT power by its source, as nameplate by the model."\ninputs:\n  sites: [{ id: a, power: 1 GW, accelerator: h100 }]\npublished:\n  sites.a.facilityPowerMW: { value: 2000, tolerance: 0.1 }\n',
    );
    const r = gigawatt("validate", file);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/known miss/);
    expect(r.stdout).toMatch(/0 failed, 1 known misses/);
    expect(r.stdout).toMatch(/known miss known: Read as IT power/);
  });

  it("rejects a case whose path is not in the result", () => {
    const file = tempFile(
      "bad-path.yaml",
      "id: bad-path\nsource: test\ninputs:\n  sites: [{ id: a, power: 1 GW }]\npublished:\n  sites.a.nothingHere: { value: 1, tolerance: 0.1 }\n",
    );
    const r = gigawatt("validate", file, "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/sites\.a\.nothingHere/);
  });
});

describe("usage", () => {
  it("--help works everywhere with exit 0", () => {
    for (const cmd of [[], ["size"], ["run"], ["catalog"], ["validate"]]) {
      const r = gigawatt(...cmd, "--help");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Usage/);
    }
  });

  it("an unknown option or command is a usage error: exit 2", () => {
    expect(gigawatt("size", "--bogus").status).toBe(2);
    expect(gigawatt("frobnicate").status).toBe(2);
  });
});
