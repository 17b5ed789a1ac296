/** One site's share of a training run: its accelerators and what they deliver and draw. */
export interface TrainingPool {
  readonly siteId: string;
  readonly accelerators: number;
  /** Dense BF16 peak per accelerator, FLOP/s. */
  readonly peakFlopsPerAccelerator: number;
  readonly mfu: number;
  /** Average power per accelerator while training, at the chosen boundary (IT all-in or chip TDP), W. */
  readonly powerPerAcceleratorW: number;
  readonly pue: number;
}

export interface TrainingRunSpec {
  readonly trainingFLOP: number;
  readonly pools: readonly TrainingPool[];
  readonly goodput: number;
  /** Goodput from failures alone: energy is drawn while training and recovering, not while allocated idle. */
  readonly energyGoodput?: number | undefined;
  /** Known wall-clock duration (s) or accelerator-hours: the run's length is then given, and MFU is implied. */
  readonly givenDurationS?: number | undefined;
  readonly givenAcceleratorHours?: number | undefined;
}

export interface TrainingEstimate {
  readonly trainingFLOP: number;
  readonly accelerators: number;
  /** Steady-throughput time: the FLOPs at the run's MFU with goodput 1 (what iterations × step time measure). */
  readonly idealDays: number;
  /** Wall-clock time: steady time over goodput (failures, restarts, evaluation, ramp-up). */
  readonly days: number;
  readonly acceleratorHours: number;
  /** Achieved model FLOPs over peak during productive time (given, estimated, or implied by a given duration). */
  readonly mfu: number;
  readonly goodput: number;
  /** Facility energy per site, MWh. */
  readonly energyMWhBySite: Readonly<Record<string, number>>;
  readonly energyMWh: number;
  readonly itEnergyMWh: number;
}

/** Time, accelerator-hours and energy of a run: compute / (accelerators × peak × MFU), stretched by goodput. */
export function estimateTraining(spec: TrainingRunSpec): TrainingEstimate {
  const accelerators = spec.pools.reduce((s, p) => s + p.accelerators, 0);
  const peak = spec.pools.reduce((s, p) => s + p.accelerators * p.peakFlopsPerAccelerator, 0);
  const modelRate = spec.pools.reduce((s, p) => s + p.accelerators * p.peakFlopsPerAccelerator * p.mfu, 0);
  let seconds: number;
  let mfu: number;
  if (spec.givenAcceleratorHours !== undefined || spec.givenDurationS !== undefined) {
    seconds = spec.givenDurationS ?? ((spec.givenAcceleratorHours ?? 0) / accelerators) * 3600;
    mfu = spec.trainingFLOP / (peak * spec.goodput * seconds);
  } else {
    seconds = spec.trainingFLOP / modelRate / spec.goodput;
    mfu = modelRate / peak;
  }
  const hours = seconds / 3600;
  const given = spec.givenAcceleratorHours !== undefined || spec.givenDurationS !== undefined;
  const energyHours =
    given || spec.energyGoodput === undefined ? hours : (hours * spec.goodput) / spec.energyGoodput;
  const energyMWhBySite: Record<string, number> = {};
  let itEnergyMWh = 0;
  for (const p of spec.pools) {
    const it = (p.accelerators * energyHours * p.powerPerAcceleratorW) / 1e6;
    itEnergyMWh += it;
    energyMWhBySite[p.siteId] = (energyMWhBySite[p.siteId] ?? 0) + it * p.pue;
  }
  return {
    trainingFLOP: spec.trainingFLOP,
    accelerators,
    idealDays: (hours * spec.goodput) / 24,
    days: hours / 24,
    acceleratorHours: accelerators * hours,
    mfu,
    goodput: spec.goodput,
    energyMWhBySite,
    energyMWh: Object.values(energyMWhBySite).reduce((s, e) => s + e, 0),
    itEnergyMWh,
  };
}
