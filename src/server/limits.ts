// What one request may ask of the server: beyond these it gets 413 or 422 with the reason, never a hang.

export interface Limits {
  /** Bytes of a request body (scenarios, validation cases, saves). */
  readonly bodyBytes: number;
  /** Bytes of an article sent to /v1/explain or saved: the CLI's limit on a text file or standard input. */
  readonly textBytes: number;
  /** Monte-Carlo trials per run (the CLI allows 1,000,000 on one's own machine). */
  readonly trials: number;
  /** Sites and workloads per scenario. */
  readonly sites: number;
  readonly workloads: number;
  /** Seconds a run or an explanation may take on a worker before it is stopped. */
  readonly jobSeconds: number;
  /** Rows per page of a listing or the ledger. */
  readonly rows: number;
  /** Text shorter than this is explained on the request's own thread; longer text goes to a worker. */
  readonly inlineTextChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1_000_000,
  textBytes: 10_000_000,
  trials: 100_000,
  sites: 200,
  workloads: 200,
  jobSeconds: 120,
  rows: 10_000,
  inlineTextChars: 20_000,
};
