// A job worker: loads the catalog once, then runs scenarios and explains texts off the request thread, so a long
// simulation neither blocks other requests nor outlives its cancellation (the pool terminates the thread).
import { parentPort } from "node:worker_threads";
import { evaluateScenario, explainText, InputError } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import type { Job, WorkerMessage } from "./messages.js";

const catalog = loadCatalog();
const post = (m: WorkerMessage) => parentPort?.postMessage(m);
/** Progress at most this often, so a million trials do not flood the stream. */
const PROGRESS_EVERY_MS = 100;

parentPort?.on("message", (job: Job) => {
  try {
    if (job.kind === "explain") {
      post({
        type: "result",
        value: explainText(
          job.text,
          catalog,
          job.published === undefined ? {} : { published: job.published },
        ),
      });
      return;
    }
    let last = 0;
    const value = evaluateScenario(job.scenario, catalog, {
      ...job.options,
      onProgress: (workload, done, total) => {
        const now = performance.now();
        if (now - last < PROGRESS_EVERY_MS && done < total) return;
        last = now;
        post({ type: "progress", workload, done, total });
      },
    });
    post({ type: "result", value });
  } catch (e) {
    if (e instanceof InputError) post({ type: "issues", issues: e.issues });
    else post({ type: "fault", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
