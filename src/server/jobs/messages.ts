// What the request thread and a job worker say to each other.
import type { EvaluateOptions, Explanation, Issue, Scenario, ScenarioResult } from "../../core/index.js";

export type Job =
  | {
      readonly kind: "run";
      readonly scenario: Scenario;
      readonly options: Pick<EvaluateOptions, "trials" | "seed" | "simulateDay">;
    }
  | { readonly kind: "explain"; readonly text: string; readonly published?: string };

export type JobValue = ScenarioResult | Explanation;

export type WorkerMessage =
  | { readonly type: "progress"; readonly workload: string; readonly done: number; readonly total: number }
  | { readonly type: "result"; readonly value: JobValue }
  | { readonly type: "issues"; readonly issues: readonly Issue[] }
  | { readonly type: "fault"; readonly message: string };
