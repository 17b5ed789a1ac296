import type { Catalog } from "../catalog/index.js";
import type { TrainingRun, TrainingRunSplit } from "../catalog/schemas.js";
import { significant } from "../units/index.js";
import { crossValidateMfu, type MfuCrossValidation } from "./mfu-crossval.js";
import { DEFAULT_MFU_FEATURES, fitMfuModel, type MfuModel, type MfuObservation } from "./mfu-model.js";

const models = new WeakMap<Catalog, MfuModel>();

/** Dense BF16 peak over HBM bandwidth of a catalog accelerator, FLOP per byte (NaN when unknown). */
export function flopsPerByte(catalog: Catalog, acceleratorId: string): number {
  const a = catalog.accelerators.get(acceleratorId);
  return a ? (a.bf16DenseTFLOPS.value * 1e12) / (a.hbmBandwidthTBps.value * 1e12) : Number.NaN;
}

/** A run's published figures (steady-state and all-in) as observations. */
function figuresOf(catalog: Catalog, r: TrainingRun): MfuObservation[] {
  const base = {
    id: r.id,
    accelerators: r.accelerators?.value,
    activeParameters: r.activeParameters.value,
    parameters: r.parameters.value,
    flopsPerByte: flopsPerByte(catalog, r.accelerator),
  };
  return [
    ...(r.mfu ? [{ ...base, figure: "steady-state" as const, mfu: r.mfu.value }] : []),
    ...(r.allInMfu ? [{ ...base, figure: "all-in" as const, mfu: r.allInMfu.value }] : []),
  ];
}

/** Single-site runs of `split` that the efficiency model may read (low-confidence figures stay out). */
export function mfuObservations(catalog: Catalog, split: TrainingRunSplit = "fit"): MfuObservation[] {
  return catalog.trainingRuns
    .filter((r) => !r.crossSite && r.confidence !== "low" && (r.split ?? "fit") === split)
    .flatMap((r) => figuresOf(catalog, r));
}

const lossOf = (catalog: Catalog) => catalog.parameters.mfuLossPerDoublingOfAccelerators.value;

/** The efficiency model fitted on the catalog's fit runs, once per catalog. */
export function mfuModelOf(catalog: Catalog): MfuModel {
  let model = models.get(catalog);
  if (!model) {
    model = fitMfuModel(mfuObservations(catalog), { lossPerDoubling: lossOf(catalog) });
    models.set(catalog, model);
  }
  return model;
}

/** Leave-one-run-out and held-out scores of the efficiency model against a constant (for `validate`). */
export function mfuCrossValidation(catalog: Catalog): MfuCrossValidation {
  return crossValidateMfu(
    mfuObservations(catalog),
    mfuObservations(catalog, "held-out"),
    { lossPerDoubling: lossOf(catalog), features: DEFAULT_MFU_FEATURES },
    mfuObservations(catalog, "held-out-2026-12"),
  );
}

const summaries = new WeakMap<MfuModel, { summary: string; formula: string }>();

/** The model in words for the assumptions list, written once per fitted model (estimates run by the thousand). */
function described(model: MfuModel): { summary: string; formula: string } {
  let d = summaries.get(model);
  if (!d) {
    const terms = model.features.map((f) => `${significant(model.coefficients[f] ?? 0, 3)}·${f}`);
    const pct = (x: number) => `${significant(x * 100, 2)}%`;
    d = {
      summary: `fit on ${model.observations} published figures; 80% of runs left out fall within ×${significant(model.spread[0], 2)}–×${significant(model.spread[1], 2)} of it`,
      formula: `steady MFU = exp(${significant(model.coefficients.intercept ?? 0, 3)} + ${terms.join(" + ")}), hardware = log2(peak FLOP per HBM byte / 150); all-in MFU = ${pct(model.allInShare)} of steady; beyond ${model.largestAccelerators} accelerators the scale loss per doubling applies`,
    };
    summaries.set(model, d);
  }
  return d;
}
/** "fit on N published figures; ...". */
export const mfuModelSummary = (model: MfuModel) => described(model).summary;
/** The fitted formula with its coefficients. */
export const mfuModelFormula = (model: MfuModel) => described(model).formula;

/**
 * Geometric mean of the published runs' active parameters: the model's reading when no size is given. Runs of the
 * 2026-12 held-out set are left out, so collecting them moves nothing the model answers.
 */
export function geometricMeanActive(catalog: Catalog): number {
  const runs = catalog.trainingRuns.filter((r) => r.split !== "held-out-2026-12");
  return (
    10 ** (runs.reduce((s, r) => s + Math.log10(r.activeParameters.value), 0) / Math.max(1, runs.length))
  );
}
