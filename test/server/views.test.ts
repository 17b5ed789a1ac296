// The web app's saved views over HTTP: saved with POST, read back by id, refused with a problem naming the field.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ServerProcess, startServer } from "./server-process.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let server: ServerProcess;
beforeAll(async () => {
  server = await startServer(["--data", mkdtempSync(join(tmpdir(), "gigawatt-views-"))]);
});
afterAll(async () => {
  await server.stop();
});

const post = (body: unknown) =>
  fetch(`${server.url}/v1/views`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("/v1/views", () => {
  it("saves a page's state and gives it back by its id", async () => {
    const res = await post({ page: "size", state: "q1YqSs7PS0lVslIyUvIqzs9TqgUA" });
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string };
    expect(res.headers.get("location")).toBe(`/v1/views/${saved.id}`);
    const back = await fetch(`${server.url}/v1/views/${saved.id}`);
    expect(await back.json()).toMatchObject({
      id: saved.id,
      page: "size",
      state: "q1YqSs7PS0lVslIyUvIqzs9TqgUA",
    });
  });

  it("answers an unknown id with 404 unknown_view", async () => {
    const res = await fetch(`${server.url}/v1/views/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { issues: { code: string }[] }).issues[0]?.code).toBe("unknown_view");
  });

  it("refuses a page the app does not have, naming the field", async () => {
    const res = await post({ page: "admin", state: "" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    const problem = (await res.json()) as { issues: { path: (string | number)[] }[] };
    expect(problem.issues[0]?.path).toContain("page");
  });
});
