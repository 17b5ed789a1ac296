import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, platform, release } from "node:os";
import { fileURLToPath } from "node:url";

const RESULTS = fileURLToPath(new URL("../../bench/RESULTS.md", import.meta.url));
const HEADER =
  "# Benchmarks\n\nWritten by `npm run bench`; each section is refreshed by its own benchmark. Never assert timings in tests.\n";

/** The machine and date a figure was measured on, for the results file. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${cpus().length} cores, ${platform()} ${release()}, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces one benchmark's section of bench/RESULTS.md, keeping the others. */
export function writeSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : HEADER;
  if (!text.startsWith("# Benchmarks")) text = HEADER;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text =
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, text);
}
