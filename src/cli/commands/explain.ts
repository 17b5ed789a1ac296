import { existsSync } from "node:fs";
import { explainText, InputError } from "../../core/index.js";
import { loadCatalog } from "../../node/data-files.js";
import { readText } from "../../node/read-text.js";
import { checkArticleDate } from "../dates.js";
import { EXIT, json, type Output } from "../io.js";
import { table } from "../table.js";

const MAX_STDIN_BYTES = 10e6;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_STDIN_BYTES) {
      throw new InputError([
        {
          code: "input_too_large",
          path: ["-"],
          message: `standard input is over ${MAX_STDIN_BYTES / 1e6} MB`,
        },
      ]);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** `gigawatt explain TEXT|FILE|-`: the figures of a headline or an article, explained and checked. */
export async function explain(
  input: string,
  opts: { json?: boolean; date?: string },
  io: Output,
): Promise<number> {
  checkArticleDate(opts.date);
  const text = input === "-" ? await readStdin() : existsSync(input) ? readText(input, "articles") : input;
  if (text.includes("\u0000")) {
    throw new InputError([{ code: "binary_input", path: [], message: "the input is binary, not text" }]);
  }
  if (opts.date !== undefined && !/^20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(opts.date)) {
    throw new InputError([
      {
        code: "invalid_date",
        path: ["--date"],
        message: `invalid date '${opts.date}' (expected the article's date as YYYY-MM-DD, such as 2026-03-04)`,
      },
    ]);
  }
  const result = explainText(text, loadCatalog(), opts.date ? { published: opts.date } : {});
  if (opts.json) {
    io.out(json(result));
    return EXIT.ok;
  }
  if (result.claims.length === 0) {
    io.out(`no claims: ${result.note ?? ""}\n`);
    return EXIT.ok;
  }
  let out = "";
  for (const c of result.claims) {
    const who =
      c.subject && c.relation ? `${c.subject} ${c.relation}${c.object ? ` ${c.object}` : ""}` : c.subject;
    const context = [who, c.project, c.place, c.when].filter((x) => x !== undefined);
    out += `«${c.phrase}»${context.length > 0 ? `  [${context.join(", ")}]` : ""}\n  ${c.explanation}\n`;
    for (const check of c.checks)
      out += `  ${check.verdict === "consistent" ? "✓" : "✗"} ${check.verdict}: ${check.reasoning}\n`;
  }
  const counts = table([
    ["claims", String(result.claims.length)],
    ...(result.published ? [["article of", result.published]] : []),
    ["checked", String(result.claims.filter((c) => c.checks.length > 0).length)],
    ["language", result.language],
  ]);
  io.out(`${out}\n${counts}`);
  return EXIT.ok;
}
