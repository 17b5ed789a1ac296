/**
 * Throughput of one model replica serving a language model, by the roofline: prefill is bound by compute, decode by
 * memory bandwidth until the batch is large enough to be bound by compute (Williams, Waterman and Patterson 2009;
 * applied to LLM inference in e.g. Pope et al. 2022, "Efficiently Scaling Transformer Inference").
 */

export const PRECISIONS = ["bf16", "fp8", "fp4"] as const;
export type Precision = (typeof PRECISIONS)[number];
export const BYTES_PER_VALUE: Readonly<Record<Precision, number>> = { bf16: 2, fp8: 1, fp4: 0.5 };

export interface ServedModel {
  readonly parameters: number;
  /** Parameters used per token (all of them for a dense model). */
  readonly activeParameters: number;
  /** KV cache per token of context, bytes. */
  readonly kvBytesPerToken: number;
  /**
   * Attention FLOPs per generated token per token of context (about 4 × layers × attention width: scores and
   * weighted sum); 0 leaves attention out, which understates long-context decode.
   */
  readonly attentionFlopsPerContextToken: number;
  readonly precision: Precision;
}

export interface ReplicaHardware {
  /** Accelerators holding one copy of the model (tensor, expert and pipeline parallelism together). */
  readonly accelerators: number;
  /** Dense peak per accelerator at the serving precision, FLOP/s. */
  readonly peakFlops: number;
  readonly hbmBytes: number;
  /** HBM bandwidth per accelerator, bytes/s. */
  readonly hbmBytesPerS: number;
}

/**
 * The efficiencies of a replica, each its own quantity (issue 11): what the kernels reach when the replica is
 * saturated, and how much of that a production fleet actually uses.
 */
export interface ServingEfficiency {
  /** Share of peak compute reached in prefill (saturated: a benchmark's, not a day's average). */
  readonly prefillMfu: number;
  /** Share of peak compute reached in decode when the batch makes it compute-bound. */
  readonly decodeMfu: number;
  /** Share of HBM bandwidth reached in memory-bound decode. */
  readonly decodeMbu: number;
  /**
   * Share of its saturated throughput a deployed replica delivers on average (batches not full, latency headroom,
   * prefill and decode out of balance): 1 in a max-throughput benchmark.
   */
  readonly fleetLoad: number;
  /**
   * Share of the compute efficiencies above that a mixture of experts reaches (each expert's matmul sees a fraction
   * of the batch, and tokens are dispatched to the experts and back); its weights are read at the same bandwidth as a
   * dense model's. 1 leaves a mixture of experts as efficient as a dense model.
   */
  readonly expertEfficiency: number;
}

/** The efficiencies that apply to `m`: a mixture of experts' compute scaled by the expert efficiency. */
export function effective(m: ServedModel, eff: ServingEfficiency): ServingEfficiency {
  if (m.activeParameters >= m.parameters || eff.expertEfficiency === 1) return eff;
  const f = eff.expertEfficiency;
  return { ...eff, prefillMfu: eff.prefillMfu * f, decodeMfu: eff.decodeMfu * f };
}

export interface DecodePoint {
  readonly batch: number;
  readonly stepS: number;
  /** Output tokens per second per accelerator of the replica. */
  readonly tokensPerSPerAccelerator: number;
  /** Output tokens per second each sequence sees. */
  readonly tokensPerSPerSequence: number;
  readonly bound: "memory" | "compute";
}

/** Weights in bytes. */
export function weightBytes(m: ServedModel): number {
  return m.parameters * BYTES_PER_VALUE[m.precision];
}

/**
 * Share of a mixture of experts' weights a decode step reads with `batch` sequences: each sequence touches the
 * active share, and a large batch touches almost all experts (1 − (1 − a)^B). A dense model reads all its weights.
 */
export function touchedWeightShare(m: ServedModel, batch: number): number {
  const a = m.activeParameters / m.parameters;
  return a >= 1 ? 1 : 1 - (1 - a) ** batch;
}

/** Sequences of `contextTokens` whose KV cache fits beside the weights in the replica's memory. */
export function maxBatch(m: ServedModel, hw: ReplicaHardware, contextTokens: number): number {
  const free = hw.accelerators * hw.hbmBytes - weightBytes(m);
  return free <= 0 ? 0 : Math.floor(free / (contextTokens * m.kvBytesPerToken));
}

/**
 * One decode step of `batch` sequences at `contextTokens` of context each. The step's reads and its matmuls are added,
 * not overlapped: on the published benchmarks the sum predicts held-out figures better than the roofline's maximum
 * (decision record 0014).
 */
export function decodeAt(
  m: ServedModel,
  hw: ReplicaHardware,
  given: ServingEfficiency,
  batch: number,
  contextTokens: number,
): DecodePoint {
  const eff = effective(m, given);
  const bytes = weightBytes(m) * touchedWeightShare(m, batch) + batch * contextTokens * m.kvBytesPerToken;
  const memoryS = bytes / (hw.accelerators * hw.hbmBytesPerS * eff.decodeMbu);
  const flopsPerToken = 2 * m.activeParameters + contextTokens * m.attentionFlopsPerContextToken;
  const computeS = (flopsPerToken * batch) / (hw.accelerators * hw.peakFlops * eff.decodeMfu);
  const stepS = memoryS + computeS;
  return {
    batch,
    stepS,
    tokensPerSPerAccelerator: batch / stepS / hw.accelerators,
    tokensPerSPerSequence: 1 / stepS,
    bound: memoryS >= computeS ? "memory" : "compute",
  };
}

/**
 * The largest batch that fits in memory and still gives each sequence `targetTokensPerS` (bisection: step time grows
 * with the batch). Undefined when not even one sequence fits.
 */
export function bestDecode(
  m: ServedModel,
  hw: ReplicaHardware,
  eff: ServingEfficiency,
  contextTokens: number,
  targetTokensPerS: number,
): DecodePoint | undefined {
  const limit = maxBatch(m, hw, contextTokens);
  if (limit < 1) return undefined;
  if (decodeAt(m, hw, eff, 1, contextTokens).tokensPerSPerSequence < targetTokensPerS)
    return decodeAt(m, hw, eff, 1, contextTokens);
  let lo = 1;
  let hi = limit;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodeAt(m, hw, eff, mid, contextTokens).tokensPerSPerSequence >= targetTokensPerS) lo = mid;
    else hi = mid - 1;
  }
  return decodeAt(m, hw, eff, lo, contextTokens);
}

/**
 * Prompt tokens processed per second per accelerator: compute-bound, 2 FLOP per active parameter per token plus
 * attention over, on average, half the prompt.
 */
export function prefillTokensPerSPerAccelerator(
  m: ServedModel,
  hw: ReplicaHardware,
  given: ServingEfficiency,
  promptTokens: number,
): number {
  const eff = effective(m, given);
  return (
    (hw.peakFlops * eff.prefillMfu) /
    (2 * m.activeParameters + (promptTokens / 2) * m.attentionFlopsPerContextToken)
  );
}

/** The fewest accelerators (a power of two) whose memory holds the weights with `headroom` left for the KV cache. */
export function replicaSize(m: ServedModel, hbmBytes: number, headroom = 0.3): number {
  let n = 1;
  while (n * hbmBytes * (1 - headroom) < weightBytes(m) && n < 1 << 20) n *= 2;
  return n;
}
