import { closeSync, openSync, readSync, statSync } from "node:fs";
import { InputError, type IssueCode } from "../core/index.js";

/** Scenario and case files are small; anything larger is refused as soon as that many bytes have been read. */
export const MAX_BYTES = 10e6;
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a UTF-8 text file in chunks, turning a missing, unreadable, oversized, binary or non-UTF-8 input into one
 * clear InputError. Reading stops at the limit or at the first NUL byte, so devices (`/dev/zero`,
 * `/dev/urandom`), pipes and files that grow while read fail fast instead of filling memory.
 */
export function readText(file: string, what = "scenario and case files"): string {
  const fail = (code: IssueCode, message: string) =>
    new InputError([{ code, path: [], message, location: { file } }]);
  // Standard input is read from its descriptor: when it is a socket (as spawned processes get), /dev/stdin cannot be opened.
  const stdin = file === "-" || file === "/dev/stdin";
  let fd = 0;
  if (!stdin) fd = openFile(file, what, fail);
  try {
    const bytes = readBounded(fd, MAX_BYTES, () =>
      fail("file_too_large", `is over ${MAX_BYTES / 1e6} MB; ${what} are at most ${MAX_BYTES / 1e6} MB`),
    );
    if (bytes === "binary") throw fail("binary_file", "is binary, not text");
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw fail("binary_file", "is not UTF-8 text (binary, or another encoding)");
    }
  } finally {
    if (!stdin) closeSync(fd);
  }
}

function openFile(
  file: string,
  what: string,
  fail: (code: IssueCode, message: string) => InputError,
): number {
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw fail("not_a_file", "is a folder, not a file");
    // A regular file says its size: one too large is refused before a byte is read.
    if (st.isFile() && st.size > MAX_BYTES)
      throw fail(
        "file_too_large",
        `is ${(st.size / 1e6).toFixed(1)} MB; ${what} are at most ${MAX_BYTES / 1e6} MB`,
      );
    return openSync(file, "r");
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw fail("missing_file", "no such file");
    if (code === "EACCES" || code === "EPERM")
      throw fail("unreadable_file", "cannot be read (permission denied)");
    throw fail("unreadable_file", `cannot be read (${code ?? "unknown error"})`);
  }
}

/** Reads a descriptor to its end, failing past `limit` bytes; "binary" as soon as a NUL byte appears. */
function readBounded(fd: number, limit: number, tooLarge: () => Error): Uint8Array | "binary" {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
    } catch (e) {
      // A non-blocking pipe with nothing yet to read: wait a little and try again.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    const part = chunk.subarray(0, n);
    if (part.includes(0)) return "binary";
    total += n;
    if (total > limit) throw tooLarge();
    chunks.push(part);
  }
  return Buffer.concat(chunks, total);
}
