// Tests may not print: any console call fails the test that made it (STYLE.md, as Zod does).
import fc from "fast-check";
import { afterEach, vi } from "vitest";

// Property tests draw from a fixed seed so CI is repeatable; set FC_SEED to explore others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });

const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];
for (const m of methods) {
  vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
    calls.push(`console.${m}: ${args.map(String).join(" ")}`);
  });
}
afterEach(() => {
  const made = calls;
  calls = [];
  if (made.length > 0) throw new Error(`a test printed to the console:\n${made.join("\n")}`);
});
