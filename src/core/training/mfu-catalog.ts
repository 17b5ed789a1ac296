import type { Catalog } from "../catalog/index.js";
import { significant } from "../units/index.js";
import { fitMfuModel, type MfuModel, type MfuObservation } from "./mfu-model.js";

const models = new WeakMap<Catalog, MfuModel>();

/** Year an accelerator first shipped, from its catalog date ("2022-09" -> 2022). */
export function hardwareYear(catalog: Catalog, acceleratorId: string): number {
  const a = catalog.accelerators.get(acceleratorId);
  return a ? Number(a.firstAvailable.value.slice(0, 4)) : Number.NaN;
}

/** The catalog's published single-site runs as observations for the MFU model. */
export function mfuObservations(catalog: Catalog): MfuObservation[] {
  return catalog.trainingRuns
    .filter((r) => !r.crossSite)
    .map((r) => ({
      id: r.id,
      accelerators: r.accelerators.value,
      activeParameters: r.activeParameters.value,
      parameters: r.parameters.value,
      hardwareYear: hardwareYear(catalog, r.accelerator),
      mfu: r.mfu.value,
    }));
}

/** The MFU model fitted on the catalog's published runs, fitted once per catalog. */
export function mfuModelOf(catalog: Catalog): MfuModel {
  let model = models.get(catalog);
  if (!model) {
    model = fitMfuModel(mfuObservations(catalog), {
      lossPerDoubling: catalog.parameters.mfuLossPerDoublingOfAccelerators.value,
    });
    models.set(catalog, model);
  }
  return model;
}

const summaries = new WeakMap<MfuModel, { summary: string; formula: string }>();

/** The MFU model in words for the assumptions list, written once per fitted model (estimates run by the thousand). */
function described(model: MfuModel): { summary: string; formula: string } {
  let d = summaries.get(model);
  if (!d) {
    const terms = Object.entries(model.coefficients).map(([n, c]) => `${significant(c, 3)}·${n}`);
    const range = `${significant(model.range[0] * 100, 2)}–${significant(model.range[1] * 100, 2)}%`;
    d = {
      summary: `fit on ${model.observations} published runs, rms error ${significant(model.rmse * 100, 2)} points`,
      formula: `MFU = ${terms.join(" + ")} (perDoublingOfAccelerators multiplies log2 accelerators), clamped to the published range ${range}`,
    };
    summaries.set(model, d);
  }
  return d;
}
/** "fit on N published runs, rms error E points". */
export const mfuModelSummary = (model: MfuModel) => described(model).summary;
/** The fitted formula with its coefficients. */
export const mfuModelFormula = (model: MfuModel) => described(model).formula;

/** Geometric mean of the published runs' active parameters: the MFU model's reading when no size is given. */
export function geometricMeanActive(catalog: Catalog): number {
  const runs = catalog.trainingRuns;
  return (
    10 ** (runs.reduce((s, r) => s + Math.log10(r.activeParameters.value), 0) / Math.max(1, runs.length))
  );
}
