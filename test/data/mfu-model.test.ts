import { describe, expect, it } from "vitest";
import { fitMfuModel, mfuObservations } from "../../src/core/index.js";
import { loadCatalog } from "../../src/node/data-files.js";

// Leave-one-out on the shipped runs: each run's MFU predicted by a model fitted on the others.
const runs = mfuObservations(loadCatalog());

function leaveOneOut(predict: (train: typeof runs, held: (typeof runs)[number]) => number): number {
  const squared = runs.map(
    (held) =>
      (predict(
        runs.filter((r) => r !== held),
        held,
      ) -
        held.mfu) **
      2,
  );
  return Math.sqrt(squared.reduce((s, v) => s + v, 0) / squared.length);
}

describe("MFU model on the published runs", () => {
  const lossPerDoubling = loadCatalog().parameters.mfuLossPerDoublingOfAccelerators.value;
  const model = leaveOneOut((train, held) => fitMfuModel(train, { lossPerDoubling }).predict(held));
  const constant = leaveOneOut((train) => train.reduce((s, r) => s + r.mfu, 0) / train.length);

  it("predicts held-out runs within 10 MFU points (root mean square)", () => {
    expect(model).toBeLessThan(0.1);
  });

  it("predicts held-out runs better than one constant MFU", () => {
    expect(model).toBeLessThan(constant);
  });

  it("gives every run a hardware year from the catalog", () => {
    for (const r of runs) expect(Number.isFinite(r.hardwareYear), r.id).toBe(true);
  });
});
