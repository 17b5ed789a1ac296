// Runs scenarios and validation cases off the main thread: Monte-Carlo trials take seconds, and the page stays
// responsive with a progress bar.
import {
  catalog,
  evaluateScenario,
  InputError,
  type Issue,
  readCases,
  readScenario,
  runCases,
  validationFiles,
} from "./lib/core.js";

export type WorkerRequest =
  | { type: "run"; id: number; yaml: string; trials: number; seed: number }
  | { type: "validate"; id: number };

export type WorkerReply =
  | { type: "progress"; id: number; workload: string; done: number; total: number }
  | { type: "result"; id: number; value: unknown }
  | { type: "issues"; id: number; issues: readonly Issue[] }
  | { type: "error"; id: number; message: string };

const post = (m: WorkerReply) => postMessage(m);

function handle(req: WorkerRequest): void {
  try {
    if (req.type === "run") {
      const scenario = readScenario(req.yaml, "scenario.yaml");
      let last = 0;
      const value = evaluateScenario(scenario, catalog(), {
        ...(req.trials > 0 ? { trials: req.trials } : {}),
        seed: req.seed,
        simulateDay: false,
        onProgress: (workload, done, total) => {
          // A message per trial would flood the page: report at most every 50 ms, and the last one.
          const now = performance.now();
          if (done === total || now - last > 50) {
            last = now;
            post({ type: "progress", id: req.id, workload, done, total });
          }
        },
      });
      post({ type: "result", id: req.id, value });
    } else {
      const cases = validationFiles.flatMap((f) => readCases(f.text, f.name));
      const report = runCases(cases, catalog());
      post({ type: "result", id: req.id, value: { report, cases } });
    }
  } catch (e) {
    if (e instanceof InputError) post({ type: "issues", id: req.id, issues: e.issues });
    else post({ type: "error", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
}

addEventListener("message", (e: MessageEvent<WorkerRequest>) => handle(e.data));
