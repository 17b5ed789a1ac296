import type { Catalog } from "../core/index.js";
import type { Store } from "../store/index.js";
import type { JobPool } from "./jobs/pool.js";
import type { Limits } from "./limits.js";
import type { RateLimit } from "./rate-limit.js";

/** What every route may use: the catalog, the store, the job pool, the limits and the write token. */
export interface ServerContext {
  readonly catalog: Catalog;
  readonly catalogVersion: string;
  readonly store: Store;
  readonly jobs: JobPool;
  readonly limits: Limits;
  readonly rateLimit: RateLimit;
  /** Bearer token for writes; undefined on loopback without GIGAWATT_TOKEN. */
  readonly token: string | undefined;
  /** The web app's build (index.html and its assets), served at / when present. */
  readonly webDir: string;
  /** Server-side log, one line per message (never sent to a client). */
  readonly log: (message: string) => void;
}

/** Route weights for rate limiting: what one request costs a client's bucket. */
export const COST = { read: 1, compute: 5, heavy: 20 } as const;
