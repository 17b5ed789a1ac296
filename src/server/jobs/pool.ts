// A few worker threads for runs and explanations. A job waits in a bounded queue; a full queue is 503 (busy); a
// job past its time or cancelled terminates its thread, and a fresh one takes its place.
import { Worker } from "node:worker_threads";
import { InputError } from "../../core/index.js";
import { fail } from "../problem.js";
import type { Job, JobValue, WorkerMessage } from "./messages.js";

const WORKER = new URL("./worker.js", import.meta.url);

export interface Progress {
  readonly workload: string;
  readonly done: number;
  readonly total: number;
}

interface Pending {
  readonly job: Job;
  readonly onProgress: (p: Progress) => void;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (v: JobValue) => void;
  readonly reject: (e: unknown) => void;
}

export class JobPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly maxQueue: number,
    private readonly jobSeconds: number,
    private readonly log: (message: string) => void,
  ) {}

  /** Runs a job on a worker; rejects with a problem when busy, cancelled or past its time. */
  run(job: Job, onProgress: (p: Progress) => void = () => {}, signal?: AbortSignal): Promise<JobValue> {
    if (this.closed) return Promise.reject(fail("busy", [], "the server is shutting down"));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(
        fail("busy", [], "every worker is taken and the queue is full; retry in a few seconds"),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ job, onProgress, signal, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.queue.length > 0 && this.idle.length + this.busy.size <= this.size) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const p = this.queue.shift() as Pending;
      if (p.signal?.aborted) {
        this.idle.push(worker);
        p.reject(fail("unknown_run", [], "the run was cancelled"));
        continue;
      }
      this.start(worker, p);
    }
  }

  private spawn(): Worker {
    const w = new Worker(WORKER);
    w.unref();
    return w;
  }

  private start(worker: Worker, p: Pending): void {
    this.busy.add(worker);
    let settled = false;
    const finish = (recycle: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      p.signal?.removeEventListener("abort", onAbort);
      worker.off("message", onMessage);
      worker.off("error", onError);
      this.busy.delete(worker);
      if (recycle && !this.closed) this.idle.push(worker);
      else void worker.terminate();
      outcome();
      this.next();
    };
    const onMessage = (m: WorkerMessage) => {
      if (m.type === "progress") p.onProgress({ workload: m.workload, done: m.done, total: m.total });
      else if (m.type === "result") finish(true, () => p.resolve(m.value));
      else if (m.type === "issues") finish(true, () => p.reject(new InputError(m.issues)));
      else {
        this.log(`job fault: ${m.message}`);
        finish(true, () => p.reject(new Error("job fault")));
      }
    };
    const onError = (e: Error) => {
      this.log(`job worker failed: ${e.stack ?? e.message}`);
      finish(false, () => p.reject(new Error("job worker failed")));
    };
    const onAbort = () => finish(false, () => p.reject(fail("unknown_run", [], "the run was cancelled")));
    const timer = setTimeout(
      () =>
        finish(false, () =>
          p.reject(
            fail(
              "timed_out",
              [],
              `the work ran past the server's limit of ${this.jobSeconds} s; ask for fewer trials`,
            ),
          ),
        ),
      this.jobSeconds * 1000,
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    p.signal?.addEventListener("abort", onAbort, { once: true });
    worker.postMessage(p.job);
  }

  /** Waits for running jobs to end and stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(fail("busy", [], "the server is shutting down"));
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
