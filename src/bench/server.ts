// `npm run bench` (fourth part): the HTTP API under load. /v1/size on loopback with autocannon (the same question,
// and a different power on every request), and saves per second into SQLite and, when its URL is given
// (GIGAWATT_DATABASE_URL or GIGAWATT_TEST_DATABASE_URL), PostgreSQL. The server runs as `gigawatt serve` in its own
// process with rate limiting off; autocannon runs in this one, so the two share the machine's cores.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { loadCatalog } from "../node/data-files.js";
import { sizeSite } from "../server/size.js";
import { machine, writeSection } from "./results-file.js";

const MAIN = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function serve(store: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [MAIN, "serve", "--port", "0", "--rate-limit", "0", ...store], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`gigawatt serve exited with ${code}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

interface Load {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function load(options: autocannon.Options): Promise<Load> {
  const r = await autocannon({ duration: SECONDS, ...options });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const fmt = (v: number) => Math.round(v).toLocaleString("en-US");

/** Microseconds of one request's own work on this thread: sizing the site, then its JSON (median of 5 runs). */
function work(): { estimateUs: number; jsonUs: number; bytes: number } {
  const catalog = loadCatalog();
  const q = { power: "5GW", accelerator: "gb200", grid: "us-la-miso" };
  const n = 2000;
  const runs = Array.from({ length: 5 }, () => {
    let t = performance.now();
    for (let i = 0; i < n; i++) sizeSite(q, catalog);
    const estimate = ((performance.now() - t) * 1000) / n;
    const r = sizeSite(q, catalog);
    t = performance.now();
    for (let i = 0; i < n; i++) JSON.stringify(r);
    return { estimate, json: ((performance.now() - t) * 1000) / n };
  });
  const median = (v: number[]) => v.sort((a, b) => a - b)[2] ?? 0;
  return {
    estimateUs: median(runs.map((r) => r.estimate)),
    jsonUs: median(runs.map((r) => r.json)),
    bytes: JSON.stringify(sizeSite(q, catalog)).length,
  };
}

async function sizeBench(): Promise<{ same: Load; varied: Load; floor: Load }> {
  const data = mkdtempSync(join(tmpdir(), "gigawatt-bench-"));
  const { url, child } = await serve(["--data", data]);
  try {
    const path = "/v1/size?power=5GW&accelerator=gb200&grid=us-la-miso";
    await load({ url: `${url}${path}`, connections: 50, duration: 2 }); // warm-up
    const same = await load({ url: `${url}${path}`, connections: 50 });
    let i = 0;
    const varied = await load({
      url,
      connections: 50,
      requests: [
        {
          method: "GET",
          setupRequest: (req) => ({
            ...req,
            path: `/v1/size?power=${100 + (i++ % 4900)}MW&accelerator=gb200`,
          }),
        },
      ],
    });
    // Fastify's own ceiling on this machine now: a small answer that needs no estimate.
    const floor = await load({ url: `${url}/v1/catalog`, connections: 50 });
    return { same, varied, floor };
  } finally {
    await stop(child);
    rmSync(data, { recursive: true, force: true });
  }
}

async function saveBench(store: string[]): Promise<Load> {
  const { url, child } = await serve(store);
  try {
    let i = 0;
    return await load({
      url,
      connections: 10,
      requests: [
        {
          method: "POST",
          path: "/v1/scenarios",
          headers: { "content-type": "application/json" },
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({
              name: `bench-${i}`,
              scenario: { sites: [{ id: "a", power: `${1 + (i++ % 9)} GW` }] },
            }),
          }),
        },
      ],
    });
  } finally {
    await stop(child);
  }
}

const before = loadavg()[0] ?? 0;
const own = work();
const size = await sizeBench();
const sqliteDir = mkdtempSync(join(tmpdir(), "gigawatt-bench-store-"));
const sqlite = await saveBench(["--data", sqliteDir]);
rmSync(sqliteDir, { recursive: true, force: true });
const pgUrl = process.env.GIGAWATT_DATABASE_URL ?? process.env.GIGAWATT_TEST_DATABASE_URL;
const postgres = pgUrl === undefined ? undefined : await saveBench(["--database", pgUrl]);
const after = loadavg()[0] ?? 0;

const row = (what: string, l: Load, target = "") =>
  `| ${what} | ${fmt(l.rps)} | ${l.p50} ms | ${l.p99} ms | ${l.non2xx + l.errors} | ${target} |`;
const report = `## HTTP API (gigawatt serve)

Machine: ${machine()}; load average ${before.toFixed(1)} before, ${after.toFixed(1)} after (other work shares these
cores). Source: src/bench/server.ts. The server is \`gigawatt serve --rate-limit 0\` in its own process (one thread);
autocannon runs beside it on the same cores, ${SECONDS} s per row, after a 2 s warm-up.

| what | requests per second | p50 | p99 | failed | target |
| --- | --- | --- | --- | --- | --- |
${row("/v1/size, 50 connections, the same question", size.same, "≥ 5,000/s, p99 < 20 ms")}
${row("/v1/size, 50 connections, a different power each time", size.varied, "")}
${row("/v1/catalog, 50 connections (a 300-byte answer: the HTTP stack's own ceiling, for comparison)", size.floor, "")}
${row("saves into SQLite (POST /v1/scenarios: evaluate, then commit with synchronous=FULL), 10 connections", sqlite)}
${postgres ? row("saves into PostgreSQL (the same, synchronous_commit on), 10 connections", postgres) : "| saves into PostgreSQL | not measured: no GIGAWATT_DATABASE_URL | | | | |"}

A repeated question is answered from the server's answer cache (its last 512 answers, serialised: the answer depends
only on the query and the catalog, fixed while the server runs). A new question parses its query, sizes the site with
its 80% ranges (the site evaluated again at both ends of each uncertain input's range) and serialises the result with
its assumptions: measured on one thread here, ${own.estimateUs.toFixed(0)} µs to size the site with its ranges and
${own.jsonUs.toFixed(0)} µs to write its ${fmt(own.bytes)} bytes of JSON, which is what bounds the second row.
`;
writeSection("server", report);
process.stdout.write(report);
