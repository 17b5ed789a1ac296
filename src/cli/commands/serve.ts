import { homedir } from "node:os";
import { join } from "node:path";
import { InputError, readField } from "../../core/index.js";
import { EXIT, type Output } from "../io.js";

export interface ServeOptions {
  port?: string;
  host?: string;
  data?: string;
  database?: string;
  rateLimit?: string;
  web?: string;
}

/** Where the SQLite store lives without `--data`: $GIGAWATT_DATA, else the XDG data folder. */
function defaultDataDir(): string {
  return (
    process.env.GIGAWATT_DATA ??
    join(process.env.XDG_DATA_HOME ?? join(homedir(), ".local", "share"), "gigawatt")
  );
}

function count(flag: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const r = readField([flag], { kind: "count", min: 0, max, integer: true }, text);
  if (!r.ok) throw new InputError([r.issue]);
  return r.value;
}

/** `gigawatt serve`: the HTTP API and the web app on loopback, until SIGINT or SIGTERM. */
export async function serve(opts: ServeOptions, io: Output): Promise<number> {
  const port = count("--port", opts.port, 65_535) ?? 8787;
  const perSecond = count("--rate-limit", opts.rateLimit, 1_000_000);
  const database = opts.database ?? process.env.GIGAWATT_DATABASE_URL;
  if (database !== undefined && !/^postgres(ql)?:\/\//.test(database)) {
    throw new InputError([
      {
        code: "invalid_field",
        path: ["--database"],
        message: `invalid database '${database}' (expected postgres://user@host:port/name)`,
      },
    ]);
  }
  const dataDir = opts.data ?? defaultDataDir();
  // Loaded here, not at the top: the other commands should not pay for Fastify, kysely and the database drivers.
  const { startServer } = await import("../../server/index.js");
  const server = await startServer({
    host: opts.host ?? "127.0.0.1",
    port,
    store: database === undefined ? { dataDir } : { databaseUrl: database },
    token: process.env.GIGAWATT_TOKEN || undefined,
    ...(perSecond === undefined ? {} : { rateLimit: { perSecond, burst: Math.max(1, perSecond * 4) } }),
    ...(opts.web === undefined ? {} : { webDir: opts.web }),
    log: (m) => io.err(`${new Date().toISOString()} ${m}\n`),
  });
  const where = database === undefined ? `SQLite in ${dataDir}` : "PostgreSQL";
  io.out(`gigawatt serving on ${server.url} (store: ${where}; API docs at ${server.url}/docs)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  io.err("stopping: finishing requests in flight\n");
  await server.close();
  return EXIT.ok;
}
