import { defineConfig } from "vitest/config";

// The durability tests kill and restart servers for minutes: they run after the other tests, not beside them, so
// they do not slow the CLI's own tests on a two-core machine.
const DURABILITY = "test/server/durability-*.test.ts";

export default defineConfig({
  test: {
    setupFiles: ["test/setup/no-console.ts"],
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "tests", include: ["test/**/*.test.ts"], exclude: [DURABILITY] } },
      { extends: true, test: { name: "durability", include: [DURABILITY], sequence: { groupOrder: 1 } } },
    ],
  },
});
