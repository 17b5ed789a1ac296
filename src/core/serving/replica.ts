import type { Accelerator, ServingFigures } from "../catalog/index.js";
import { type AssumptionLog, catalogName } from "../kernel/assumptions.js";
import { issue } from "../kernel/issues.js";
import type { Outcome } from "../kernel/outcome.js";
import { significant } from "../units/index.js";
import { servingEfficiency } from "./efficiency.js";
import { type RequestCost, type RequestShape, requestCost } from "./per-request.js";
import type { ServingInput } from "./schema.js";
import {
  BYTES_PER_VALUE,
  PRECISIONS,
  type Precision,
  type ReplicaHardware,
  replicaSize,
  type ServedModel,
  type ServingEfficiency,
  weightBytes,
} from "./throughput.js";

/**
 * The dense peak the replica computes at: the model's precision where the accelerator has it; otherwise the next
 * wider precision it has (fp4 on an accelerator without fp4 runs at fp8, or bf16), recorded as a named assumption so
 * the substitution is visible in the output (issue 11: it was silent, and cited under the asked precision's name).
 */
export function peakAt(
  acc: Accelerator,
  precision: Precision,
  at: string,
  log: AssumptionLog,
): { readonly precision: Precision; readonly tflops: Accelerator["bf16DenseTFLOPS"] } {
  // The asked precision, then each wider one: fp4, fp8, bf16.
  for (const p of PRECISIONS.slice(0, PRECISIONS.indexOf(precision) + 1).reverse()) {
    const tflops = p === "fp4" ? acc.fp4DenseTFLOPS : p === "fp8" ? acc.fp8DenseTFLOPS : acc.bf16DenseTFLOPS;
    if (tflops === undefined) continue;
    if (p !== precision)
      log.choice(
        `${at}.computePrecision`,
        p,
        `${acc.id} has no ${precision} peak: the weights are stored in ${precision} (${BYTES_PER_VALUE[precision]} bytes each) and computed at its ${p} peak`,
      );
    return { precision: p, tflops };
  }
  return { precision: "bf16", tflops: acc.bf16DenseTFLOPS };
}

/** A figure of data/serving.yaml, logged as an assumption. */
export function figure(log: AssumptionLog, f: ServingFigures, name: keyof ServingFigures): number {
  const v = f[name];
  return log.cited(`servingFigures.${name}`, v, v.unit);
}

export interface ReplicaSetup {
  readonly model: ServedModel;
  readonly hw: ReplicaHardware;
  readonly eff: ServingEfficiency;
  readonly shape: RequestShape;
  readonly perReplica: number;
  readonly cost: RequestCost;
}

/**
 * The served model, one replica of the site's accelerators (`acc`) at the model's precision, the serving efficiencies and a
 * chat request's shape, with the accelerator time of one request; a model that does not fit is an issue saying what
 * would.
 */
export function replicaSetup(
  w: ServingInput,
  acc: Accelerator,
  f: ServingFigures,
  log: AssumptionLog,
  path: readonly (string | number)[],
): Outcome<ReplicaSetup> {
  const at = `workloads.${w.name}`;
  const precision = w.model.precision ?? "bf16";
  const model: ServedModel = {
    parameters: w.model.parameters,
    activeParameters: w.model.activeParameters ?? w.model.parameters,
    kvBytesPerToken: w.model.kvBytesPerToken ?? figure(log, f, "kvCacheBytesPerTokenLlama3_70B"),
    attentionFlopsPerContextToken: w.model.attentionFlopsPerContextToken ?? 0,
    precision,
  };
  const hbmBytes = log.cited(catalogName("accelerators", acc, "hbmGB"), acc.hbmGB, "GB") * 1e9;
  const perReplica = w.acceleratorsPerReplica ?? replicaSize(model, hbmBytes);
  if (w.acceleratorsPerReplica === undefined) {
    log.choice(
      `${at}.acceleratorsPerReplica`,
      perReplica,
      "the fewest accelerators, a power of two, whose memory holds the weights with 30% left for the KV cache",
    );
  }
  const peak = peakAt(acc, precision, at, log);
  const hw: ReplicaHardware = {
    accelerators: perReplica,
    peakFlops:
      log.cited(catalogName("accelerators", acc, `${peak.precision}DenseTFLOPS`), peak.tflops, "TFLOPS") *
      1e12,
    hbmBytes,
    hbmBytesPerS:
      log.cited(catalogName("accelerators", acc, "hbmBandwidthTBps"), acc.hbmBandwidthTBps, "TB/s") * 1e12,
  };
  const eff = servingEfficiency(w, f, log, at);
  const inputTokens = w.perUser?.inputTokens ?? figure(log, f, "chatInputTokensPerRequest");
  const outputTokens = w.perUser?.outputTokens ?? figure(log, f, "chatOutputTokensPerRequest");
  const shape = {
    inputTokens,
    outputTokens,
    cacheHitRate: w.cacheHitRate ?? 0,
    contextTokens: w.contextTokens ?? inputTokens + outputTokens / 2,
    targetTokensPerS: w.tokensPerSecondPerUser ?? figure(log, f, "decodeTokensPerSecondPerUser"),
  };
  const cost = requestCost(model, hw, eff, shape);
  if (!cost) {
    const needed = replicaSize(model, hbmBytes, 0);
    return {
      ok: false,
      issues: [
        issue(
          "model_does_not_fit",
          [...path, "acceleratorsPerReplica"],
          `${significant(weightBytes(model) / 1e9, 3)} GB of ${precision} weights (${BYTES_PER_VALUE[precision]} bytes × ${significant(model.parameters, 3)} parameters) and one ${significant(shape.contextTokens, 3)}-token context do not fit in ${perReplica} × ${acc.hbmGB.value} GB of ${acc.id}: at least ${needed} accelerators are needed, or a smaller precision`,
        ),
      ],
    };
  }
  return { ok: true, value: { model, hw, eff, shape, perReplica, cost } };
}

/**
 * Accelerator time of one call that no one waits on (a briefing's, a batch job's): decoded at the largest batch the
 * memory holds; an issue at `path` when its context does not fit beside the weights.
 */
export function offlineCallCost(
  model: ServedModel,
  hw: ReplicaHardware,
  eff: ServingEfficiency,
  inputTokens: number,
  outputTokens: number,
  path: readonly (string | number)[],
  cacheHitRate = 0,
): Outcome<RequestCost> {
  const cost = requestCost(model, hw, eff, {
    inputTokens,
    outputTokens,
    cacheHitRate,
    contextTokens: inputTokens + outputTokens / 2,
    targetTokensPerS: 1e-9,
  });
  if (cost) return { ok: true, value: cost };
  return {
    ok: false,
    issues: [
      issue(
        "model_does_not_fit",
        path,
        `one call's context does not fit beside the weights in ${hw.accelerators} accelerators`,
      ),
    ],
  };
}
