import { readFileSync, statSync } from "node:fs";
import { InputError, type IssueCode } from "../core/index.js";

/** Scenario and case files are small; anything larger is refused before it is read. */
const MAX_BYTES = 10e6;

/** Reads a UTF-8 text file, turning a missing, unreadable or oversized file into one clear InputError. */
export function readText(file: string, what = "scenario and case files"): string {
  const fail = (code: IssueCode, message: string) =>
    new InputError([{ code, path: [], message, location: { file } }]);
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw fail("not_a_file", "is a folder, not a file");
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fail("missing_file", "no such file");
  }
  if (size > MAX_BYTES)
    throw fail(
      "file_too_large",
      `is ${(size / 1e6).toFixed(1)} MB; ${what} are at most ${MAX_BYTES / 1e6} MB`,
    );
  const text = readFileSync(file, "utf8");
  if (text.includes("\u0000")) throw fail("binary_file", "is binary, not text");
  return text;
}
