import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli, type ServerProcess, startServer } from "./server-process.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const TOKEN = "test-token-0123456789abcdef";
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer(
    ["--data", mkdtempSync(join(tmpdir(), "gigawatt-bad-")), "--rate-limit", "10000"],
    {
      GIGAWATT_TOKEN: TOKEN,
    },
  );
});
afterAll(async () => {
  await server.stop();
});

interface Bad {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly body?: string;
  readonly type?: string;
  readonly auth?: string | null;
  readonly status: number;
  readonly code: string;
}

const json = (v: unknown) => JSON.stringify(v);
const site = (fields: Record<string, unknown>) => json({ sites: [{ id: "a", ...fields }] });
const save = (v: unknown) => ({ method: "POST", path: "/v1/scenarios", body: json(v) });
const MISSING = "00000000-0000-0000-0000-000000000000";

/** Requests a careless or hostile client sends; each must get a clear 4xx problem document. */
const BAD: readonly Bad[] = [
  {
    name: "an oversized scenario body",
    method: "POST",
    path: "/v1/run",
    body: site({ name: "x".repeat(1_100_000) }),
    status: 413,
    code: "input_too_large",
  },
  {
    name: "an article over the CLI's 10 MB",
    method: "POST",
    path: "/v1/explain",
    body: json({ text: "a".repeat(10_000_001) }),
    status: 413,
    code: "input_too_large",
  },
  {
    name: "malformed JSON",
    method: "POST",
    path: "/v1/run",
    body: '{"sites": [',
    status: 400,
    code: "malformed_yaml",
  },
  {
    name: "malformed YAML",
    method: "POST",
    path: "/v1/run",
    body: "sites:\n  - id: a\n   power: [",
    type: "application/yaml",
    status: 400,
    code: "malformed_yaml",
  },
  {
    name: "an empty YAML scenario",
    method: "POST",
    path: "/v1/run",
    body: "",
    type: "application/yaml",
    status: 400,
    code: "empty_file",
  },
  {
    name: "a misspelt scenario key",
    method: "POST",
    path: "/v1/run",
    body: site({ powr: "5 GW" }),
    status: 422,
    code: "unknown_key",
  },
  {
    name: "a power of the wrong type",
    method: "POST",
    path: "/v1/run",
    body: site({ power: true }),
    status: 422,
    code: "invalid_field",
  },
  { name: "a power with an unknown unit", path: "/v1/size?power=5GX", status: 422, code: "invalid_field" },
  {
    name: "a power beyond the physical range",
    path: "/v1/size?power=5000TW",
    status: 422,
    code: "invalid_field",
  },
  {
    name: "an unknown accelerator",
    path: "/v1/size?power=5GW&accelerator=h1000",
    status: 422,
    code: "unknown_accelerator",
  },
  { name: "a misspelt query parameter", path: "/v1/size?powr=5GW", status: 422, code: "unknown_key" },
  {
    name: "huge trials",
    method: "POST",
    path: "/v1/run?trials=900000",
    body: site({ power: "1 GW" }),
    status: 422,
    code: "over_limit",
  },
  {
    name: "trials beyond the CLI's own bound",
    method: "POST",
    path: "/v1/run?trials=1e12",
    body: site({ power: "1 GW" }),
    status: 422,
    code: "out_of_range",
  },
  {
    name: "trials that are not a number",
    method: "POST",
    path: "/v1/run?trials=many",
    body: site({ power: "1 GW" }),
    status: 422,
    code: "invalid_quantity",
  },
  {
    name: "a negative seed",
    method: "POST",
    path: "/v1/run?seed=-1",
    body: site({ power: "1 GW" }),
    status: 422,
    code: "out_of_range",
  },
  {
    name: "too many sites",
    method: "POST",
    path: "/v1/run",
    body: json({ sites: Array.from({ length: 201 }, (_, i) => ({ id: `s${i}`, power: "1 GW" })) }),
    status: 422,
    code: "over_limit",
  },
  {
    name: "too many users",
    method: "POST",
    path: "/v1/run",
    body: json({
      sites: [{ id: "a", power: "1 GW" }],
      workloads: [
        {
          name: "chat",
          kind: "serving",
          sites: ["a"],
          model: { activeParameters: "100B" },
          users: 1e12,
          perUser: { requestsPerDay: 1, inputTokens: 1000, outputTokens: 100 },
        },
      ],
    }),
    status: 422,
    code: "invalid_field",
  },
  { name: "an unknown catalog kind", path: "/v1/catalog/spaceships", status: 404, code: "unknown_kind" },
  {
    name: "an unknown catalog id",
    path: "/v1/catalog/accelerators/h1000",
    status: 404,
    code: "unknown_accelerator",
  },
  {
    name: "an unknown saved scenario",
    path: `/v1/scenarios/${MISSING}`,
    status: 404,
    code: "unknown_scenario",
  },
  {
    name: "an unknown version",
    path: `/v1/scenarios/${MISSING}/versions/3`,
    status: 404,
    code: "unknown_scenario",
  },
  { name: "an unknown share id", path: "/v1/shared/nothing", status: 404, code: "unknown_scenario" },
  { name: "an unknown article", path: `/v1/articles/${MISSING}`, status: 404, code: "unknown_article" },
  { name: "an unknown route", path: "/v2/size", status: 404, code: "unknown_route" },
  { name: "a wrong method", method: "DELETE", path: "/v1/size", status: 404, code: "unknown_route" },
  {
    name: "a save without the token",
    ...save({ scenario: { sites: [{ id: "a", power: "1 GW" }] } }),
    auth: null,
    status: 401,
    code: "unauthorized",
  },
  {
    name: "a save with a wrong token",
    ...save({ scenario: { sites: [{ id: "a", power: "1 GW" }] } }),
    auth: "Bearer wrong",
    status: 401,
    code: "unauthorized",
  },
  {
    name: "a save with a misspelt key",
    ...save({ nmae: "x", scenario: { sites: [{ id: "a", power: "1 GW" }] } }),
    status: 422,
    code: "unknown_key",
  },
  {
    name: "a save of an invalid scenario",
    ...save({ scenario: { sites: [{ id: "a" }] } }),
    status: 422,
    code: "missing_basis",
  },
  {
    name: "an unsupported media type",
    method: "POST",
    path: "/v1/run",
    body: "<sites/>",
    type: "application/xml",
    status: 415,
    code: "unsupported_media_type",
  },
  {
    name: "an explanation without text",
    method: "POST",
    path: "/v1/explain",
    body: json({ date: "2025-01-01" }),
    status: 422,
    code: "invalid_field",
  },
  {
    name: "an impossible article date",
    method: "POST",
    path: "/v1/explain",
    body: json({ text: "5 GW", date: "2025-02-31x" }),
    status: 422,
    code: "invalid_date",
  },
  {
    name: "binary text",
    method: "POST",
    path: "/v1/explain",
    body: json({ text: "5 GW\u0000" }),
    status: 400,
    code: "binary_input",
  },
  {
    name: "an article address that is not http",
    method: "POST",
    path: "/v1/articles",
    body: json({ text: "5 GW", url: "javascript:alert(1)" }),
    status: 422,
    code: "invalid_field",
  },
  {
    name: "a ledger of an unknown project",
    path: "/v1/ledger?project=atlantis",
    status: 422,
    code: "unknown_project",
  },
  {
    name: "a ledger from a date that is not one",
    path: "/v1/ledger?from=2025-13-45",
    status: 422,
    code: "invalid_field",
  },
  {
    name: "cancelling a run that is not running",
    method: "DELETE",
    path: `/v1/runs/${MISSING}`,
    status: 404,
    code: "unknown_run",
  },
  {
    name: "validation cases that are not cases",
    method: "POST",
    path: "/v1/validate",
    body: "id: x\n",
    type: "application/yaml",
    status: 422,
    code: "invalid_field",
  },
  {
    name: "a validation case whose inputs are not a scenario",
    method: "POST",
    path: "/v1/validate",
    body: "id: x\nsource: y\ninputs: 5\npublished:\n  sites.a.accelerators: { value: 1, tolerance: 0.1 }\n",
    type: "application/yaml",
    status: 422,
    code: "invalid_field",
  },
];

describe("bad requests get a clear 4xx problem document and the server keeps serving", () => {
  it.each(BAD)("$name: $status $code", async (bad) => {
    const headers: Record<string, string> = {};
    if (bad.body !== undefined) headers["content-type"] = bad.type ?? "application/json";
    if (bad.auth !== null) headers.authorization = bad.auth ?? `Bearer ${TOKEN}`;
    const res = await fetch(`${server.url}${bad.path}`, {
      method: bad.method ?? "GET",
      headers,
      ...(bad.body === undefined ? {} : { body: bad.body }),
    });
    const text = await res.text();
    expect(res.status, text).toBe(bad.status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const p = JSON.parse(text) as {
      status: number;
      title: string;
      detail: string;
      issues: { code: string; message: string; path: unknown[] }[];
    };
    expect(p.status).toBe(bad.status);
    expect(p.issues[0]?.code).toBe(bad.code);
    expect(p.detail.length).toBeGreaterThan(0);
    for (const i of p.issues) expect(i.message.length).toBeGreaterThan(0);
    // Never a stack trace or a file of the server.
    expect(text).not.toMatch(/\n\s+at |node_modules|dist\/|\.js:\d+/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("answers a well-formed save with the token (the bad ones above were refused for their own reasons)", async () => {
    const res = await fetch(`${server.url}/v1/scenarios`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: json({ scenario: { sites: [{ id: "a", power: "1 GW" }] } }),
    });
    expect(res.status).toBe(201);
  });
});

describe("safe by default", () => {
  it("refuses to serve beyond loopback without a token", () => {
    const r = runCli(
      "serve",
      "--host",
      "0.0.0.0",
      "--port",
      "0",
      "--data",
      mkdtempSync(join(tmpdir(), "gigawatt-bind-")),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("GIGAWATT_TOKEN");
  });

  it("limits each client's rate with 429 and Retry-After", async () => {
    const limited = await startServer([
      "--data",
      mkdtempSync(join(tmpdir(), "gigawatt-rate-")),
      "--rate-limit",
      "1",
    ]);
    try {
      // A burst of 4 requests is allowed at 1 per second; the tenth in a row is not.
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 10; i++) {
        last = await fetch(`${limited.url}/v1/catalog`);
        statuses.push(last.status);
      }
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      const p = (await last?.json()) as { issues: { code: string }[] };
      expect(p.issues[0]?.code).toBe("rate_limited");
    } finally {
      await limited.stop();
    }
  });
});
