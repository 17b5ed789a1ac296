import type { Catalog, Phase } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";

/** One accelerator of a mixed fleet and its share of the fleet's count. */
export interface FleetPart {
  readonly accelerator: string;
  readonly share: number;
  /** BF16 compute of one, in H100s. */
  readonly h100Equivalent: number;
  readonly itPowerPerAcceleratorW: number;
}

/** A mixed fleet's per-accelerator figures, averaged by count: every site figure is linear in them, so it is exact. */
export interface FleetFigures {
  readonly parts: readonly FleetPart[];
  readonly itPowerPerAcceleratorW: number;
  readonly acceleratorPriceUSD: number;
  readonly bf16DenseTFLOPS: number;
  readonly fp8DenseTFLOPS: number | undefined;
  readonly acceleratorTdpW: number;
  readonly acceleratorEmbodiedKgCO2e: number;
  readonly h100Equivalent: number;
}

/** The phase's mixed fleet with each part's figures cited, or undefined when it names one accelerator. */
export function fleetFigures(
  phase: Phase | undefined,
  catalog: Catalog,
  log: AssumptionLog,
): FleetFigures | undefined {
  const fleet = phase?.fleet;
  if (!fleet) return undefined;
  const ref = catalog.accelerators.get(catalog.defaults.h100Equivalent.id);
  const total = fleet.reduce((s, f) => s + f.accelerators.value, 0);
  const parts: (FleetPart & {
    price: number;
    bf16: number;
    fp8: number | undefined;
    tdp: number;
    kg: number;
  })[] = [];
  for (const f of fleet) {
    const a = catalog.accelerators.get(f.accelerator);
    if (!a || total <= 0) return undefined;
    const bf16 = log.cited(catalogName("accelerators", a, "bf16DenseTFLOPS"), a.bf16DenseTFLOPS, "TFLOPS");
    parts.push({
      accelerator: a.id,
      share: f.accelerators.value / total,
      h100Equivalent: ref ? bf16 / ref.bf16DenseTFLOPS.value : 1,
      itPowerPerAcceleratorW: log.cited(
        catalogName("accelerators", a, "itPowerPerAcceleratorW"),
        a.itPowerPerAcceleratorW,
        "W",
      ),
      price: log.cited(catalogName("accelerators", a, "priceUSD"), a.priceUSD, "USD"),
      bf16,
      fp8: a.fp8DenseTFLOPS?.value,
      tdp: a.tdpW.value,
      kg: log.cited(catalogName("accelerators", a, "embodiedKgCO2e"), a.embodiedKgCO2e, "kgCO2e"),
    });
  }
  const mean = (f: (p: (typeof parts)[number]) => number) => parts.reduce((s, p) => s + p.share * f(p), 0);
  return {
    parts: parts.map(({ accelerator, share, h100Equivalent, itPowerPerAcceleratorW }) => ({
      accelerator,
      share,
      h100Equivalent,
      itPowerPerAcceleratorW,
    })),
    itPowerPerAcceleratorW: mean((p) => p.itPowerPerAcceleratorW),
    acceleratorPriceUSD: mean((p) => p.price),
    bf16DenseTFLOPS: mean((p) => p.bf16),
    fp8DenseTFLOPS: parts.every((p) => p.fp8 !== undefined) ? mean((p) => p.fp8 ?? 0) : undefined,
    acceleratorTdpW: mean((p) => p.tdp),
    acceleratorEmbodiedKgCO2e: mean((p) => p.kg),
    h100Equivalent: mean((p) => p.h100Equivalent),
  };
}
