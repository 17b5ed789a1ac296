import type { Catalog } from "../catalog/index.js";
import { fitMfuModel, type MfuModel, type MfuObservation } from "../training/index.js";

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
