// One worker for the page's long computations, started on first use.
import type { WorkerReply, WorkerRequest } from "../worker.js";

let worker: Worker | undefined;
let next = 1;
const waiting = new Map<
  number,
  { onProgress?: (m: WorkerReply & { type: "progress" }) => void; resolve: (m: WorkerReply) => void }
>();

function start(): Worker {
  const w = new Worker(new URL("../worker.ts", import.meta.url), { type: "module" });
  w.addEventListener("message", (e: MessageEvent<WorkerReply>) => {
    const m = e.data;
    const entry = waiting.get(m.id);
    if (!entry) return;
    if (m.type === "progress") entry.onProgress?.(m);
    else {
      waiting.delete(m.id);
      entry.resolve(m);
    }
  });
  w.addEventListener("error", (e) => {
    for (const [id, entry] of waiting)
      entry.resolve({ type: "error", id, message: e.message || "the worker stopped" });
    waiting.clear();
    worker = undefined;
  });
  return w;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

/** Sends a request; the promise settles with the final reply (result, issues or error). */
export function ask(
  req: Request,
  onProgress?: (m: WorkerReply & { type: "progress" }) => void,
): Promise<WorkerReply> {
  worker ??= start();
  const id = next++;
  return new Promise((resolve) => {
    waiting.set(id, { resolve, ...(onProgress ? { onProgress } : {}) });
    worker?.postMessage({ ...req, id });
  });
}

/** Stops whatever runs (a long simulation): the next request starts a fresh worker. */
export function cancel(): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, entry] of waiting) entry.resolve({ type: "error", id, message: "cancelled" });
  waiting.clear();
}
