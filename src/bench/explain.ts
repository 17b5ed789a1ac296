// `npm run bench`: `explain` on 100 kB, 1 MB and 10 MB of real-looking article text (the development set's English
// and French articles, repeated), written to bench/RESULTS.md with the machine and date. Target (issue 14): 10 MB in
// under 5 s, time growing linearly with the text.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { explainText } from "../core/index.js";
import { loadCatalog } from "../node/data-files.js";
import { machine, writeSection } from "./results-file.js";

const TARGET_10MB_S = 5;
const DEV = fileURLToPath(new URL("../../test/fixtures/dev-2026-12/", import.meta.url));

const catalog = loadCatalog();
const articles = readdirSync(DEV)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(`${DEV}/${f}`, "utf8"));

/** About `bytes` of text: whole articles, one after another, as a long feed or a pasted archive would be. */
function textOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = articles[i % articles.length] as string;
    parts.push(a);
    size += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n");
}

const sizes = [
  ["100 kB", 100e3],
  ["1 MB", 1e6],
  ["10 MB", 10e6],
] as const;
explainText(textOf(100e3), catalog); // warm-up: let the JIT settle
const rows = sizes.map(([label, bytes]) => {
  const text = textOf(bytes);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const claims = explainText(text, catalog).claims.length;
  const seconds = (performance.now() - start) / 1000;
  // Processor time of this process too: on a shared machine the wall time also counts waiting for a core.
  const used = process.cpuUsage(cpuStart);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { label, bytes: Buffer.byteLength(text), claims, seconds, cpuSeconds };
});
const last = rows.at(-1);
const perMB = rows.map((r) => `${r.label}: ${(r.seconds / (r.bytes / 1e6)).toFixed(2)} s/MB`).join(", ");
const report = `## explain on long articles (one core)

Machine: ${machine()}. Source: src/bench/explain.ts.

The development set's sixteen articles (test/fixtures/dev-2026-12, English and French) repeated to each size, read
in one call: figures found, attributed, explained with the sizing models and checked.

| text | bytes | figures | seconds | processor seconds | target |
| --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.label} | ${r.bytes.toLocaleString("en-US")} | ${r.claims.toLocaleString("en-US")} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.label === "10 MB" ? `< ${TARGET_10MB_S}` : ""} |`).join("\n")}

Time per megabyte (linear growth keeps it flat): ${perMB}. Load average when it ended: ${loadavg()
  .map((l) => l.toFixed(1))
  .join(", ")} (the machine is shared: processor seconds are the figure to compare).
`;
writeSection("explain", report);
process.stdout.write(report);
process.stdout.write(
  last && last.seconds < TARGET_10MB_S
    ? "\ntarget met\n"
    : `\nabove the target of ${TARGET_10MB_S} s for 10 MB\n`,
);
