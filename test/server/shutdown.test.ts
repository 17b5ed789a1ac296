import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openStore } from "../../src/store/index.js";
import { startServer } from "./server-process.js";

vi.setConfig({ testTimeout: 120_000 });

describe("graceful shutdown", () => {
  it("finishes the saves in flight when SIGTERM arrives, then exits 0", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "gigawatt-shutdown-"));
    const server = await startServer(["--data", dataDir, "--rate-limit", "0"]);
    const saves = Array.from({ length: 8 }, (_, i) =>
      fetch(`${server.url}/v1/scenarios`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name: `in-flight-${i}`,
          scenario: { sites: [{ id: "a", power: `${i + 1} GW` }] },
        }),
      }).then(
        async (r) => (r.status === 201 ? ((await r.json()) as { id: string }).id : undefined),
        () => undefined,
      ),
    );
    // The signal arrives while the saves are being received and evaluated.
    await new Promise((r) => setTimeout(r, 20));
    const exit = server.stop();
    const ids = (await Promise.all(saves)).filter((id): id is string => id !== undefined);
    expect(await exit).toBe(0);
    const store = await openStore({ dataDir });
    try {
      for (const id of ids) expect((await store.scenarios.version(id, 1))?.name).toMatch(/^in-flight-/);
      expect(await store.integrityCheck()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
