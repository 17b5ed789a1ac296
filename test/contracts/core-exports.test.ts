import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "../../src/core/index.js";

// The core's public surface, pinned: adapters (CLI, server, web) import only these names, so adding or removing one
// is a deliberate change, made with `CORE_EXPORTS_UPDATE=1 npx vitest run test/contracts/core-exports.test.ts`.
const PINNED = new URL("./core-exports.txt", import.meta.url);

describe("the core's named exports", () => {
  it("are the pinned list", () => {
    const names = Object.keys(core).sort();
    if (process.env.CORE_EXPORTS_UPDATE === "1" || !existsSync(PINNED)) {
      writeFileSync(PINNED, `${names.join("\n")}\n`);
    }
    expect(names).toEqual(readFileSync(PINNED, "utf8").trim().split("\n"));
  });
});
