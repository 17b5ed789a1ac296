import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/core/index.js";

describe("schema/scenario.schema.json", () => {
  it("is the schema the code validates with (regenerate with npm run schema)", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../schema/scenario.schema.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(scenarioJsonSchema());
  });
});
