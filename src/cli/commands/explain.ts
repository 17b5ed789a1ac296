import { existsSync } from "node:fs";
import {
  type ClaimCheck,
  type ExplainedClaim,
  explainText,
  InputError,
  type Language,
  renderMessage,
  renderReason,
  renderVerdict,
  withMessageTexts,
} from "../../core/index.js";
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

function languageOf(lang: string | undefined): Language | undefined {
  if (lang === undefined || lang === "en" || lang === "fr") return lang;
  throw new InputError([
    {
      code: "invalid_field",
      path: ["--lang"],
      message: `invalid language '${lang}' (expected en or fr)`,
      accepted: ["en", "fr"],
    },
  ]);
}

function checkLine(k: ClaimCheck, lang: Language): string {
  const mark =
    k.verdict === "consistent"
      ? "✓"
      : k.verdict === "inconsistent"
        ? "✗"
        : k.verdict === "scope-mismatch"
          ? "≠"
          : "~";
  const reason = k.reason ? ` (${renderReason(k.reason, lang)})` : "";
  return `  ${mark} ${renderVerdict(k.verdict, lang)}${reason}: ${renderMessage(k.message, lang)}\n`;
}

function claimText(c: ExplainedClaim, lang: Language): string {
  const who =
    c.subject && c.relation ? `${c.subject} ${c.relation}${c.object ? ` ${c.object}` : ""}` : c.subject;
  const context = [who, c.programme, c.project, c.place, c.when, c.scope].filter((x) => x !== undefined);
  const deal = c.deal ? `; ${renderMessage(c.deal, lang)}` : "";
  let out = `«${c.phrase}»${context.length > 0 ? `  [${context.join(", ")}]` : ""}\n  ${renderMessage(c.explanation, lang)}${deal}\n`;
  for (const k of c.checks) out += checkLine(k, lang);
  return out;
}

/** `gigawatt explain TEXT|FILE|-`: the figures of a headline or an article, explained and checked. */
export async function explain(
  input: string,
  opts: { json?: boolean; date?: string; lang?: string },
  io: Output,
): Promise<number> {
  checkArticleDate(opts.date);
  const chosen = languageOf(opts.lang);
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
  const lang = chosen ?? result.language;
  if (opts.json) {
    io.out(json(withMessageTexts(result, lang)));
    return EXIT.ok;
  }
  if (result.claims.length === 0) {
    io.out(
      `${lang === "fr" ? "aucun chiffre" : "no claims"}: ${result.note ? renderMessage(result.note, lang) : ""}\n`,
    );
    return EXIT.ok;
  }
  const out = result.claims.map((c) => claimText(c, lang)).join("");
  const counts = table([
    ["claims", String(result.claims.length)],
    ...(result.published ? [["article of", result.published]] : []),
    ["checked", String(result.claims.filter((c) => c.checks.length > 0).length)],
    ["language", result.language],
  ]);
  io.out(`${out}\n${counts}`);
  return EXIT.ok;
}
