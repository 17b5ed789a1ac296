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
 * Fitted together on published benchmarks (decision 0014): their spread is the fit's residual band
 * (`servingThroughputResidual`, decision 0015), so their own ranges (the spread of their sources, listed in
 * data/serving.yaml) are not propagated as well: that would count the same uncertainty twice.
 */
const FITTED: ReadonlySet<Given> = new Set(["prefillMfu", "decodeMbu", "expertEfficiency"]);

/**
 * The replica's efficiencies: a deployment's own where the workload gives them (a benchmark runs saturated, fleet
 * load 1), else data/serving.yaml's, each its own sourced quantity with its range. The delivered throughput carries
 * the model's residual band as a factor on the fleet load (both scale every token rate alike).
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
    const cited = FITTED.has(name) ? { ...figure, range: undefined } : figure;
    return log.cited(`servingFigures.${DEFAULTS[name]}`, cited, figure.unit);
  };
  const residual = log.factor(
    `${at}.throughputResidual`,
    f.servingThroughputResidual.range ?? [1, 1],
    "published over predicted serving throughput of benchmarks left out of the efficiencies' fit",
  );
  return {
    prefillMfu: one("prefillMfu"),
    decodeMfu: one("decodeMfu"),
    decodeMbu: one("decodeMbu"),
    fleetLoad: one("fleetLoad") * residual,
    expertEfficiency: one("expertEfficiency"),
  };
}
