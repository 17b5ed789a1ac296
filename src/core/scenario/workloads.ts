import { z } from "zod";
import { serving } from "../serving/workload.js";
import { training } from "../training/workload.js";
import type { WorkloadKind } from "../workload/kind.js";

/** Every workload kind, one line each: the scenario's schema and its evaluation are built from this list. */
export const WORKLOADS = { training, serving } as const;

export type WorkloadKindId = keyof typeof WORKLOADS;
type KindOf<K extends WorkloadKindId> = (typeof WORKLOADS)[K];
export type WorkloadInputOf<K extends WorkloadKindId> = z.output<KindOf<K>["schema"]>;
export type WorkloadResultOf<K extends WorkloadKindId> =
  ReturnType<KindOf<K>["evaluate"]> extends infer O
    ? O extends { ok: true; value: infer R }
      ? R
      : never
    : never;
export type WorkloadInput = z.infer<typeof workloadSchema>;
export type WorkloadResult = { [K in WorkloadKindId]: WorkloadResultOf<K> }[WorkloadKindId];

/** A registry of kinds, such as WORKLOADS or a test's own with one more kind. */
// biome-ignore lint/suspicious/noExplicitAny: a registry holds kinds of any schema and result
export type WorkloadRegistry = Readonly<Record<string, WorkloadKind<string, any, { readonly kind: string }>>>;

/** The workloads block of a scenario file: one of the registered kinds, told apart by `kind`. */
export const workloadSchema = z.discriminatedUnion("kind", [training.schema, serving.schema]);
