import type { CrossSiteNetwork } from "./network.js";

/** What every synchronisation strategy is given: one inner step of the run and the network between its sites. */
export interface SyncContext {
  /** Bytes of one full gradient (or pseudo-gradient) at 16-bit precision: 2 × parameters. */
  readonly gradientBytes: number;
  /** Compute time of one optimizer step of the whole job at its achieved FLOP rate, s. */
  readonly stepComputeS: number;
  /** Accelerators in the job, all sites together. */
  readonly accelerators: number;
  readonly network: CrossSiteNetwork;
}

export interface SyncSettings {
  /** Inner steps between outer synchronisations (DiLoCo, Streaming DiLoCo). */
  readonly innerSteps: number;
  /** Bits per value of what crosses sites (16 for bf16 gradients; 8 for int8, 4 for 4-bit pseudo-gradients). */
  readonly bits: number;
  /** Fragments of the parameters synchronised in turn (Streaming DiLoCo). */
  readonly fragments: number;
  /** Inner steps of compute a fragment's synchronisation may overlap (Streaming DiLoCo's τ). */
  readonly overlapSteps: number;
}

export interface SyncOutcome {
  readonly strategy: SyncStrategyId;
  /** Cross-site communication per inner step, averaged (s), and the part not hidden behind compute. */
  readonly communicationSPerStep: number;
  readonly exposedSPerStep: number;
  /** Share of time the accelerators compute: step compute / (step compute + exposed communication). */
  readonly utilisation: number;
  /** Bytes each site sends across per inner step, averaged. */
  readonly crossSiteBytesPerStep: number;
  /** What a failure at one site does: stop the whole job (synchronous), or let the other sites carry on. */
  readonly siteFailure: "job-stops" | "others-continue";
}

export const SYNC_STRATEGIES = ["sync-flat", "sync-hierarchical", "diloco", "streaming-diloco"] as const;
export type SyncStrategyId = (typeof SYNC_STRATEGIES)[number];

/** A setting a strategy reads, with the value it takes when the scenario leaves it out and why. */
export interface SettingDefault {
  readonly setting: "innerSteps" | "fragments" | "overlapSteps";
  readonly value: number;
  readonly reasoning: string;
}

/**
 * A synchronisation strategy: a leaf with one interface, so new ones plug in beside these. It declares the settings
 * it reads with their defaults, so shared code logs them without knowing the strategy.
 */
export interface SyncStrategy {
  readonly id: SyncStrategyId;
  readonly description: string;
  readonly reads: readonly SettingDefault[];
  evaluate(c: SyncContext, s: SyncSettings): SyncOutcome;
}

/** Settings a strategy does not read still have a value (reported, never used): the DiLoCo family's defaults. */
export const UNREAD_SETTINGS = { innerSteps: 100, fragments: 4, overlapSteps: 1 } as const;

const INNER_STEPS: SettingDefault = {
  setting: "innerSteps",
  value: 100,
  reasoning: "DiLoCo inner steps not given: 100, as INTELLECT-1 used",
};

// The backward pass is 4 of the 6 FLOPs per parameter and token (Kaplan et al. 2020): gradient buckets can be
// all-reduced while it runs, so synchronous data parallelism hides communication up to 2/3 of a step.
const BACKWARD_SHARE = 2 / 3;

function outcome(
  strategy: SyncStrategyId,
  c: SyncContext,
  commS: number,
  exposedS: number,
  bytes: number,
  siteFailure: SyncOutcome["siteFailure"],
): SyncOutcome {
  return {
    strategy,
    communicationSPerStep: commS,
    exposedSPerStep: exposedS,
    utilisation: c.stepComputeS / (c.stepComputeS + exposedS),
    crossSiteBytesPerStep: bytes,
    siteFailure,
  };
}

const syncFlat: SyncStrategy = {
  id: "sync-flat",
  description: "synchronous data parallelism, one all-reduce over every accelerator of every site, each step",
  reads: [],
  evaluate(c, s) {
    const bytes = (c.gradientBytes * s.bits) / 16;
    const n = c.accelerators;
    const k = c.network.sites.length;
    // One collective over all n accelerators, unaware of sites: its latency steps each wait for the slowest hop, the
    // long-haul link. A ring takes 2(n−1) such steps, a double binary tree (NCCL's other algorithm) about 2·log2(n);
    // either moves about twice the data over the long-haul link. The faster of the two is used.
    const transferS = ((2 * (n - 1)) / n) * ((bytes * 8) / c.network.bottleneckBps);
    const latencySteps = Math.min(2 * (n - 1), 2 * Math.ceil(Math.log2(n)));
    const commS = k <= 1 ? 0 : transferS + latencySteps * c.network.latencyS;
    return outcome(
      "sync-flat",
      c,
      commS,
      Math.max(0, commS - BACKWARD_SHARE * c.stepComputeS),
      bytes,
      "job-stops",
    );
  },
};

const syncHierarchical: SyncStrategy = {
  id: "sync-hierarchical",
  description:
    "synchronous data parallelism: reduce inside each site, all-reduce between sites, broadcast back, each step",
  reads: [],
  evaluate(c, s) {
    const bytes = (c.gradientBytes * s.bits) / 16;
    const commS = c.network.allReduceS(bytes);
    return outcome(
      "sync-hierarchical",
      c,
      commS,
      Math.max(0, commS - BACKWARD_SHARE * c.stepComputeS),
      bytes,
      "job-stops",
    );
  },
};

const diloco: SyncStrategy = {
  id: "diloco",
  description:
    "DiLoCo (Douillard et al. 2023): each site trains alone for H inner steps, then the sites average pseudo-gradients",
  reads: [INNER_STEPS],
  evaluate(c, s) {
    const bytes = (c.gradientBytes * s.bits) / 16;
    // The outer synchronisation blocks training; it happens once every H inner steps.
    const commS = c.network.allReduceS(bytes) / s.innerSteps;
    return outcome("diloco", c, commS, commS, bytes / s.innerSteps, "others-continue");
  },
};

const streamingDiloco: SyncStrategy = {
  id: "streaming-diloco",
  description:
    "Streaming DiLoCo (Douillard et al. 2025): fragments synchronised in turn, each overlapped with τ inner steps",
  reads: [
    INNER_STEPS,
    { setting: "fragments", value: 4, reasoning: "Streaming DiLoCo fragments not given: 4" },
    { setting: "overlapSteps", value: 1, reasoning: "Streaming DiLoCo overlap not given: one inner step" },
  ],
  evaluate(c, s) {
    const fragmentBytes = (c.gradientBytes * s.bits) / 16 / s.fragments;
    // Each fragment is synchronised once every H inner steps, so a fragment sync starts every H/P steps.
    const perSync = c.network.allReduceS(fragmentBytes);
    const exposedPerSync = Math.max(0, perSync - s.overlapSteps * c.stepComputeS);
    const syncsPerStep = s.fragments / s.innerSteps;
    return outcome(
      "streaming-diloco",
      c,
      perSync * syncsPerStep,
      exposedPerSync * syncsPerStep,
      fragmentBytes * syncsPerStep,
      "others-continue",
    );
  },
};

export const STRATEGIES: Readonly<Record<SyncStrategyId, SyncStrategy>> = {
  "sync-flat": syncFlat,
  "sync-hierarchical": syncHierarchical,
  diloco,
  "streaming-diloco": streamingDiloco,
};
