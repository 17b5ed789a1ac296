import { z } from "zod";
import { INFEASIBLE_PLAN_CODES, ISSUE_CODES, type Issue, type IssueCode } from "../kernel/issues.js";

/**
 * A workload whose plan cannot be carried out on its sites: the reasons, each with its code, its place in the
 * scenario and one sentence. It stands in the results beside the workloads that could be evaluated, so "the model
 * does not fit" is an answer about one workload, not an error that empties the whole scenario. Its `kind` is
 * "infeasible" so that a reader telling results apart by `kind` never takes it for its workload kind's figures;
 * `workloadKind` says which kind it was.
 */
export interface InfeasibleWorkload {
  readonly kind: "infeasible";
  readonly workloadKind: string;
  readonly reasons: readonly Issue[];
}

/**
 * The infeasible result for issues that are all about the plan (INFEASIBLE_PLAN_CODES); undefined when any of them
 * is a mistake in the input, which stays an error for the whole scenario.
 */
export function infeasibleOf(kind: string, issues: readonly Issue[]): InfeasibleWorkload | undefined {
  if (issues.length === 0 || !issues.every((i) => INFEASIBLE_PLAN_CODES.has(i.code))) return undefined;
  const reasons = issues.map(({ code, path, message }) => ({ code, path, message }));
  return { kind: "infeasible", workloadKind: kind, reasons };
}

/** Whether a workload's result is an infeasible plan rather than its kind's figures. */
export const isInfeasible = (w: { readonly kind: string }): w is InfeasibleWorkload =>
  w.kind === "infeasible";

const planCodes = [...INFEASIBLE_PLAN_CODES] as [IssueCode, ...IssueCode[]];

/** An infeasible workload as the result JSON gives it, for the kinds given. */
export function infeasibleSchema(kinds: readonly string[]) {
  return z
    .strictObject({
      kind: z.literal("infeasible").describe("the plan cannot be carried out on its sites"),
      workloadKind: z
        .enum(kinds as [string, ...string[]])
        .describe("the workload's kind, as the scenario gave it"),
      reasons: z
        .array(
          z.strictObject({
            code: z.enum(planCodes).describe(planCodes.map((c) => `${c}: ${ISSUE_CODES[c]}`).join("; ")),
            path: z.array(z.union([z.string(), z.number()])).describe("where in the scenario the plan fails"),
            message: z.string().describe("one sentence naming the figures that do not work together"),
          }),
        )
        .min(1),
    })
    .describe("a workload whose plan cannot be carried out, with the reasons (its figures are absent)");
}
