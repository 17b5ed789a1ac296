// The commands whose output is pinned: every example, size, explain on the seeds, validate and a catalog entry.
// A change to any expected file is deliberate and listed in the commit that makes it.
import { readdirSync } from "node:fs";

const EXAMPLES = ["colossus", "hyperion", "llama3-405b", "multi-datacenter", "pulse", "stargate-abilene"];
const SEEDS = readdirSync(new URL("../fixtures/seeds/", import.meta.url))
  .filter((f) => f.endsWith(".txt"))
  .sort();

export interface GoldenCommand {
  /** File name of the expected output, without extension. */
  readonly name: string;
  readonly args: readonly string[];
  /** `json`: parsed and compared number by number; `text`: compared line by line. */
  readonly format: "json" | "text";
}

const both = (name: string, args: readonly string[]): GoldenCommand[] => [
  { name, args: [...args, "--json"], format: "json" },
  { name, args, format: "text" },
];

export const GOLDEN: readonly GoldenCommand[] = [
  ...EXAMPLES.flatMap((e) => both(`run-${e}`, ["run", `examples/${e}.yaml`])),
  {
    name: "run-hyperion-assumptions",
    args: ["run", "examples/hyperion.yaml", "--assumptions"],
    format: "text",
  },
  ...both("run-multi-datacenter-trials", [
    "run",
    "examples/multi-datacenter.yaml",
    "--trials",
    "200",
    "--seed",
    "7",
  ]),
  ...both("run-pulse-day", ["run", "examples/pulse.yaml", "--day"]),
  // Plans that cannot be carried out, reported beside one that can (exit 1; --json is checked in test/cli).
  {
    name: "run-infeasible-plans",
    args: ["run", "test/fixtures/scenarios/infeasible-plans.yaml"],
    format: "text",
  },
  ...both("size-5gw-gb200-miso", [
    "size",
    "--power",
    "5GW",
    "--accelerator",
    "gb200",
    "--grid",
    "us-la-miso",
  ]),
  ...both("size-budget-h100", ["size", "--budget", "$10B", "--accelerator", "h100"]),
  ...both("size-site-hyperion", ["size", "--site", "hyperion"]),
  ...both("size-accelerators-tpu", [
    "size",
    "--accelerators",
    "100k",
    "--accelerator",
    "TPU v5p",
    "--grid",
    "France",
  ]),
  ...SEEDS.flatMap((s) =>
    both(`explain-seed-${s.replace(/\.txt$/, "")}`, ["explain", `test/fixtures/seeds/${s}`]),
  ),
  ...both("explain-headline", [
    "explain",
    "Meta will spend $10 billion on a 5 GW campus in Louisiana, with 1.3 million GPUs.",
  ]),
  { name: "validate", args: ["validate", "--json"], format: "json" },
  { name: "catalog-h100", args: ["catalog", "accelerators", "h100"], format: "text" },
];
