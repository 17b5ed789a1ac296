import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bestDecode,
  decodeAt,
  maxBatch,
  prefillTokensPerSPerAccelerator,
  type ReplicaHardware,
  replicaSize,
  requestCost,
  requestEnergyWh,
  type ServedModel,
  touchedWeightShare,
} from "../../src/core/index.js";

// A 70B dense model in bf16 on four H100-class accelerators (80 GB, 3.35 TB/s, 989 TFLOPS).
const dense: ServedModel = {
  parameters: 70e9,
  activeParameters: 70e9,
  kvBytesPerToken: 327_680,
  attentionFlopsPerContextToken: 0,
  precision: "bf16",
};
const hw: ReplicaHardware = { accelerators: 4, peakFlops: 989e12, hbmBytes: 80e9, hbmBytesPerS: 3.35e12 };
const eff = { prefillMfu: 0.5, decodeMfu: 0.5, decodeMbu: 0.6, fleetLoad: 1, expertEfficiency: 1 };

describe("decode", () => {
  it("at batch 1 reads every weight once per token: 140 GB over 4 × 3.35 TB/s × 60%, and computes 140 GFLOP", () => {
    const d = decodeAt(dense, hw, eff, 1, 0);
    expect(d.stepS).toBeCloseTo(140e9 / (4 * 3.35e12 * 0.6) + 140e9 / (4 * 989e12 * 0.5), 12);
    expect(d.bound).toBe("memory");
  });

  it("a larger batch gives more tokens per accelerator and fewer per sequence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const small = decodeAt(dense, hw, eff, lo, 2000);
        const large = decodeAt(dense, hw, eff, hi, 2000);
        expect(large.tokensPerSPerAccelerator).toBeGreaterThanOrEqual(
          small.tokensPerSPerAccelerator * (1 - 1e-12),
        );
        expect(large.tokensPerSPerSequence).toBeLessThanOrEqual(small.tokensPerSPerSequence * (1 + 1e-12));
      }),
    );
  });

  it("becomes compute-bound when the batch is large enough", () => {
    expect(decodeAt(dense, hw, eff, 4096, 0).bound).toBe("compute");
  });

  it("picks the largest batch that still gives each user the target speed, within memory", () => {
    const best = bestDecode(dense, hw, eff, 4000, 20);
    expect(best?.tokensPerSPerSequence).toBeGreaterThanOrEqual(20);
    expect(best?.batch).toBeLessThanOrEqual(maxBatch(dense, hw, 4000));
    if (best && best.batch < maxBatch(dense, hw, 4000)) {
      expect(decodeAt(dense, hw, eff, best.batch + 1, 4000).tokensPerSPerSequence).toBeLessThan(20);
    }
  });

  it("has no answer when the weights do not fit", () => {
    expect(bestDecode(dense, { ...hw, accelerators: 1 }, eff, 4000, 20)).toBeUndefined();
    expect(maxBatch(dense, { ...hw, accelerators: 1 }, 4000)).toBe(0);
  });

  it("fits fewer sequences as their context grows", () => {
    expect(maxBatch(dense, hw, 8000)).toBeLessThan(maxBatch(dense, hw, 4000));
  });
});

describe("mixture of experts", () => {
  const moe: ServedModel = { ...dense, parameters: 671e9, activeParameters: 37e9, precision: "fp8" };
  it("reads the active share for one sequence and nearly all experts for a large batch", () => {
    expect(touchedWeightShare(moe, 1)).toBeCloseTo(37 / 671, 9);
    expect(touchedWeightShare(moe, 1000)).toBeGreaterThan(0.99);
    expect(touchedWeightShare(dense, 1)).toBe(1);
  });
});

describe("prefill and replicas", () => {
  it("processes peak × MFU / (2 × active parameters) prompt tokens a second without attention", () => {
    expect(prefillTokensPerSPerAccelerator(dense, hw, eff, 1000)).toBeCloseTo((989e12 * 0.5) / 140e9, 6);
  });

  it("slows as attention over a long prompt adds compute", () => {
    const withAttention = { ...dense, attentionFlopsPerContextToken: 4 * 80 * 8192 };
    expect(prefillTokensPerSPerAccelerator(withAttention, hw, eff, 100_000)).toBeLessThan(
      prefillTokensPerSPerAccelerator(withAttention, hw, eff, 1000),
    );
  });

  it("sizes a replica as the fewest accelerators, a power of two, that hold the weights with room for the cache", () => {
    expect(replicaSize(dense, 80e9)).toBe(4); // 140 GB needs more than 2 × 56 GB
    expect(replicaSize({ ...dense, parameters: 8e9, activeParameters: 8e9 }, 80e9)).toBe(1);
  });
});

describe("per-request energy on Google's comprehensive boundary", () => {
  it("reproduces Google's median Gemini prompt from its published parts (Elsworth et al. 2025)", () => {
    // Active accelerators 0.14 Wh and host 0.06 Wh while busy; idle reserve 0.02 Wh of the 0.24 Wh total; PUE about
    // 1.09 (the remaining 0.02 Wh). One accelerator-second at 720 W of busy power is 0.20 Wh.
    const wh = requestEnergyWh(1, 720, 1, 0.02 / 0.24, 1.09);
    expect(wh).toBeCloseTo(0.24, 2);
  });
});

describe("the efficiencies, each its own quantity (issue 11)", () => {
  it("adds a decode step's reads and its matmuls: 140 GB over 4 × 3.35 TB/s × 60% plus 8 × 140 GFLOP over 4 × 989 TFLOP/s × 50%", () => {
    const d = decodeAt(dense, hw, eff, 8, 0);
    expect(d.stepS).toBeCloseTo(140e9 / (4 * 3.35e12 * 0.6) + (8 * 140e9) / (4 * 989e12 * 0.5), 12);
  });

  it("uses the decode compute efficiency, not the prefill one, when decode is compute-bound", () => {
    const slow = decodeAt(dense, hw, { ...eff, decodeMfu: 0.25 }, 4096, 0);
    const fast = decodeAt(dense, hw, { ...eff, prefillMfu: 0.9 }, 4096, 0);
    expect(slow.stepS).toBeGreaterThan(decodeAt(dense, hw, eff, 4096, 0).stepS);
    expect(fast.stepS).toBeCloseTo(decodeAt(dense, hw, eff, 4096, 0).stepS, 12);
  });

  it("scales a mixture of experts' compute by the expert efficiency and leaves its reads alone", () => {
    const moe: ServedModel = { ...dense, parameters: 671e9, activeParameters: 37e9 };
    const half = { ...eff, expertEfficiency: 0.5 };
    expect(prefillTokensPerSPerAccelerator(moe, hw, half, 1000)).toBeCloseTo((989e12 * 0.5 * 0.5) / 74e9, 6);
    // One sequence reads 37/671 of 1,342 GB of BF16 weights and computes 74 GFLOP.
    const reads = (671e9 * 2 * (37 / 671)) / (4 * 3.35e12 * 0.6);
    expect(decodeAt(moe, hw, half, 1, 0).stepS).toBeCloseTo(reads + 74e9 / (4 * 989e12 * 0.5 * 0.5), 12);
    // A dense model ignores it.
    expect(prefillTokensPerSPerAccelerator(dense, hw, half, 1000)).toBeCloseTo((989e12 * 0.5) / 140e9, 6);
  });

  it("spreads a request over more accelerator time at a lower fleet load, at the same speed per user", () => {
    const shape = {
      inputTokens: 1000,
      outputTokens: 500,
      cacheHitRate: 0,
      contextTokens: 1250,
      targetTokensPerS: 20,
    };
    const full = requestCost(dense, hw, eff, shape);
    const loaded = requestCost(dense, hw, { ...eff, fleetLoad: 0.5 }, shape);
    expect(loaded?.acceleratorSeconds).toBeCloseTo(2 * (full?.acceleratorSeconds ?? 0), 9);
    expect(loaded?.decode.stepS).toBe(full?.decode.stepS);
    expect(full?.outputTokensPerSPerAccelerator).toBeCloseTo(500 / (full?.acceleratorSeconds ?? 1), 9);
  });
});
