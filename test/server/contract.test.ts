// The OpenAPI document against the server itself: the same routes, every example valid against its schema, and
// every request example answered with success by a real server.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type RunningServer, startServer } from "../../src/server/index.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

interface Parameter {
  name: string;
  in: string;
  example?: unknown;
  schema: object;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: { examples?: unknown[] } }> };
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

let server: RunningServer;
let doc: Doc;
beforeAll(async () => {
  server = await startServer({
    host: "127.0.0.1",
    port: 0,
    store: { dataDir: mkdtempSync(join(tmpdir(), "gigawatt-contract-")) },
    log: () => {},
  });
  doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Doc;
});
afterAll(async () => {
  await server.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );

/** Every (schema, example) pair of the document: parameter examples and every `examples` inside a schema. */
function examples(): { where: string; schema: object; example: unknown }[] {
  const out: { where: string; schema: object; example: unknown }[] = [];
  const walk = (schema: unknown, where: string): void => {
    if (!schema || typeof schema !== "object") return;
    const s = schema as Record<string, unknown>;
    if (Array.isArray(s.examples)) for (const e of s.examples) out.push({ where, schema: s, example: e });
    for (const [k, v] of Object.entries(s)) if (k !== "examples") walk(v, `${where}/${k}`);
  };
  for (const { path, method, op } of operations()) {
    for (const p of op.parameters ?? []) {
      if (p.example !== undefined)
        out.push({ where: `${method} ${path} ${p.name}`, schema: p.schema, example: p.example });
      walk(p.schema, `${method} ${path} ${p.name}`);
    }
    for (const [type, c] of Object.entries(op.requestBody?.content ?? {}))
      walk(c.schema, `${method} ${path} ${type}`);
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists exactly the routes the server has", () => {
    expect(doc.openapi).toBe("3.1.0");
    const documented = operations()
      .map((o) => `${o.method} ${o.path}`)
      .sort();
    const routes = server.app.routeList
      .filter((r) => !r.hidden)
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, "{$1}")}`)
      .sort();
    expect(documented).toEqual(routes);
    expect(documented).toContain("GET /v1/size");
    expect(documented).toContain("GET /v1/ledger");
  });

  it("has examples, and each one validates against its own schema", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const all = examples();
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const { where, schema, example } of all) {
      const validate = ajv.compile(schema);
      expect(validate(example), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("gets success for every operation whose parameters and body all have examples", async () => {
    let sent = 0;
    for (const { path, method, op } of operations()) {
      const params = op.parameters ?? [];
      const required = params.filter((p) => p.in === "path");
      if (required.some((p) => p.example === undefined)) continue;
      const body = Object.values(op.requestBody?.content ?? {})[0]?.schema.examples?.[0];
      if (op.requestBody && body === undefined) continue;
      let url = path;
      for (const p of required) url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)));
      const query = new URLSearchParams(
        params
          .filter((p) => p.in === "query" && p.example !== undefined)
          .map((p): [string, string] => [p.name, String(p.example)]),
      );
      const res = await fetch(`${server.url}${url}${query.size > 0 ? `?${query}` : ""}`, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      });
      expect(res.status, `${method} ${url}: ${await res.clone().text()}`).toBeLessThan(300);
      sent++;
    }
    expect(sent).toBeGreaterThanOrEqual(11);
  });
});
