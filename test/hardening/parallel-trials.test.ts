import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type RunSimulationSpec, simulateRun } from "../../src/core/index.js";

// The built worker pool (its worker file is compiled JavaScript, so the test loads dist/).
const PARALLEL = new URL("../../dist/node/parallel-simulation.js", import.meta.url).href;
const MAIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

// A week of compute with a failure every 6 h on average and a planned stop a day: a few dozen events per trial.
const spec: RunSimulationSpec = {
  computeS: 7 * 86400,
  intervalS: 3600,
  writeS: 60,
  restartS: 600,
  classes: [
    { id: "gpu", perS: 1 / (6 * 3600), planned: false },
    { id: "maintenance", perS: 1 / 86400, planned: true },
  ],
  outages: [],
  maxWallS: 70 * 86400,
};

describe("trials on worker threads", () => {
  it("give the same result as one thread for the same seed, with progress up to every trial", async () => {
    const { simulateRunOnWorkers } = (await import(
      PARALLEL
    )) as typeof import("../../src/node/parallel-simulation.js");
    const seen: number[] = [];
    const parallel = simulateRunOnWorkers(spec, {
      trials: 3000,
      seed: 11,
      workers: 2,
      onProgress: (done) => seen.push(done),
    });
    const single = simulateRun(spec, { trials: 3000, seed: 11 });
    const { perTrial: a, ...restParallel } = parallel;
    const { perTrial: b, ...restSingle } = single;
    expect(restParallel).toEqual(restSingle);
    expect(Array.from(a.wallS)).toEqual(Array.from(b.wallS));
    expect(seen.at(-1)).toBe(3000);
  });

  it("refuse a million trials that would take hours without --yes, saying the estimate", () => {
    const r = spawnSync(process.execPath, [MAIN, "run", "examples/multi-datacenter.yaml", "--trials", "1M"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 300_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--trials: 1\.00M trials would take about .* on \d+ threads; add --yes/);
  }, 300_000);
});
