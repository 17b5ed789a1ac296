#!/usr/bin/env node
// The `gigawatt` command: parses flags with commander and hands each command a plain options object.
import { Command, CommanderError } from "@commander-js/extra-typings";
import { catalog } from "./commands/catalog.js";
import { explain } from "./commands/explain.js";
import { run } from "./commands/run.js";
import { schema } from "./commands/schema.js";
import { serve } from "./commands/serve.js";
import { size } from "./commands/size.js";
import { validate } from "./commands/validate.js";
import { EXIT, endQuietlyWhenOutputCloses, guard, processOutput as io } from "./io.js";

endQuietlyWhenOutputCloses();

const program = new Command("gigawatt")
  .description(
    "What is behind AI-infrastructure headlines: power, accelerators, compute, money, energy, carbon and water.",
  )
  .version("0.1.0")
  .exitOverride()
  .showHelpAfterError("(add --help for usage)")
  .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

let status: number = EXIT.ok;

program
  .command("size")
  .description("size one site: accelerators, power, compute, cost, energy, carbon and water")
  .option("--power <power>", "facility power, e.g. 5GW or 1200MW")
  .option("--accelerators <count>", "accelerator count, e.g. 400k or 1.3M")
  .option("--budget <money>", "capital budget, e.g. $10B")
  .option("--accelerator <id>", "catalog accelerator id or alias, e.g. gb200, H100, 'TPU v5p'")
  .option("--site <id>", "a catalog project, e.g. hyperion, stargate-abilene")
  .option("--phase <name>", "a phase of the project (default: full build-out)")
  .option("--pue <ratio>", "power usage effectiveness, e.g. 1.2")
  .option("--grid <id>", "catalog grid id or alias, e.g. us-la-miso, France")
  .option("--cooling <id>", "catalog cooling id, e.g. closed-loop-liquid")
  .option("--utilisation <fraction>", "average IT load over provisioned capacity, e.g. 0.8 or 80%")
  .option(
    "--renewable-share <fraction>",
    "share of energy under clean-power contracts, for market-based carbon",
  )
  .option("--assumptions", "list every assumption the result used")
  .option("--json", "machine-readable result on stdout")
  .addHelpText(
    "after",
    "\nExamples:\n  gigawatt size --power 5GW --accelerator gb200\n  gigawatt size --site hyperion --json\n  gigawatt size --budget '$10B' --accelerator h100",
  )
  .action(async (opts) => {
    status = await guard(io, () => size(opts, io));
  });

program
  .command("run")
  .description("run a scenario file: every site and workload in it")
  .argument("<file>", "scenario file, YAML or JSON")
  .option(
    "--trials <n>",
    "also simulate each training run this many times (Monte-Carlo: failures, checkpoints, restarts)",
  )
  .option("--seed <s>", "seed of the simulation: the same seed gives the same result (default 1)")
  .option("--yes", "run trials that would take more than a few minutes (their estimate is shown otherwise)")
  .option(
    "--day",
    "also simulate a day of each serving workload, second by second (chat latency, briefings on time)",
  )
  .option("--assumptions", "list every assumption the result used")
  .option("--json", "machine-readable result on stdout")
  .action(async (file, opts) => {
    status = await guard(io, () => run(file, opts, io));
  });

program
  .command("explain")
  .description(
    "read a headline or an article (English or French): its figures explained with the models and checked",
  )
  .argument("<text>", "the text itself, a file, or - for standard input")
  .option("--json", "machine-readable result on stdout")
  .option(
    "--date <YYYY-MM-DD>",
    "the article's date, for 'next year' and 'l'an dernier' (default: its dateline)",
  )
  .option("--lang <en|fr>", "language of the explanations and verdicts (default: the article's)")
  .addHelpText(
    "after",
    "\nExamples:\n  gigawatt explain 'Meta will spend $10 billion on a 5 GW campus in Louisiana.'\n  gigawatt explain article.txt --json",
  )
  .action(async (text, opts) => {
    status = await guard(io, () => explain(text, opts, io));
  });

program
  .command("catalog")
  .description("list or show catalog entries with their sources")
  .argument(
    "[kind]",
    "accelerators, grids, cooling, projects, programmes, currencies, deals, organisations, training-runs, parameters, serving",
  )
  .argument("[id]", "an entry's id or alias")
  .option("--json", "machine-readable result on stdout (projects: a dataset with phases and record dates)")
  .option("--csv", "projects as CSV, one row per phase, with each entry's record date")
  .addHelpText(
    "after",
    "\nExamples:\n  gigawatt catalog\n  gigawatt catalog accelerators\n  gigawatt catalog projects hyperion\n  gigawatt catalog projects --csv > projects.csv",
  )
  .action(async (kind, id, opts) => {
    status = await guard(io, () => catalog(kind, id, opts, io));
  });

program
  .command("validate")
  .description("check the models against published figures (default: the project's own cases)")
  .argument("[files...]", "validation case files or folders")
  .option("--json", "machine-readable report on stdout")
  .action(async (files, opts) => {
    status = await guard(io, () => validate(files, opts, io));
  });

program
  .command("schema")
  .description("print the scenario file format as JSON Schema (--result: the format of run --json)")
  .option("--result", "the result's format (what run --json and /v1/run give) instead of the scenario file's")
  .option("--json", "the schema is JSON already: accepted so that every command takes --json")
  .action(async (opts: { result?: boolean }) => {
    status = await guard(io, () => schema(io, opts));
  });

program
  .command("serve")
  .description("serve the HTTP API and the web app on loopback (writes need GIGAWATT_TOKEN when it is set)")
  .option("--port <n>", "port (default 8787; 0 picks a free one)")
  .option("--host <address>", "address to bind (default 127.0.0.1; any other needs GIGAWATT_TOKEN)")
  .option("--data <dir>", "folder of the SQLite store (default $GIGAWATT_DATA or ~/.local/share/gigawatt)")
  .option("--database <url>", "a PostgreSQL store instead, postgres://... (or GIGAWATT_DATABASE_URL)")
  .option("--web <dir>", "the web app's build to serve at / (default: dist/web of the package)")
  .option(
    "--rate-limit <n>",
    "requests per second each client may make, on average (default 50; 0 turns it off)",
  )
  .action(async (opts) => {
    status = await guard(io, () => serve(opts, io));
  });

try {
  await program.parseAsync();
  process.exitCode = status;
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Help and version are successes; every other commander error is a usage error, already printed.
  process.exitCode =
    e.code === "commander.helpDisplayed" || e.code === "commander.version" ? EXIT.ok : EXIT.usage;
}
