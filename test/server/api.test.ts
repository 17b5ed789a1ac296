import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cliJson, events, runCli, type ServerProcess, startServer } from "./server-process.js";

const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

// Each comparison runs the CLI in its own process too, which loads the catalog: slow on a shared machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: ServerProcess;
let web: string;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), "gigawatt-web-"));
  writeFileSync(
    join(web, "index.html"),
    '<!doctype html><title>app</title><script type="module" src="/app.js"></script>',
  );
  writeFileSync(join(web, "app.js"), "export {};\n");
  server = await startServer(["--data", mkdtempSync(join(tmpdir(), "gigawatt-api-")), "--web", web]);
});
afterAll(async () => {
  await server.stop();
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const post = (path: string, body: unknown, type = "application/json", headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": type, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("the API gives the CLI's --json results", () => {
  it("/v1/size answers as `gigawatt size --json`", async () => {
    const res = await get("/v1/size?power=5GW&accelerator=gb200&grid=us-la-miso");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(
      cliJson("size", "--power", "5GW", "--accelerator", "gb200", "--grid", "us-la-miso"),
    );
  });

  it("/v1/run reads a YAML scenario as `gigawatt run FILE --json` does, and the same scenario as JSON", async () => {
    const expected = cliJson("run", "examples/hyperion.yaml");
    const yaml = await post("/v1/run", example("hyperion.yaml"), "application/yaml");
    expect(await yaml.json()).toEqual(expected);
    const { parse } = await import("yaml");
    const asJson = await post("/v1/run", parse(example("hyperion.yaml")));
    expect(await asJson.json()).toEqual(expected);
  });

  it("/v1/run answers plans that cannot be carried out in place, with 200 and the CLI's result", async () => {
    const file = "test/fixtures/scenarios/infeasible-plans.yaml";
    const cli = runCli("run", file, "--json");
    expect(cli.status).toBe(1);
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
    const res = await post("/v1/run", text, "application/yaml");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { workloads: Record<string, { kind: string }> };
    expect(body).toEqual(JSON.parse(cli.stdout));
    expect(Object.values(body.workloads).map((w) => w.kind)).toEqual([
      "training",
      "infeasible",
      "infeasible",
    ]);
  });

  it("/v1/run with trials gives the CLI's seeded simulation", async () => {
    const res = await post("/v1/run?trials=200&seed=7", example("llama3-405b.yaml"), "application/yaml");
    expect(await res.json()).toEqual(
      cliJson("run", "examples/llama3-405b.yaml", "--trials", "200", "--seed", "7"),
    );
  });

  it("/v1/explain answers as `gigawatt explain --json`, as JSON or plain text", async () => {
    const text = "Meta will spend $10 billion on a 5 GW campus in Louisiana, with 1.3 million GPUs.";
    const expected = cliJson("explain", text);
    expect(await (await post("/v1/explain", { text })).json()).toEqual(expected);
    expect(await (await post("/v1/explain", text, "text/plain")).json()).toEqual(expected);
  });

  it("/v1/explain reads a long article on a worker thread, with the same result as the CLI", async () => {
    const sentence = "Meta will spend $10 billion on a 5 GW campus in Louisiana. ";
    const text = sentence.repeat(Math.ceil(25_000 / sentence.length));
    const res = await post("/v1/explain", text, "text/plain");
    const result = (await res.json()) as { claims: unknown[] };
    expect(result.claims.length).toBeGreaterThan(2 * Math.floor(25_000 / sentence.length) - 1);
  });

  it("/v1/catalog answers as `gigawatt catalog --json`, by kind and by alias", async () => {
    const counts = (await (await get("/v1/catalog")).json()) as { kinds: Record<string, number> };
    const grids = (await (await get("/v1/catalog/grids")).json()) as unknown[];
    expect(grids).toHaveLength(counts.kinds.grids as number);
    expect(await (await get("/v1/catalog/accelerators/h100")).json()).toEqual(
      cliJson("catalog", "accelerators", "h100"),
    );
  });

  it("/v1/validate reports the project's own cases as `gigawatt validate --json`", async () => {
    const res = await get("/v1/validate");
    const report = (await res.json()) as { summary: { cases: number } };
    const cli = cliJson("validate") as { summary: { cases: number } };
    expect(report.summary).toEqual(cli.summary);
  });

  it("/v1/schema is the scenario format's JSON Schema", async () => {
    expect(await (await get("/v1/schema")).json()).toEqual(
      JSON.parse(readFileSync(new URL("../../schema/scenario.schema.json", import.meta.url), "utf8")),
    );
  });
});

describe("long runs", () => {
  it("report progress as server-sent events, then the same result as a plain run", async () => {
    const res = await post(
      "/v1/run?trials=1000&seed=3",
      example("multi-datacenter.yaml"),
      "application/yaml",
      {
        accept: "text/event-stream",
      },
    );
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const seen: { event: string; data: unknown }[] = [];
    for await (const e of events(res)) seen.push(e);
    expect(seen[0]?.event).toBe("run");
    const progress = seen
      .filter((e) => e.event === "progress")
      .map((e) => e.data as { done: number; total: number });
    expect(progress.length).toBeGreaterThan(0);
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
    const last = seen.at(-1);
    expect(last?.event).toBe("result");
    const plain = await post(
      "/v1/run?trials=1000&seed=3",
      example("multi-datacenter.yaml"),
      "application/yaml",
    );
    expect(last?.data).toEqual(await plain.json());
  });

  it("stop when cancelled by id, and the server keeps serving", async () => {
    const res = await post("/v1/run?trials=100000", example("multi-datacenter.yaml"), "application/yaml", {
      accept: "text/event-stream",
    });
    const stream = events(res);
    const first = (await stream.next()).value as { event: string; data: { runId: string } };
    expect(first.event).toBe("run");
    const cancel = await fetch(`${server.url}/v1/runs/${first.data.runId}`, { method: "DELETE" });
    expect(cancel.status).toBe(204);
    let last: { event: string; data: unknown } | undefined;
    for await (const e of stream) last = e;
    expect(last?.event).toBe("problem");
    expect((last?.data as { issues: { code: string }[] } | undefined)?.issues[0]?.code).toBe("unknown_run");
    expect((await get("/health")).status).toBe(200);
  });

  it("stop when the client goes away", async () => {
    const abort = new AbortController();
    const res = await fetch(`${server.url}/v1/run?trials=100000`, {
      method: "POST",
      headers: { "content-type": "application/yaml", accept: "text/event-stream" },
      body: example("multi-datacenter.yaml"),
      signal: abort.signal,
    });
    const first = (await events(res).next()).value as { data: { runId: string } };
    abort.abort();
    // The run is gone: cancelling it again finds nothing (allow the server a moment to see the close).
    let status = 204;
    for (let i = 0; i < 50 && status !== 404; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await fetch(`${server.url}/v1/runs/${first.data.runId}`, { method: "DELETE" })).status;
    }
    expect(status).toBe(404);
  });
});

describe("the store", () => {
  it("keeps every save as a new version with its result and catalog version, found by share id", async () => {
    const scenario = { sites: [{ id: "hyperion", power: "2 GW", accelerator: "gb200" }] };
    const first = await post("/v1/scenarios", { name: "hyperion", scenario });
    expect(first.status).toBe(201);
    const v1 = (await first.json()) as {
      id: string;
      shareId: string;
      version: number;
      catalogVersion: string;
      result: unknown;
    };
    expect(v1.version).toBe(1);
    const run = await post("/v1/run", scenario);
    expect(v1.result).toEqual(await run.json());
    const yaml = "sites:\n  - id: hyperion\n    power: 5 GW\n    accelerator: gb200\n";
    const second = await post(`/v1/scenarios/${v1.id}/versions`, { scenario: yaml });
    expect(second.status).toBe(201);
    const v2 = (await second.json()) as {
      version: number;
      result: { sites: { hyperion: { facilityPowerMW: number } } };
    };
    expect(v2.version).toBe(2);
    expect(v2.result.sites.hyperion.facilityPowerMW).toBe(5000);
    const again = (await (await get(`/v1/scenarios/${v1.id}/versions/1`)).json()) as { input: unknown };
    expect(again.input).toEqual(scenario);
    const shared = (await (await get(`/v1/shared/${v1.shareId}`)).json()) as {
      version: number;
      catalogVersion: string;
    };
    expect(shared.version).toBe(2);
    expect(shared.catalogVersion).toMatch(/^sha256:[0-9a-f]{16}$/);
    const health = (await (await get("/health")).json()) as { catalogVersion: string };
    expect(shared.catalogVersion).toBe(health.catalogVersion);
  });

  it("puts every claim of a saved article in the ledger, and checks a project's claims over time", async () => {
    const a = await post("/v1/articles", {
      text: "Meta will build its Hyperion data center in Louisiana, a 2 GW campus.",
      url: "https://example.org/2024",
      date: "2024-12-04",
    });
    expect(a.status).toBe(201);
    await post("/v1/articles", {
      text: "Meta says Hyperion in Louisiana will scale to 5 GW.",
      date: "2025-07-14",
    });
    const ledger = (await (await get("/v1/ledger?project=hyperion&kind=power")).json()) as {
      claims: { value: number; published: string; organisation: string; project: string }[];
      checks: { verdict: string; message: string }[];
    };
    expect(ledger.claims.map((c) => [c.published, c.value])).toEqual([
      ["2024-12-04", 2e9],
      ["2025-07-14", 5e9],
    ]);
    expect(ledger.claims.every((c) => c.organisation === "meta" && c.project === "hyperion")).toBe(true);
    // 5 GW / 2 GW = 2.5
    expect(ledger.checks[0]?.verdict).toBe("raised");
    expect(ledger.checks[0]?.message).toContain("×2.5");
    const csv = await (await get("/v1/ledger.csv?project=hyperion&kind=power")).text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2024-12-04,hyperion,,meta,/);
    expect((await get("/v1/ledger?organisation=meta&from=2025-01-01")).status).toBe(200);
  });
});

describe("pages", () => {
  it("serve the web app at / with a strict Content-Security-Policy", async () => {
    const res = await get("/");
    expect(await res.text()).toContain("/app.js");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await get("/app.js")).status).toBe(200);
  });

  it("document the API at /docs and /openapi.json", async () => {
    const docs = await get("/docs");
    expect(docs.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await docs.text()).toContain("/v1/size");
    const doc = (await (await get("/openapi.json")).json()) as { openapi: string };
    expect(doc.openapi).toBe("3.1.0");
  });
});
