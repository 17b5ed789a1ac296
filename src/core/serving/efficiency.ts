import type { ServingFigures } from "../catalog/index.js";
import type { AssumptionLog } from "../kernel/assumptions.js";
import type { ServingInput } from "./schema.js";
import type { ServingEfficiency } from "./throughput.js";

type Given = keyof NonNullable<ServingInput["efficiency"]>;

/** Each efficiency and the data/serving.yaml figure it defaults to. */
const DEFAULTS: Readonly<Record<Given, keyof ServingFigures>> = {
  prefillMfu: "prefillComputeEfficiency",
  decodeMfu: "decodeComputeEfficiency",
  decodeMbu: "decodeMemoryBandwidthUtilisation",
  fleetLoad: "servingFleetLoad",
  expertEfficiency: "mixtureOfExpertsEfficiency",
};

/**
 * The replica's efficiencies: a deployment's own where the workload gives them (a benchmark runs saturated, fleet
 * load 1), else data/serving.yaml's, each its own sourced quantity with its range.
 */
export function servingEfficiency(
  w: ServingInput,
  f: ServingFigures,
  log: AssumptionLog,
  at: string,
): ServingEfficiency {
  const one = (name: Given): number => {
    const v = w.efficiency?.[name];
    if (v !== undefined) {
      log.input(`${at}.efficiency.${name}`, v, "fraction");
      return v;
    }
    const figure = f[DEFAULTS[name]];
    return log.cited(`servingFigures.${DEFAULTS[name]}`, figure, figure.unit);
  };
  return {
    prefillMfu: one("prefillMfu"),
    decodeMfu: one("decodeMfu"),
    decodeMbu: one("decodeMbu"),
    fleetLoad: one("fleetLoad"),
    expertEfficiency: one("expertEfficiency"),
  };
}
