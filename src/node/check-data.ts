// Loads data/ and prints every problem, one per line: `npm run check:data`.
// With file arguments (`npm run check:data -- data/grids-us.yaml`) each file is checked on its own, without the
// references to other files, so a file can be written and checked before the files it points to exist.
import { readFileSync } from "node:fs";
import { buildCatalog, type Catalog, formatIssue, InputError } from "../core/index.js";
import { loadCatalog } from "./data-files.js";

const files = process.argv.slice(2);
try {
  const c: Catalog =
    files.length === 0
      ? loadCatalog()
      : buildCatalog(
          files.map((name) => ({ name, text: readFileSync(name, "utf8") })),
          { standalone: true },
        );
  process.stdout.write(
    `catalog ok: ${c.accelerators.all.length} accelerators, ${c.grids.all.length} grids, ${c.cooling.all.length} cooling types, ` +
      `${c.projects.all.length} projects, ${c.deals.all.length} deals, ${c.organisations.all.length} organisations, ` +
      `${c.trainingRuns.length} training runs, ${c.sources.size} sources\n`,
  );
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  for (const i of e.issues) process.stderr.write(`${formatIssue(i)}\n`);
  process.stderr.write(`${e.issues.length} problem(s) in data/\n`);
  process.exitCode = 1;
}
