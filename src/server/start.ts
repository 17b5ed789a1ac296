// Starts the server: the catalog, the store (migrated), the job workers and the HTTP app; stops them in order.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { InputError } from "../core/index.js";
import { loadCatalog } from "../node/data-files.js";
import { openStore, type StoreLocation } from "../store/index.js";
import { buildApp } from "./app.js";
import { catalogVersion } from "./catalog-info.js";
import { JobPool } from "./jobs/pool.js";
import { DEFAULT_LIMITS, type Limits } from "./limits.js";
import { DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.js";
import { isLoopback } from "./security.js";

/** The web app's build, beside this file's package (dist/web). */
export const WEB_DIR = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export interface StartOptions {
  readonly host: string;
  readonly port: number;
  readonly store: StoreLocation;
  readonly token?: string | undefined;
  readonly rateLimit?: RateLimit;
  readonly limits?: Limits;
  readonly webDir?: string;
  readonly log: (message: string) => void;
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  /** Stops taking requests, lets those in flight (writes included) finish, then closes workers and the store. */
  close(): Promise<void>;
}

export async function startServer(o: StartOptions): Promise<RunningServer> {
  if (!isLoopback(o.host) && (o.token === undefined || o.token.length < 16)) {
    throw new InputError([
      {
        code: "unauthorized",
        path: ["--host"],
        message: `refusing to serve on ${o.host} without a token: set GIGAWATT_TOKEN (16 characters or more) so that writes need it, or serve on 127.0.0.1`,
      },
    ]);
  }
  const limits = o.limits ?? DEFAULT_LIMITS;
  const catalog = loadCatalog();
  const store = await openStore(o.store, (e) => o.log(`database connection lost while idle: ${e.message}`));
  const jobs = new JobPool(Math.max(1, Math.min(4, availableParallelism())), 16, limits.jobSeconds, o.log);
  let app: FastifyInstance;
  try {
    app = await buildApp({
      catalog,
      catalogVersion: catalogVersion(),
      store,
      jobs,
      limits,
      rateLimit: o.rateLimit ?? DEFAULT_RATE_LIMIT,
      token: o.token,
      webDir: o.webDir ?? WEB_DIR,
      log: o.log,
    });
    await app.listen({ host: o.host, port: o.port });
  } catch (e) {
    await jobs.close();
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : o.port;
  const host = o.host.includes(":") ? `[${o.host}]` : o.host;
  return {
    url: `http://${host}:${port}`,
    app,
    async close() {
      await app.close();
      await jobs.close();
      await store.close();
    },
  };
}
