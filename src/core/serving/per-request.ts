import {
  bestDecode,
  type DecodePoint,
  prefillTokensPerSPerAccelerator,
  type ReplicaHardware,
  type ServedModel,
  type ServingEfficiency,
} from "./throughput.js";

export interface RequestShape {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Share of input tokens served from a KV cache of earlier requests (no prefill compute). */
  readonly cacheHitRate: number;
  /** Context each sequence holds while it generates (default: the input and half the output). */
  readonly contextTokens: number;
  /** Output speed each user must see, tokens/s. */
  readonly targetTokensPerS: number;
}

export interface RequestCost {
  readonly decode: DecodePoint;
  /** Computed prompt tokens per second per accelerator, and the same counting cache hits (as DeepSeek reports). */
  readonly prefillTokensPerSPerAccelerator: number;
  readonly prefillTokensPerSPerAcceleratorWithHits: number;
  /** Accelerator-seconds one request occupies: its prefill plus its share of decode steps. */
  readonly acceleratorSeconds: number;
  /** Output tokens per second per accelerator, prefill included (what max-throughput benchmarks report). */
  readonly outputTokensPerSPerAccelerator: number;
}

/**
 * What one request costs in accelerator time; undefined when the model does not fit in the replica. The kernels'
 * throughput is scaled by the fleet load (a replica is not saturated all the time it is deployed); the step time a
 * user sees is not.
 */
export function requestCost(
  m: ServedModel,
  hw: ReplicaHardware,
  eff: ServingEfficiency,
  r: RequestShape,
): RequestCost | undefined {
  const saturated = bestDecode(m, hw, eff, r.contextTokens, r.targetTokensPerS);
  if (!saturated) return undefined;
  const load = eff.fleetLoad;
  const decode = { ...saturated, tokensPerSPerAccelerator: saturated.tokensPerSPerAccelerator * load };
  const prefill = prefillTokensPerSPerAccelerator(m, hw, eff, r.inputTokens) * load;
  const computed = r.inputTokens * (1 - r.cacheHitRate);
  const acceleratorSeconds = computed / prefill + r.outputTokens / decode.tokensPerSPerAccelerator;
  return {
    decode,
    prefillTokensPerSPerAccelerator: prefill,
    prefillTokensPerSPerAcceleratorWithHits:
      r.cacheHitRate < 1 ? prefill / (1 - r.cacheHitRate) : Number.POSITIVE_INFINITY,
    acceleratorSeconds,
    outputTokensPerSPerAccelerator: r.outputTokens / acceleratorSeconds,
  };
}

/**
 * Facility energy of one request, Wh, on Google's comprehensive boundary (Elsworth et al. 2025): the accelerators and
 * their hosts while busy (all-in IT power × busy fraction), the idle capacity held in reserve, and the PUE.
 */
export function requestEnergyWh(
  acceleratorSeconds: number,
  itPowerW: number,
  busyFraction: number,
  idleShare: number,
  pue: number,
): number {
  return ((acceleratorSeconds * itPowerW * busyFraction) / 3600 / (1 - idleShare)) * pue;
}
