import { defineConfig } from "vitest/config";

// Tools that read the labelled article sets and print scores: run on demand (`npm run score:articles`), never part of
// `npm test`, because a score is a measurement, not a pass/fail.
export default defineConfig({
  test: { include: ["test/tools/*.ts"], testTimeout: 600_000 },
});
